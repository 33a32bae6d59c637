package id.kinerjaflow.appeal.ui;

import java.util.Set;

import id.kinerjaflow.appeal.AppealService;
import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.base.ui.TaskForm;
import id.kinerjaflow.process.TaskDrafts;
import id.kinerjaflow.security.CurrentUser;
import com.vaadin.flow.component.Component;

/**
 * The explanations the senior appraiser asks for before deciding an appeal, one form for both:
 * the employee's ({@code appeal-explain-employee}) and the appraiser's ({@code appeal-explain-appraiser}).
 */
@org.springframework.stereotype.Component
class AppealExplainForm implements TaskForm {

    static final String EMPLOYEE_KEY = "appeal-explain-employee";
    static final String APPRAISER_KEY = "appeal-explain-appraiser";

    private final AppealService appeals;
    private final AppraisalService appraisals;
    private final CurrentUser currentUser;
    private final TaskDrafts drafts;

    AppealExplainForm(AppealService appeals, AppraisalService appraisals, CurrentUser currentUser, TaskDrafts drafts) {
        this.appeals = appeals;
        this.appraisals = appraisals;
        this.currentUser = currentUser;
        this.drafts = drafts;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of(EMPLOYEE_KEY, APPRAISER_KEY);
    }

    @Override
    public Component build(TaskContext task) {
        return new AppealExplainEditor(task, EMPLOYEE_KEY.equals(task.formKey()), appeals,
                appraisals.appraisal(task.appraisalId(), currentUser.require()), drafts);
    }
}
