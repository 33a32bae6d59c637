package id.kinerjaflow.appraisal.ui;

import java.util.Set;

import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.appraisal.SelfReviewService;
import id.kinerjaflow.base.ui.TaskForm;
import id.kinerjaflow.org.OrganisationService;
import id.kinerjaflow.security.CurrentUser;
import com.vaadin.flow.component.Component;

/** The self-review task (penilaian diri): see {@link SelfReviewForm}. */
@org.springframework.stereotype.Component
class SelfReviewTaskForm implements TaskForm {

    static final String FORM_KEY = "self-review";

    private final SelfReviewService selfReviews;
    private final AppraisalService appraisals;
    private final OrganisationService organisation;
    private final CurrentUser currentUser;

    SelfReviewTaskForm(SelfReviewService selfReviews, AppraisalService appraisals, OrganisationService organisation,
                       CurrentUser currentUser) {
        this.selfReviews = selfReviews;
        this.appraisals = appraisals;
        this.organisation = organisation;
        this.currentUser = currentUser;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of(FORM_KEY);
    }

    @Override
    public Component build(TaskContext task) {
        return new SelfReviewForm(task, selfReviews, appraisals, organisation, currentUser.require());
    }
}
