package id.kinerjaflow.appraisal.process;

import java.time.Instant;
import java.util.Date;

import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.process.ProcessIds.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The employee receives the result; the appeal window (from the cycle's settings) opens. */
@Component("publishResult")
class PublishResultDelegate implements JavaDelegate {

    private final AppraisalService appraisals;

    PublishResultDelegate(AppraisalService appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant deadline = appraisals.publishResult((Long) execution.getVariable(Vars.APPRAISAL_ID));
        execution.setVariable(Vars.APPEAL_DEADLINE, Date.from(deadline));
        execution.setVariable(Vars.APPEAL_FILED, false);
    }
}
