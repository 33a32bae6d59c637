package id.kinerjaflow.appeal.ui;

import java.util.Set;

import id.kinerjaflow.appeal.AppealService;
import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.base.ui.TaskForm;
import id.kinerjaflow.process.TaskDrafts;
import id.kinerjaflow.security.CurrentUser;
import com.vaadin.flow.component.Component;

/** The employee receives the result (form key {@code result}); see {@link ResultEditor}. */
@org.springframework.stereotype.Component
class ResultForm implements TaskForm {

    static final String KEY = "result";

    private final AppealService appeals;
    private final AppraisalService appraisals;
    private final CurrentUser currentUser;
    private final TaskDrafts drafts;

    ResultForm(AppealService appeals, AppraisalService appraisals, CurrentUser currentUser, TaskDrafts drafts) {
        this.appeals = appeals;
        this.appraisals = appraisals;
        this.currentUser = currentUser;
        this.drafts = drafts;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of(KEY);
    }

    @Override
    public Component build(TaskContext task) {
        return new ResultEditor(task, appeals, appraisals.appraisal(task.appraisalId(), currentUser.require()), drafts);
    }
}
