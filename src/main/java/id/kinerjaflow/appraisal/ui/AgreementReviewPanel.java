package id.kinerjaflow.appraisal.ui;

import id.kinerjaflow.appraisal.AgreementService;
import id.kinerjaflow.appraisal.Appraisal;
import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.base.ui.TaskForm.TaskContext;
import id.kinerjaflow.process.TaskDrafts;
import id.kinerjaflow.security.CurrentUser;
import id.kinerjaflow.security.UserDirectory;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The appraiser's review of the SKP: the draft read-only (rows, indicators, attachments), the
 * earlier rounds with their decisions and comments, then approve, or return with a comment that
 * says what to change (required, kept as a draft until sent).
 */
public class AgreementReviewPanel extends VerticalLayout {

    private final TaskContext task;
    private final AgreementService agreements;
    final DraftedNote comment;
    final Button approve;
    final Button returnForRework;

    AgreementReviewPanel(TaskContext task, AgreementService agreements, AppraisalService appraisals,
                         TaskDrafts drafts, UserDirectory users, CurrentUser currentUser) {
        this.task = task;
        this.agreements = agreements;
        setPadding(false);
        setWidthFull();
        addClassName("kf-agreement-review");

        Long appraisalId = task.appraisalId();
        Appraisal appraisal = appraisals.appraisal(appraisalId, currentUser.require());
        AgreementSummary summary = AgreementSummary.of(this);
        Div rows = FormKit.section(getTranslation("agreementReview.rows"), summary.rows(appraisals.rows(appraisalId)));
        rows.setId("section-rows");
        Div attachments = FormKit.section(getTranslation("agreementForm.attachments"), summary.attachments(appraisal));
        attachments.setId("section-attachments");
        Div rounds = FormKit.section(getTranslation("agreementReview.rounds"),
                summary.rounds(appraisals.rounds(appraisalId), users));
        rounds.setId("section-rounds");

        comment = new DraftedNote(this, drafts, task.taskId(), "return-comment",
                getTranslation("agreementReview.comment"), getTranslation("agreementReview.commentHelp"),
                getTranslation("agreementReview.commentRequired"));
        Div decision = FormKit.section(getTranslation("agreementReview.decide"),
                FormKit.hint(getTranslation("agreementReview.decideHint")), comment.area);
        decision.setId("section-decision");

        returnForRework = FormKit.secondary(getTranslation("agreementReview.return"), this::returnForRework);
        returnForRework.setId("return");
        returnForRework.addThemeVariants(ButtonVariant.LUMO_ERROR);
        approve = FormKit.primary(getTranslation("agreementReview.approve"), this::approve);
        approve.setId("approve");
        add(rows, attachments, rounds, decision, FormKit.actions(comment.status, comment.saveDraft, returnForRework,
                approve));
    }

    void approve() {
        if (FormKit.attempt(() -> agreements.approve(task.appraisalId()))) {
            task.done().run();
        }
    }

    void returnForRework() {
        comment.validText().ifPresent(text -> {
            if (comment.attempt(() -> agreements.returnForRework(task.appraisalId(), text),
                    "agreement.COMMENT_REQUIRED")) {
                task.done().run();
            }
        });
    }
}
