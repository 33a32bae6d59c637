package id.kinerjaflow.appraisal.ui;

import java.time.Clock;

import id.kinerjaflow.appraisal.AgreementService;
import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.appraisal.SelfReviewService;
import id.kinerjaflow.appraisal.SupervisorReviewService;
import id.kinerjaflow.base.ui.TaskForm;
import id.kinerjaflow.feedback.FeedbackService;
import id.kinerjaflow.org.OrganisationService;
import id.kinerjaflow.process.TaskDrafts;
import id.kinerjaflow.security.CurrentUser;
import id.kinerjaflow.security.UserDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The appraisal's task forms, by the form keys of employee-appraisal.bpmn. */
@Configuration
class AppraisalTaskForms {

    @Bean
    TaskForm agreementDraftForm(AgreementService agreements, AppraisalService appraisals, UserDirectory users,
                                CurrentUser currentUser, Clock clock) {
        return TaskForm.of(task -> new AgreementDraftPanel(task, agreements, appraisals, users, currentUser, clock),
                "agreement-draft");
    }

    @Bean
    TaskForm agreementReviewForm(AgreementService agreements, AppraisalService appraisals, TaskDrafts drafts,
                                 UserDirectory users, CurrentUser currentUser) {
        return TaskForm.of(task -> new AgreementReviewPanel(task, agreements, appraisals, drafts, users, currentUser),
                "agreement-review");
    }

    @Bean
    TaskForm agreementOverdueForm(AgreementService agreements, AppraisalService appraisals, TaskDrafts drafts,
                                  UserDirectory users, CurrentUser currentUser) {
        return TaskForm.of(task -> new AgreementOverduePanel(task, agreements, appraisals, drafts, users, currentUser),
                "agreement-overdue");
    }

    @Bean
    TaskForm selfReviewForm(SelfReviewService selfReviews, AppraisalService appraisals,
                            OrganisationService organisation, CurrentUser currentUser) {
        return TaskForm.of(task -> new SelfReviewForm(task, selfReviews, appraisals, organisation,
                currentUser.require()), "self-review");
    }

    @Bean
    TaskForm supervisorReviewForm(SupervisorReviewService reviews, AppraisalService appraisals,
                                  FeedbackService feedback, TaskDrafts drafts, CurrentUser currentUser) {
        return TaskForm.of(task -> new SupervisorReviewEditor(task, reviews, appraisals, feedback, drafts,
                currentUser.require()), "supervisor-review");
    }
}
