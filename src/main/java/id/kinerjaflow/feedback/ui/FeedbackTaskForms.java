package id.kinerjaflow.feedback.ui;

import id.kinerjaflow.base.ui.TaskForm;
import id.kinerjaflow.feedback.FeedbackService;
import id.kinerjaflow.process.TaskDrafts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The peer-feedback task form. */
@Configuration
class FeedbackTaskForms {

    @Bean
    TaskForm peerFeedbackForm(FeedbackService feedback, TaskDrafts drafts) {
        return TaskForm.of(task -> new PeerFeedbackForm(task, feedback, drafts), "peer-feedback");
    }
}
