package id.kinerjaflow.appeal.ui;

import java.util.Map;
import java.util.Optional;

import id.kinerjaflow.appeal.Appeal;
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
 * The employee or the appraiser explains, for the senior appraiser's decision: they see the
 * appeal's reasons and the rating under appeal, and write their explanation (kept as a draft
 * until sent).
 */
public class AppealExplainEditor extends VerticalLayout {

    /** The draft: the explanation typed so far. */
    record Draft(String explanation) {
    }

    /** What the binder edits. */
    static final class Entries {
        String explanation;
    }

    private final TaskContext task;
    private final boolean byEmployee;
    private final AppealService appeals;
    private final TaskDrafts drafts;
    private final Binder<Entries> binder = new Binder<>();

    final TextArea explanation;
    final Span status = new Span();
    final Button saveDraft;
    final Button submit;

    AppealExplainEditor(TaskContext task, boolean byEmployee, AppealService appeals, Appraisal appraisal,
                        RatingChanges changes, TaskDrafts drafts) {
        this.task = task;
        this.byEmployee = byEmployee;
        this.appeals = appeals;
        this.drafts = drafts;
        setId("appeal-explain-form");
        setPadding(false);
        setWidthFull();

        Optional<Appeal> appeal = appeals.appealOf(task.appraisalId());
        add(FormKit.section(getTranslation("appealForm.appeal"),
                AppealParts.quote("appeal-reasons", getTranslation("appealForm.reasons"),
                        appeal.map(Appeal::getReasons).orElse(null)),
                FormKit.fact(getTranslation("appealForm.filedAt"),
                        appeal.map(a -> FormKit.dateTime(a.getFiledAt())).orElse(null))));
        add(FormKit.section(getTranslation("appealForm.underAppeal"),
                AppealParts.result(appraisal, changes.of(appraisal))));

        String role = byEmployee ? "employee" : "appraiser";
        explanation = AppealParts.textArea("explanation", getTranslation("appealExplain." + role + ".label"));
        AppealParts.bindText(binder, explanation, "appeal.EXPLANATION_REQUIRED", e -> e.explanation,
                (e, v) -> e.explanation = v);
        add(FormKit.section(getTranslation("appealExplain.title"),
                FormKit.hint(getTranslation("appealExplain." + role + ".hint")), explanation));

        saveDraft = FormKit.secondary(getTranslation("task.saveDraft"), this::saveDraft);
        saveDraft.setId("save-draft");
        submit = FormKit.primary(getTranslation("appealExplain.submit"), this::submit);
        submit.setId("submit");
        add(FormKit.actions(status, saveDraft, submit));

        Entries initial = new Entries();
        drafts.load(task.taskId(), Draft.class).ifPresentOrElse(d -> {
            initial.explanation = d.value().explanation();
            status.setText(getTranslation("task.draftResumed", FormKit.dateTime(d.savedAt())));
        }, () -> status.setText(getTranslation("task.notSaved")));
        binder.readBean(initial);
    }

    private void saveDraft() {
        Draft draft = new Draft(explanation.getValue());
        FormKit.attempt(() -> status.setText(getTranslation("task.draftSaved",
                FormKit.time(drafts.save(task.taskId(), draft)))));
    }

    private void submit() {
        if (!FieldErrors.check(binder)) {
            return;
        }
        String text = explanation.getValue();
        Long appraisalId = task.appraisalId();
        if (FieldErrors.attempt(() -> {
            if (byEmployee) {
                appeals.explainAsEmployee(appraisalId, text);
            } else {
                appeals.explainAsAppraiser(appraisalId, text);
            }
        }, Map.of("appeal.EXPLANATION_REQUIRED", explanation, "field.TOO_LONG", explanation))) {
            task.done().run();
        }
    }
}
