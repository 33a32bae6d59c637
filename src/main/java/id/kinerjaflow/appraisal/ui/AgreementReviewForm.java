package id.kinerjaflow.appraisal.ui;

import java.util.Set;

import id.kinerjaflow.appraisal.AgreementService;
import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.base.ui.TaskForm;
import id.kinerjaflow.process.TaskDrafts;
import id.kinerjaflow.security.CurrentUser;
import id.kinerjaflow.security.UserDirectory;
import com.vaadin.flow.component.Component;

/** Task_ReviewAgreement: the appraiser approves the SKP or returns it with a comment. */
@org.springframework.stereotype.Component
class AgreementReviewForm implements TaskForm {

    static final String FORM_KEY = "agreement-review";

    private final AgreementService agreements;
    private final AppraisalService appraisals;
    private final TaskDrafts drafts;
    private final UserDirectory users;
    private final CurrentUser currentUser;

    AgreementReviewForm(AgreementService agreements, AppraisalService appraisals, TaskDrafts drafts,
                        UserDirectory users, CurrentUser currentUser) {
        this.agreements = agreements;
        this.appraisals = appraisals;
        this.drafts = drafts;
        this.users = users;
        this.currentUser = currentUser;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of(FORM_KEY);
    }

    @Override
    public Component build(TaskContext task) {
        return new AgreementReviewPanel(task, agreements, appraisals, drafts, users, currentUser);
    }
}
