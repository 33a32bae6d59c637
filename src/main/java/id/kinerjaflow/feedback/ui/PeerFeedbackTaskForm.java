package id.kinerjaflow.feedback.ui;

import java.util.Set;

import id.kinerjaflow.base.ui.TaskForm;
import id.kinerjaflow.feedback.FeedbackService;
import id.kinerjaflow.process.TaskDrafts;
import com.vaadin.flow.component.Component;

/** The peer feedback task (umpan balik rekan kerja): see {@link PeerFeedbackForm}. */
@org.springframework.stereotype.Component
class PeerFeedbackTaskForm implements TaskForm {

    static final String FORM_KEY = "peer-feedback";

    private final FeedbackService feedback;
    private final TaskDrafts drafts;

    PeerFeedbackTaskForm(FeedbackService feedback, TaskDrafts drafts) {
        this.feedback = feedback;
        this.drafts = drafts;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of(FORM_KEY);
    }

    @Override
    public Component build(TaskContext task) {
        return new PeerFeedbackForm(task, feedback, drafts);
    }
}
