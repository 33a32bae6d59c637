package id.kinerjaflow.appraisal.process;

import java.util.Optional;

import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.process.ProcessIds.Vars;
import id.kinerjaflow.rating.PerformanceRating;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Stores the rating the matrix decided as the original rating, and tells the process whether the
 * unit's calibration was already released (then it does not wait for it).
 */
@Component("recordRating")
class RecordRatingDelegate implements JavaDelegate {

    private final AppraisalService appraisals;

    RecordRatingDelegate(AppraisalService appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PerformanceRating rating = PerformanceRating.valueOf((String) execution.getVariable(Vars.PERFORMANCE_RATING));
        Optional<PerformanceRating> calibrated = appraisals.recordOriginalRating(
                (Long) execution.getVariable(Vars.APPRAISAL_ID), rating);
        execution.setVariable(Vars.UNIT_CALIBRATED, calibrated.isPresent());
    }
}
