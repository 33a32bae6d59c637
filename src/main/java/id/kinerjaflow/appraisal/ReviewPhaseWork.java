package id.kinerjaflow.appraisal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import id.kinerjaflow.cycle.AppraisalCycle;
import id.kinerjaflow.cycle.CycleWork;
import id.kinerjaflow.process.ProcessIds;
import id.kinerjaflow.process.Workflow;
import org.springframework.stereotype.Component;

/** Opening the review phase: every appraisal of the cycle that waits for it moves on to self-review. */
@Component
class ReviewPhaseWork implements CycleWork {

    private final AppraisalRepository appraisals;
    private final Workflow workflow;

    ReviewPhaseWork(AppraisalRepository appraisals, Workflow workflow) {
        this.appraisals = appraisals;
        this.workflow = workflow;
    }

    @Override
    public Kind kind() {
        return Kind.OPEN_REVIEW_PHASE;
    }

    @Override
    public List<Long> pending(AppraisalCycle cycle, Set<Long> unitIds) {
        return appraisals.idsInStage(cycle.getId(), Stage.AWAITING_REVIEW_PHASE);
    }

    @Override
    public int process(AppraisalCycle cycle, Set<Long> unitIds, long firstKey, long lastKey) {
        int moved = 0;
        for (Long id : appraisals.idsInStage(cycle.getId(), Stage.AWAITING_REVIEW_PHASE, firstKey, lastKey)) {
            if (workflow.correlate(ProcessIds.Appraisal.MESSAGE_REVIEW_PHASE_OPENED, id.toString(), Map.of())) {
                moved++;
            }
        }
        return moved;
    }
}
