package id.kinerjaflow.appraisal.process;

import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.appraisal.Stage;
import id.kinerjaflow.process.ProcessIds.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Each step of the diagram declares the stage it starts (an execution listener
 * {@code ${appraisalStage.enter(execution, 'SELF_REVIEW')}}), so the stage shown to people follows
 * the process, also when HR redesigns it.
 */
@Component("appraisalStage")
public class AppraisalStage {

    private final AppraisalService appraisals;

    AppraisalStage(AppraisalService appraisals) {
        this.appraisals = appraisals;
    }

    public void enter(DelegateExecution execution, String stage) {
        appraisals.enterStage((Long) execution.getVariable(Vars.APPRAISAL_ID), Stage.valueOf(stage));
    }
}
