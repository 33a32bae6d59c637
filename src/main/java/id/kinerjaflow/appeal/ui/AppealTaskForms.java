package id.kinerjaflow.appeal.ui;

import id.kinerjaflow.appeal.AppealService;
import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.appraisal.RatingChanges;
import id.kinerjaflow.base.ui.TaskForm;
import id.kinerjaflow.process.TaskDrafts;
import id.kinerjaflow.security.CurrentUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The result and appeal task forms; each reads the appraisal under the current user's read rule. */
@Configuration
class AppealTaskForms {

    static final String EXPLAIN_AS_EMPLOYEE = "appeal-explain-employee";

    @Bean
    TaskForm resultForm(AppealService appeals, AppraisalService appraisals, CurrentUser currentUser,
                        RatingChanges changes, TaskDrafts drafts) {
        return TaskForm.of(task -> new ResultEditor(task, appeals,
                appraisals.appraisal(task.appraisalId(), currentUser.require()), changes, drafts), "result");
    }

    @Bean
    TaskForm appealExplainForm(AppealService appeals, AppraisalService appraisals, CurrentUser currentUser,
                               RatingChanges changes, TaskDrafts drafts) {
        return TaskForm.of(task -> new AppealExplainEditor(task, EXPLAIN_AS_EMPLOYEE.equals(task.formKey()), appeals,
                appraisals.appraisal(task.appraisalId(), currentUser.require()), changes, drafts),
                EXPLAIN_AS_EMPLOYEE, "appeal-explain-appraiser");
    }

    @Bean
    TaskForm appealDecideForm(AppealService appeals, AppraisalService appraisals, CurrentUser currentUser,
                              RatingChanges changes, TaskDrafts drafts) {
        return TaskForm.of(task -> new AppealDecideEditor(task, appeals,
                appraisals.appraisal(task.appraisalId(), currentUser.require()), changes, drafts), "appeal-decide");
    }
}
