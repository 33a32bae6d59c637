package id.kinerjaflow.appraisal.ui;

import java.time.Clock;
import java.util.Set;

import id.kinerjaflow.appraisal.AgreementService;
import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.base.ui.TaskForm;
import id.kinerjaflow.security.CurrentUser;
import id.kinerjaflow.security.UserDirectory;
import com.vaadin.flow.component.Component;

/** Task_DraftAgreement: the employee drafts the SKP and submits it to the appraiser. */
@org.springframework.stereotype.Component
class AgreementDraftForm implements TaskForm {

    static final String FORM_KEY = "agreement-draft";

    private final AgreementService agreements;
    private final AppraisalService appraisals;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final Clock clock;

    AgreementDraftForm(AgreementService agreements, AppraisalService appraisals, UserDirectory users,
                       CurrentUser currentUser, Clock clock) {
        this.agreements = agreements;
        this.appraisals = appraisals;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of(FORM_KEY);
    }

    @Override
    public Component build(TaskContext task) {
        return new AgreementDraftPanel(task, agreements, appraisals, users, currentUser, clock);
    }
}
