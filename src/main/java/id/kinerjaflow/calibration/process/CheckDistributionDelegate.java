package id.kinerjaflow.calibration.process;

import id.kinerjaflow.calibration.CalibrationService;
import id.kinerjaflow.process.ProcessIds.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Applies the unit-leader rule and checks the spread against the distribution curve. */
@Component("checkDistribution")
class CheckDistributionDelegate implements JavaDelegate {

    private final CalibrationService calibrations;

    CheckDistributionDelegate(CalibrationService calibrations) {
        this.calibrations = calibrations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(Vars.FITS_CURVE, calibrations.prepare((Long) execution.getVariable(Vars.CALIBRATION_ID)));
    }
}
