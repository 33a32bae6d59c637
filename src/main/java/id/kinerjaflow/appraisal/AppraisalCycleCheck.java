package id.kinerjaflow.appraisal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.kinerjaflow.cycle.AppraisalCycle;
import id.kinerjaflow.cycle.CycleCheck;
import id.kinerjaflow.cycle.CycleProblem;
import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.org.Employee;
import id.kinerjaflow.org.OrganisationService;
import org.springframework.stereotype.Component;

/**
 * The appraisals' part of a cycle's checks: nobody in scope may already be appraised in another
 * cycle of the same year; closing waits until every appraisal is final.
 */
@Component
class AppraisalCycleCheck implements CycleCheck {

    private final AppraisalRepository appraisals;
    private final CycleService cycles;
    private final OrganisationService organisation;

    AppraisalCycleCheck(AppraisalRepository appraisals, CycleService cycles, OrganisationService organisation) {
        this.appraisals = appraisals;
        this.cycles = cycles;
        this.organisation = organisation;
    }

    @Override
    public List<CycleProblem> beforeLaunch(AppraisalCycle cycle, Set<Long> unitIds) {
        List<Long> others = cycles.otherCyclesOfYear(cycle);
        List<CycleProblem> problems = new ArrayList<>();
        if (others.isEmpty()) {
            return problems;
        }
        List<Long> ids = organisation.activeEmployeeIdsIn(unitIds);
        Map<Long, String> appraisedIn = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            appraisals.appraisedIn(others, ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .forEach(r -> appraisedIn.put((Long) r[0], (String) r[1]));
        }
        if (!appraisedIn.isEmpty()) {
            for (Employee e : organisation.activeEmployeesIn(unitIds)) {
                String other = appraisedIn.get(e.getId());
                if (other != null) {
                    problems.add(CycleProblem.blocking("ALREADY_APPRAISED_IN_YEAR", e.getNip(), e.getName(),
                            e.getUnit().getName(), other, cycle.getYear()));
                }
            }
        }
        return problems;
    }

    @Override
    public long unfinished(Long cycleId) {
        return appraisals.countNotInStage(cycleId, Stage.FINAL);
    }
}
