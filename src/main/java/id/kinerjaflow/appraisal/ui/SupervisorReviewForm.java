package id.kinerjaflow.appraisal.ui;

import java.util.Set;

import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.appraisal.SupervisorReviewService;
import id.kinerjaflow.base.ui.TaskForm;
import id.kinerjaflow.feedback.FeedbackService;
import id.kinerjaflow.process.TaskDrafts;
import id.kinerjaflow.security.CurrentUser;
import com.vaadin.flow.component.Component;

/** The appraiser's review of an employee (form key {@code supervisor-review}); see {@link SupervisorReviewEditor}. */
@org.springframework.stereotype.Component
class SupervisorReviewForm implements TaskForm {

    static final String KEY = "supervisor-review";

    private final SupervisorReviewService reviews;
    private final AppraisalService appraisals;
    private final FeedbackService feedback;
    private final TaskDrafts drafts;
    private final CurrentUser currentUser;

    SupervisorReviewForm(SupervisorReviewService reviews, AppraisalService appraisals, FeedbackService feedback,
                         TaskDrafts drafts, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.reviews = reviews;
        this.appraisals = appraisals;
        this.feedback = feedback;
        this.drafts = drafts;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of(KEY);
    }

    @Override
    public Component build(TaskContext task) {
        return new SupervisorReviewEditor(task, reviews, appraisals, feedback, drafts, currentUser.require());
    }
}
