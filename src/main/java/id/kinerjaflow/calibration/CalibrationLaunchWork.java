package id.kinerjaflow.calibration;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import id.kinerjaflow.cycle.AppraisalCycle;
import id.kinerjaflow.cycle.CycleProblem;
import id.kinerjaflow.cycle.CycleCheck;
import id.kinerjaflow.cycle.CycleWork;
import id.kinerjaflow.org.OrganisationService;
import org.springframework.stereotype.Component;

/**
 * The launch's calibrations: one per unit of the cycle that has active employees and no
 * calibration yet. Closing the cycle waits until every unit's results are released.
 */
@Component
class CalibrationLaunchWork implements CycleWork, CycleCheck {

    private final CalibrationService calibrations;
    private final UnitCalibrationRepository repository;
    private final OrganisationService organisation;

    CalibrationLaunchWork(CalibrationService calibrations, UnitCalibrationRepository repository,
                          OrganisationService organisation) {
        this.calibrations = calibrations;
        this.repository = repository;
        this.organisation = organisation;
    }

    @Override
    public Kind kind() {
        return Kind.LAUNCH_CALIBRATIONS;
    }

    @Override
    public List<Long> pending(AppraisalCycle cycle, Set<Long> unitIds) {
        Set<Long> started = new HashSet<>(repository.unitIdsInCycle(cycle.getId()));
        return organisation.activeEmployeesPerUnit().keySet().stream()
                .filter(id -> unitIds.contains(id) && !started.contains(id)).sorted().toList();
    }

    @Override
    public int process(AppraisalCycle cycle, Set<Long> unitIds, long firstKey, long lastKey) {
        int started = 0;
        for (Long unitId : pending(cycle, unitIds)) {
            if (unitId >= firstKey && unitId <= lastKey) {
                calibrations.start(cycle.getId(), unitId);
                started++;
            }
        }
        return started;
    }

    @Override
    public List<CycleProblem> beforeLaunch(AppraisalCycle cycle, Set<Long> unitIds) {
        return List.of();
    }

    @Override
    public long unfinished(Long cycleId) {
        return repository.countNotInStatus(cycleId, UnitCalibration.Status.RELEASED);
    }
}
