package id.kinerjaflow.feedback.process;

import id.kinerjaflow.feedback.FeedbackService;
import id.kinerjaflow.process.ProcessIds.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The peer feedback deadline passed: unanswered requests are closed as "not given". */
@Component("closeUnansweredFeedback")
class CloseUnansweredFeedbackDelegate implements JavaDelegate {

    private final FeedbackService feedback;

    CloseUnansweredFeedbackDelegate(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @Override
    public void execute(DelegateExecution execution) {
        feedback.closeUnanswered((Long) execution.getVariable(Vars.APPRAISAL_ID));
    }
}
