package id.kinerjaflow.calibration.process;

import id.kinerjaflow.calibration.CalibrationService;
import id.kinerjaflow.process.ProcessIds.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The board approved: every appraisal of the unit receives its calibrated rating. */
@Component("releaseResults")
class ReleaseResultsDelegate implements JavaDelegate {

    private final CalibrationService calibrations;

    ReleaseResultsDelegate(CalibrationService calibrations) {
        this.calibrations = calibrations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        calibrations.release((Long) execution.getVariable(Vars.CALIBRATION_ID),
                (String) execution.getVariable(Vars.APPROVED_BY));
    }
}
