package id.kinerjaflow.appraisal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import id.kinerjaflow.cycle.AppraisalCycle;
import id.kinerjaflow.cycle.CycleWork;
import id.kinerjaflow.org.OrganisationService;
import org.springframework.stereotype.Component;

/** The launch's appraisals: one per active employee in the cycle's units who has none yet. */
@Component
class AppraisalLaunchWork implements CycleWork {

    private final AppraisalService appraisals;
    private final AppraisalRepository repository;
    private final OrganisationService organisation;

    AppraisalLaunchWork(AppraisalService appraisals, AppraisalRepository repository,
                        OrganisationService organisation) {
        this.appraisals = appraisals;
        this.repository = repository;
        this.organisation = organisation;
    }

    @Override
    public Kind kind() {
        return Kind.LAUNCH_APPRAISALS;
    }

    @Override
    public List<Long> pending(AppraisalCycle cycle, Set<Long> unitIds) {
        Set<Long> started = new HashSet<>(repository.employeeIdsInCycle(cycle.getId()));
        return organisation.activeEmployeeIdsIn(unitIds).stream().filter(id -> !started.contains(id)).toList();
    }

    @Override
    public int process(AppraisalCycle cycle, Set<Long> unitIds, long firstKey, long lastKey) {
        return appraisals.startAll(cycle, organisation.activeEmployeesIn(unitIds, firstKey, lastKey));
    }
}
