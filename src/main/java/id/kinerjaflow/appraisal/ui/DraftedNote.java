package id.kinerjaflow.appraisal.ui;

import java.util.Map;
import java.util.Optional;

import id.kinerjaflow.appraisal.AgreementService;
import id.kinerjaflow.base.ui.FieldErrors;
import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.process.TaskDrafts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;

/**
 * A required free-text note of a task (the appraiser's return comment, the senior appraiser's
 * follow-up note) with its draft: saved with {@link TaskDrafts} and filled in again when the task
 * is opened later, so a half-written note is not lost.
 */
final class DraftedNote {

    /** What the draft holds. */
    record Draft(String text) {
    }

    /** The binder's bean. */
    static final class Value {
        String text;
    }

    final TextArea area = new TextArea();
    final Span status = new Span();
    final Button saveDraft;
    private final Binder<Value> binder = new Binder<>();
    private final Value value = new Value();
    private final Component owner;
    private final TaskDrafts drafts;
    private final String taskId;

    DraftedNote(Component owner, TaskDrafts drafts, String taskId, String id, String label, String help,
                String requiredMessage) {
        this.owner = owner;
        this.drafts = drafts;
        this.taskId = taskId;
        area.setId(id);
        area.setLabel(label);
        area.setHelperText(help);
        area.setMaxLength(AgreementService.COMMENT_MAX);
        area.setMinRows(3);
        area.setMaxRows(12);
        area.setWidthFull();
        binder.forField(area).asRequired(requiredMessage)
                .withValidator(s -> !s.isBlank(), requiredMessage)
                .withValidator(new StringLengthValidator(owner.getTranslation("field.TOO_LONG",
                        AgreementService.COMMENT_MAX), 0, AgreementService.COMMENT_MAX))
                .bind(v -> v.text, (v, t) -> v.text = t);
        binder.readBean(value);
        status.setId("draft-status");
        status.setText(owner.getTranslation("task.notSaved"));
        saveDraft = FormKit.secondary(owner.getTranslation("task.saveDraft"), this::save);
        saveDraft.setId("save-draft");
        resume();
    }

    private void resume() {
        drafts.load(taskId, Draft.class).ifPresent(saved -> {
            area.setValue(saved.value().text() == null ? "" : saved.value().text());
            status.setText(owner.getTranslation("task.draftResumed", FormKit.dateTime(saved.savedAt())));
        });
    }

    void save() {
        FormKit.attempt(() -> {
            java.time.Instant at = drafts.save(taskId, new Draft(area.getValue()));
            status.setText(owner.getTranslation("task.draftSaved", FormKit.time(at)));
        });
    }

    /** The note if it is valid (otherwise the error shows next to the field, which gets the focus). */
    Optional<String> validText() {
        if (!FieldErrors.write(binder, value)) {
            return Optional.empty();
        }
        return Optional.of(value.text.strip());
    }

    /** Sends the note; the service's refusal of the note itself (missing, too long) is shown on the field. */
    boolean attempt(Runnable send, String requiredCode) {
        return FieldErrors.attempt(send, Map.of(requiredCode, area, "field.TOO_LONG", area));
    }
}
