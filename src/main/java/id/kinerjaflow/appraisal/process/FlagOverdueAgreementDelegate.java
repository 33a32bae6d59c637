package id.kinerjaflow.appraisal.process;

import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.process.ProcessIds.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The agreement deadline passed: flag the appraisal (the follow-up task goes to the senior appraiser). */
@Component("flagOverdueAgreement")
class FlagOverdueAgreementDelegate implements JavaDelegate {

    private final AppraisalService appraisals;

    FlagOverdueAgreementDelegate(AppraisalService appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        appraisals.flagAgreementOverdue((Long) execution.getVariable(Vars.APPRAISAL_ID));
    }
}
