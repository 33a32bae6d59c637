package id.kinerjaflow.appraisal.process;

import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.process.ProcessIds.Vars;
import id.kinerjaflow.rating.PerformanceRating;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the appraisal: the appeal decision's rating if there was one, else the calibrated rating. */
@Component("finaliseAppraisal")
class FinaliseAppraisalDelegate implements JavaDelegate {

    private final AppraisalService appraisals;

    FinaliseAppraisalDelegate(AppraisalService appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String appealRating = (String) execution.getVariable(Vars.APPEAL_RATING);
        PerformanceRating rating = appraisals.finalise((Long) execution.getVariable(Vars.APPRAISAL_ID),
                appealRating == null ? null : PerformanceRating.valueOf(appealRating));
        execution.setVariable(Vars.PERFORMANCE_RATING, rating.name());
    }
}
