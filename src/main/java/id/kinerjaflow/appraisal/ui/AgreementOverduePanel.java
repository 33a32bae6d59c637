package id.kinerjaflow.appraisal.ui;

import java.util.List;

import id.kinerjaflow.appraisal.AgreementRound;
import id.kinerjaflow.appraisal.AgreementRow;
import id.kinerjaflow.appraisal.AgreementService;
import id.kinerjaflow.appraisal.Appraisal;
import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.base.ui.TaskForm.TaskContext;
import id.kinerjaflow.process.TaskDrafts;
import id.kinerjaflow.security.CurrentUser;
import id.kinerjaflow.security.UserDirectory;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The senior appraiser's follow-up of an SKP that passed its deadline: where the agreement stands
 * (deadline, state, the rows drafted so far, the rounds), and a note of what they did about it,
 * which closes the follow-up and stays in the appraisal's history.
 */
public class AgreementOverduePanel extends VerticalLayout {

    /** Where the agreement stands, as the follow-up shows it. */
    enum State { NOT_STARTED, DRAFTING, AWAITING_REVIEW, RETURNED, APPROVED }

    private final TaskContext task;
    private final AgreementService agreements;
    final DraftedNote note;
    final Button followUp;

    AgreementOverduePanel(TaskContext task, AgreementService agreements, AppraisalService appraisals,
                          TaskDrafts drafts, UserDirectory users, CurrentUser currentUser) {
        this.task = task;
        this.agreements = agreements;
        setPadding(false);
        setWidthFull();
        addClassName("kf-agreement-overdue");

        Long appraisalId = task.appraisalId();
        Appraisal appraisal = appraisals.appraisal(appraisalId, currentUser.require());
        List<AgreementRow> rows = appraisals.rows(appraisalId);
        List<AgreementRound> rounds = appraisals.rounds(appraisalId);
        State state = state(appraisal, rows, rounds);

        Div deadline = FormKit.fact(getTranslation("agreementOverdue.deadline"),
                FormKit.date(appraisal.getCycle().getAgreementDeadline()));
        deadline.setId("agreement-deadline");
        deadline.addClassName("kf-overdue-text");
        Div stateFact = FormKit.fact(getTranslation("agreementOverdue.state"),
                getTranslation("agreementOverdue.state." + state));
        stateFact.setId("agreement-state");
        Div appraiser = FormKit.fact(getTranslation("agreementOverdue.appraiser"),
                appraisal.getAppraiser() == null ? null : appraisal.getAppraiser().getName());
        Div counts = FormKit.fact(getTranslation("agreementOverdue.counts"),
                getTranslation("agreementOverdue.countsValue", rows.size(), rounds.size()));
        counts.setId("agreement-counts");
        FlexLayout facts = new FlexLayout(deadline, stateFact, appraiser, counts);
        facts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        facts.addClassNames(LumoUtility.Gap.Column.XLARGE, LumoUtility.Gap.Row.SMALL, LumoUtility.Margin.Bottom.MEDIUM);

        AgreementSummary summary = AgreementSummary.of(this);
        Div current = FormKit.section(getTranslation("agreementOverdue.current"), facts, summary.rows(rows));
        current.setId("section-state");
        Div history = FormKit.section(getTranslation("agreementReview.rounds"), summary.rounds(rounds, users));
        history.setId("section-rounds");

        note = new DraftedNote(this, drafts, task.taskId(), "follow-up-note",
                getTranslation("agreementOverdue.note"), getTranslation("agreementOverdue.noteHelp"),
                getTranslation("agreementOverdue.noteRequired"));
        Div followUpSection = FormKit.section(getTranslation("agreementOverdue.followUp"),
                FormKit.hint(getTranslation("agreementOverdue.hint")), note.area);
        followUpSection.setId("section-follow-up");

        followUp = FormKit.primary(getTranslation("agreementOverdue.done"), this::followUp);
        followUp.setId("follow-up");
        add(current, history, followUpSection, FormKit.actions(note.status, note.saveDraft, followUp));
    }

    static State state(Appraisal a, List<AgreementRow> rows, List<AgreementRound> rounds) {
        if (a.getAgreementApprovedAt() != null) {
            return State.APPROVED;
        }
        if (rounds.isEmpty()) {
            return rows.isEmpty() ? State.NOT_STARTED : State.DRAFTING;
        }
        AgreementRound last = rounds.get(rounds.size() - 1);
        return last.getDecision() == AgreementRound.Decision.RETURNED ? State.RETURNED : State.AWAITING_REVIEW;
    }

    void followUp() {
        note.validText().ifPresent(text -> {
            if (note.attempt(() -> agreements.followUpOverdue(task.appraisalId(), text),
                    "agreement.FOLLOW_UP_NOTE_REQUIRED")) {
                task.done().run();
            }
        });
    }
}
