package id.kinerjaflow.appeal.ui;

import java.util.Map;
import java.util.Optional;

import id.kinerjaflow.appeal.AppealService;
import id.kinerjaflow.appraisal.Appraisal;
import id.kinerjaflow.appraisal.RatingChanges;
import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.base.ui.FieldErrors;
import id.kinerjaflow.base.ui.TaskForm.TaskContext;
import id.kinerjaflow.process.TaskDrafts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;

/**
 * The result as the employee receives it: the performance rating (and how calibration changed
 * it), the results and behaviour ratings and the end of the appeal window. The employee accepts
 * it, or appeals with reasons to the senior appraiser; the reasons can be kept as a draft.
 */
public class ResultEditor extends VerticalLayout {

    /** The draft: the reasons typed so far. */
    record Draft(String reasons) {
    }

    /** What the binder edits. */
    static final class Entries {
        String reasons;
    }

    private final TaskContext task;
    private final AppealService appeals;
    private final TaskDrafts drafts;
    private final Binder<Entries> binder = new Binder<>();

    final TextArea reasons;
    final Span status = new Span();
    final Button saveDraft;
    final Button fileAppeal;
    final Button acknowledge;

    ResultEditor(TaskContext task, AppealService appeals, Appraisal appraisal, RatingChanges changes,
            TaskDrafts drafts) {
        this.task = task;
        this.appeals = appeals;
        this.drafts = drafts;
        setId("result-form");
        setPadding(false);
        setWidthFull();

        String deadline = FormKit.dateTime(appraisal.getAppealDeadline());
        add(FormKit.section(getTranslation("resultForm.result"), AppealParts.result(appraisal, changes.of(appraisal)),
                FormKit.fact(getTranslation("resultForm.deadline"), deadline)));

        reasons = AppealParts.textArea("reasons", getTranslation("resultForm.reasons"));
        AppealParts.bindText(binder, reasons, "appeal.REASONS_REQUIRED", e -> e.reasons, (e, v) -> e.reasons = v);
        add(FormKit.section(getTranslation("resultForm.appeal"),
                FormKit.hint(getTranslation("resultForm.appeal.hint", deadline)), reasons));

        saveDraft = FormKit.secondary(getTranslation("task.saveDraft"), this::saveDraft);
        saveDraft.setId("save-draft");
        fileAppeal = FormKit.secondary(getTranslation("resultForm.fileAppeal"), this::fileAppeal);
        fileAppeal.setId("file-appeal");
        acknowledge = FormKit.primary(getTranslation("resultForm.acknowledge"), this::acknowledge);
        acknowledge.setId("acknowledge");
        add(FormKit.actions(status, saveDraft, fileAppeal, acknowledge));

        Entries initial = new Entries();
        Optional<TaskDrafts.Saved<Draft>> draft = drafts.load(task.taskId(), Draft.class);
        draft.ifPresentOrElse(d -> {
            initial.reasons = d.value().reasons();
            status.setText(getTranslation("task.draftResumed", FormKit.dateTime(d.savedAt())));
        }, () -> status.setText(getTranslation("task.notSaved")));
        binder.readBean(initial);
    }

    private void saveDraft() {
        Draft draft = new Draft(reasons.getValue());
        FormKit.attempt(() -> status.setText(getTranslation("task.draftSaved",
                FormKit.time(drafts.save(task.taskId(), draft)))));
    }

    private void fileAppeal() {
        if (!FieldErrors.check(binder)) {
            return;
        }
        String text = reasons.getValue();
        if (FieldErrors.attempt(() -> appeals.file(task.appraisalId(), text),
                Map.of("appeal.REASONS_REQUIRED", reasons, "field.TOO_LONG", reasons))) {
            task.done().run();
        }
    }

    private void acknowledge() {
        if (FormKit.attempt(() -> appeals.acknowledge(task.appraisalId()))) {
            task.done().run();
        }
    }
}
