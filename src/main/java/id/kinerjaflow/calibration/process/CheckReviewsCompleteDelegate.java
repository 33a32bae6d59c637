package id.kinerjaflow.calibration.process;

import id.kinerjaflow.calibration.CalibrationService;
import id.kinerjaflow.process.ProcessIds.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Has every appraisal of the unit its supervisor review? Then calibration need not wait. */
@Component("checkReviewsComplete")
class CheckReviewsCompleteDelegate implements JavaDelegate {

    private final CalibrationService calibrations;

    CheckReviewsCompleteDelegate(CalibrationService calibrations) {
        this.calibrations = calibrations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(Vars.ALL_REVIEWED, calibrations.allReviewed((Long) execution.getVariable(Vars.CALIBRATION_ID)));
    }
}
