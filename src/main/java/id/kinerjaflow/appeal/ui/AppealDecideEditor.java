package id.kinerjaflow.appeal.ui;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import id.kinerjaflow.appeal.Appeal;
import id.kinerjaflow.appeal.Appeal.Decision;
import id.kinerjaflow.appeal.AppealService;
import id.kinerjaflow.appraisal.Appraisal;
import id.kinerjaflow.appraisal.RatingChanges;
import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.base.ui.FieldErrors;
import id.kinerjaflow.base.ui.TaskForm.TaskContext;
import id.kinerjaflow.process.TaskDrafts;
import id.kinerjaflow.rating.PerformanceRating;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;

/**
 * The senior appraiser's final decision on an appeal: the reasons, both explanations and the
 * ratings, then confirm the rating or change it to another one; a reason is always given (the
 * service requires it either way), a new rating when changing. Kept as a draft until decided.
 */
public class AppealDecideEditor extends VerticalLayout {

    /** The draft: the choice, the new rating's code and the reason typed so far. */
    record Draft(String decision, String newRating, String reason) {
    }

    /** What the binder edits. */
    static final class Entries {
        Decision decision;
        PerformanceRating newRating;
        String reason;
    }

    private final TaskContext task;
    private final AppealService appeals;
    private final TaskDrafts drafts;
    private final PerformanceRating current;
    private final Binder<Entries> binder = new Binder<>();

    final RadioButtonGroup<Decision> decision = new RadioButtonGroup<>();
    final Select<PerformanceRating> newRating = new Select<>();
    final TextArea reason;
    final Span status = new Span();
    final Button saveDraft;
    final Button submit;

    AppealDecideEditor(TaskContext task, AppealService appeals, Appraisal appraisal, RatingChanges changes,
            TaskDrafts drafts) {
        this.task = task;
        this.appeals = appeals;
        this.drafts = drafts;
        this.current = appraisal.getCalibratedRating();
        setId("appeal-decide-form");
        setPadding(false);
        setWidthFull();

        Optional<Appeal> appeal = appeals.appealOf(task.appraisalId());
        add(FormKit.section(getTranslation("appealForm.appeal"),
                AppealParts.quote("appeal-reasons", getTranslation("appealForm.reasons"),
                        appeal.map(Appeal::getReasons).orElse(null)),
                FormKit.fact(getTranslation("appealForm.filedAt"),
                        appeal.map(a -> FormKit.dateTime(a.getFiledAt())).orElse(null))));
        add(FormKit.section(getTranslation("appealDecide.explanations"),
                AppealParts.quote("employee-explanation", getTranslation("appealDecide.employeeExplanation"),
                        appeal.map(Appeal::getEmployeeExplanation).orElse(null)),
                AppealParts.quote("appraiser-explanation", getTranslation("appealDecide.appraiserExplanation"),
                        appeal.map(Appeal::getAppraiserExplanation).orElse(null))));
        add(FormKit.section(getTranslation("appealForm.underAppeal"),
                AppealParts.result(appraisal, changes.of(appraisal))));

        decision.setId("decision");
        decision.setLabel(getTranslation("appealDecide.decision"));
        decision.setItems(Decision.values());
        decision.setItemLabelGenerator(d -> d == Decision.CONFIRMED
                ? getTranslation("appealDecide.confirm", AppealParts.rating(current))
                : getTranslation("appealDecide.change"));
        decision.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        newRating.setId("new-rating");
        newRating.setLabel(getTranslation("appealDecide.newRating"));
        newRating.setItems(Arrays.stream(PerformanceRating.values()).filter(r -> r != current).toList());
        newRating.setItemLabelGenerator(AppealParts::rating);
        newRating.setRequiredIndicatorVisible(true);
        newRating.setWidth("min(100%, 18rem)");
        reason = AppealParts.textArea("reason", getTranslation("appealDecide.reason"));

        binder.forField(decision).asRequired(getTranslation("appealDecide.decisionRequired"))
                .bind(e -> e.decision, (e, v) -> e.decision = v);
        binder.forField(newRating)
                .withValidator(r -> decision.getValue() != Decision.CHANGED || r != null,
                        getTranslation("appealDecide.newRatingRequired"))
                .bind(e -> e.newRating, (e, v) -> e.newRating = v);
        AppealParts.bindText(binder, reason, "appeal.DECISION_REASON_REQUIRED", e -> e.reason, (e, v) -> e.reason = v);
        decision.addValueChangeListener(e -> showNewRating());

        FormLayout form = new FormLayout(decision, newRating, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(FormKit.section(getTranslation("appealDecide.title"),
                FormKit.hint(getTranslation("appealDecide.hint")), form));

        saveDraft = FormKit.secondary(getTranslation("task.saveDraft"), this::saveDraft);
        saveDraft.setId("save-draft");
        submit = FormKit.primary(getTranslation("appealDecide.submit"), this::submit);
        submit.setId("submit");
        add(FormKit.actions(status, saveDraft, submit));

        Entries initial = new Entries();
        drafts.load(task.taskId(), Draft.class).ifPresentOrElse(d -> {
            initial.decision = parse(Decision.class, d.value().decision());
            initial.newRating = parse(PerformanceRating.class, d.value().newRating());
            initial.reason = d.value().reason();
            status.setText(getTranslation("task.draftResumed", FormKit.dateTime(d.savedAt())));
        }, () -> status.setText(getTranslation("task.notSaved")));
        binder.readBean(initial);
        showNewRating();
    }

    /** The new rating is asked for only when changing; confirming clears it. */
    private void showNewRating() {
        boolean changing = decision.getValue() == Decision.CHANGED;
        newRating.setVisible(changing);
        if (!changing && !newRating.isEmpty()) {
            newRating.clear();
        }
    }

    private void saveDraft() {
        Draft draft = new Draft(name(decision.getValue()), name(newRating.getValue()), reason.getValue());
        FormKit.attempt(() -> status.setText(getTranslation("task.draftSaved",
                FormKit.time(drafts.save(task.taskId(), draft)))));
    }

    private void submit() {
        if (!FieldErrors.check(binder)) {
            return;
        }
        boolean confirm = decision.getValue() == Decision.CONFIRMED;
        PerformanceRating rating = confirm ? null : newRating.getValue();
        String text = reason.getValue();
        if (FieldErrors.attempt(() -> appeals.decide(task.appraisalId(), confirm, rating, text),
                Map.of("appeal.DECISION_REASON_REQUIRED", reason, "field.TOO_LONG", reason,
                        "appeal.SAME_RATING", newRating, "rating.REQUIRED", newRating))) {
            task.done().run();
        }
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String code) {
        if (code == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(code)).findFirst().orElse(null);
    }
}
