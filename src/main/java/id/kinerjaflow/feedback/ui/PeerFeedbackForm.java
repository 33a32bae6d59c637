package id.kinerjaflow.feedback.ui;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.base.ui.FieldErrors;
import id.kinerjaflow.base.ui.TaskForm.TaskContext;
import id.kinerjaflow.feedback.FeedbackService;
import id.kinerjaflow.process.TaskDrafts;
import id.kinerjaflow.rating.CoreValue;
import id.kinerjaflow.rating.Expectation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * A nominated colleague's feedback on the employee's seven core values (BerAKHLAK): a level per
 * value and a comment. The employee, their unit and the cycle are shown above by the task view.
 * Every value and the comment are required when sending, not in a draft.
 */
public class PeerFeedbackForm extends VerticalLayout {

    static final int COMMENT_MAX = 2000;

    /** The draft kept with the task: plain names of values and levels, and the comment. */
    record Draft(Map<String, String> ratings, String comment) {
    }

    /** What the binder reads and writes. */
    static final class Values {
        final Map<CoreValue, Expectation> ratings = new EnumMap<>(CoreValue.class);
        String comment = "";
    }

    private final TaskContext task;
    private final FeedbackService feedback;
    private final TaskDrafts drafts;
    private final Values values = new Values();
    private final Binder<Values> binder = new Binder<>();
    /** Values and the comment are required only when sending, not for a draft. */
    private boolean submitting;

    final Map<CoreValue, RadioButtonGroup<Expectation>> ratings = new EnumMap<>(CoreValue.class);
    final TextArea comment = new TextArea();
    final Span status = new Span();
    final Button saveDraft;
    final Button submit;

    PeerFeedbackForm(TaskContext task, FeedbackService feedback, TaskDrafts drafts) {
        this.task = task;
        this.feedback = feedback;
        this.drafts = drafts;
        setPadding(false);
        setWidthFull();
        addClassName("kf-peer-feedback");

        Div intro = new Div(FormKit.hint(getTranslation("peerFeedbackForm.intro")));
        intro.addClassNames(LumoUtility.Margin.Bottom.SMALL);
        Div valuesSection = FormKit.section(getTranslation("peerFeedbackForm.values"), intro);
        valuesSection.setId("core-values");
        for (CoreValue value : CoreValue.values()) {
            valuesSection.add(ratingField(value));
        }
        add(valuesSection);

        comment.setId("comment");
        comment.setLabel(getTranslation("peerFeedbackForm.comment"));
        comment.setHelperText(getTranslation("peerFeedbackForm.commentHelp", COMMENT_MAX));
        comment.setMaxLength(COMMENT_MAX);
        comment.setMinHeight("8rem");
        comment.setWidthFull();
        comment.setMaxWidth("40rem");
        comment.setRequiredIndicatorVisible(true);
        binder.forField(comment)
                .withValidator(v -> !submitting || !v.isBlank(), getTranslation("field.REQUIRED"))
                .withValidator(v -> v.length() <= COMMENT_MAX, getTranslation("field.TOO_LONG", COMMENT_MAX))
                .bind(v -> v.comment, (v, text) -> v.comment = text == null ? "" : text);
        Div commentSection = FormKit.section(getTranslation("peerFeedbackForm.commentTitle"), comment);
        commentSection.setId("comment-section");
        add(commentSection);

        saveDraft = FormKit.secondary(getTranslation("task.saveDraft"), this::saveDraft);
        saveDraft.setId("save-draft");
        submit = FormKit.primary(getTranslation("peerFeedbackForm.submit"), this::submit);
        submit.setId("submit");
        status.setId("draft-status");
        add(FormKit.actions(status, saveDraft, submit));

        resume();
    }

    private RadioButtonGroup<Expectation> ratingField(CoreValue value) {
        RadioButtonGroup<Expectation> group = new RadioButtonGroup<>(getTranslation("coreValue." + value));
        group.setId("rating-" + value);
        group.setHelperText(getTranslation("coreValue." + value + ".help"));
        group.setItems(Expectation.values());
        group.setItemLabelGenerator(e -> getTranslation("expectation." + e));
        group.setRequiredIndicatorVisible(true);
        group.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
        group.addClassNames(LumoUtility.Padding.Vertical.SMALL, LumoUtility.Border.TOP,
                LumoUtility.BorderColor.CONTRAST_10);
        group.setWidthFull();
        binder.forField(group)
                .withValidator(v -> !submitting || v != null, getTranslation("field.REQUIRED"))
                .bind(v -> v.ratings.get(value), (v, level) -> {
                    if (level == null) {
                        v.ratings.remove(value);
                    } else {
                        v.ratings.put(value, level);
                    }
                });
        ratings.put(value, group);
        return group;
    }

    private void resume() {
        Optional<TaskDrafts.Saved<Draft>> saved = drafts.load(task.taskId(), Draft.class);
        saved.map(TaskDrafts.Saved::value).ifPresent(d -> {
            if (d.ratings() != null) {
                d.ratings().forEach((value, level) -> parse(CoreValue.class, value).ifPresent(v ->
                        parse(Expectation.class, level).ifPresent(l -> values.ratings.put(v, l))));
            }
            values.comment = d.comment() == null ? "" : d.comment();
        });
        binder.readBean(values);
        status.setText(saved.map(s -> getTranslation("task.draftResumed", FormKit.dateTime(s.savedAt())))
                .orElseGet(() -> getTranslation("task.notSaved")));
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst();
    }

    void saveDraft() {
        if (!FieldErrors.write(binder, values)) {
            return;
        }
        Map<String, String> plain = new LinkedHashMap<>();
        values.ratings.forEach((value, level) -> plain.put(value.name(), level.name()));
        FormKit.attempt(() -> {
            Instant at = drafts.save(task.taskId(), new Draft(plain, values.comment));
            status.setText(getTranslation("task.draftSaved", FormKit.time(at)));
        });
    }

    void submit() {
        boolean valid;
        submitting = true;
        try {
            valid = FieldErrors.write(binder, values);
        } finally {
            submitting = false;
        }
        if (!valid) {
            return;
        }
        Map<CoreValue, Expectation> given = new EnumMap<>(values.ratings);
        if (FieldErrors.attempt(() -> feedback.give(task.appraisalId(), given, values.comment),
                Map.of("feedback.COMMENT_REQUIRED", comment, "field.TOO_LONG", comment))) {
            task.done().run();
        }
    }
}
