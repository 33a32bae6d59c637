package id.kinerjaflow.cycle;

import java.util.List;

import id.kinerjaflow.base.BusinessRuleException;
import id.kinerjaflow.process.ProcessIds;
import id.kinerjaflow.process.Workflow;
import id.kinerjaflow.security.Roles;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appraisal cycles: create one, and move the whole cycle to its next phase. (HR's screens, the
 * pre-flight check and the bulk launch build on this.)
 */
@Service
@Transactional(readOnly = true)
public class CycleService {

    private final AppraisalCycleRepository cycles;
    private final Workflow workflow;

    CycleService(AppraisalCycleRepository cycles, Workflow workflow) {
        this.cycles = cycles;
        this.workflow = workflow;
    }

    public AppraisalCycle cycle(Long id) {
        return cycles.findById(id).orElseThrow(() -> new BusinessRuleException("cycle.NOT_FOUND", id));
    }

    public List<AppraisalCycle> cycles() {
        return cycles.findAll(org.springframework.data.domain.Sort.by("year").descending());
    }

    @Transactional
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public AppraisalCycle create(CycleSettings settings) {
        List<String> problems = settings.problems();
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(problems.get(0));
        }
        AppraisalCycle cycle = new AppraisalCycle(settings);
        cycle.setStatus(CycleStatus.LAUNCHED);
        return cycles.save(cycle);
    }

    /** Opens the review phase for every appraisal of the cycle that waits for it. */
    @Transactional
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public int openReviewPhase(Long cycleId) {
        AppraisalCycle cycle = cycle(cycleId);
        if (cycle.getStatus() == CycleStatus.CLOSED) {
            throw new BusinessRuleException("cycle.CLOSED", cycle.getName());
        }
        cycle.setStatus(CycleStatus.REVIEW_PHASE);
        return workflow.correlateAll(ProcessIds.Appraisal.MESSAGE_REVIEW_PHASE_OPENED, ProcessIds.Vars.CYCLE_ID,
                cycleId);
    }
}
