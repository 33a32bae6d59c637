package id.kinerjaflow.calibration.ui;

import java.util.Map;
import java.util.function.Consumer;

import id.kinerjaflow.appraisal.Appraisal;
import id.kinerjaflow.base.ui.FieldErrors;
import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.rating.PerformanceRating;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The board changes one employee's rating: the new rating (another than the current one) and the
 * reason, both required, checked next to the fields before anything is sent. The original rating
 * stays as it was; the change joins the history with its reason.
 */
class ChangeRatingDialog extends Dialog {

    /** The maximum length of a reason, as the service enforces it. */
    static final int REASON_MAX = 2000;

    /** What the binder writes. */
    static final class Change {
        private PerformanceRating to;
        private String reason;

        PerformanceRating getTo() {
            return to;
        }

        void setTo(PerformanceRating to) {
            this.to = to;
        }

        String getReason() {
            return reason;
        }

        void setReason(String reason) {
            this.reason = reason;
        }
    }

    final RadioButtonGroup<PerformanceRating> newRating = new RadioButtonGroup<>();
    final TextArea reason = new TextArea();
    final Button save;
    private final Binder<Change> binder = new Binder<>();
    private final Consumer<Change> onSave;

    /**
     * @param onSave sends the change; returns normally when it was stored (the dialog then closes)
     *               or leaves the dialog open when the service refused it
     */
    ChangeRatingDialog(Appraisal appraisal, PerformanceRating current, CurveText words, Consumer<Change> onSave) {
        this.onSave = onSave;
        setId("change-dialog");
        setHeaderTitle(getTranslation("calibrationForm.changeTitle", appraisal.getEmployee().getName()));
        setWidth("min(36rem, 95vw)");

        FlexLayout facts = new FlexLayout(
                FormKit.fact(getTranslation("employee.nip"), appraisal.getEmployee().getNip()),
                FormKit.fact(getTranslation("calibrationForm.original"), words.rating(appraisal.getOriginalRating())),
                FormKit.fact(getTranslation("calibrationForm.current"), words.rating(current)));
        facts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        facts.addClassNames(LumoUtility.Gap.Column.XLARGE, LumoUtility.Gap.Row.SMALL);

        newRating.setId("new-rating");
        newRating.setLabel(getTranslation("calibrationForm.newRating"));
        newRating.setItems(PerformanceRating.values());
        newRating.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        newRating.setItemLabelGenerator(words::rating);
        newRating.setItemEnabledProvider(r -> r != current);
        newRating.setRequiredIndicatorVisible(true);

        reason.setId("change-reason");
        reason.setLabel(getTranslation("calibrationForm.reason"));
        reason.setHelperText(getTranslation("calibrationForm.reasonHelp"));
        reason.setMaxLength(REASON_MAX);
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        reason.setWidthFull();
        reason.setMinHeight("7rem");
        reason.setRequiredIndicatorVisible(true);

        binder.forField(newRating).asRequired(getTranslation("calibrationForm.newRatingRequired"))
                .withValidator(r -> r != current, getTranslation("calibration.SAME_RATING"))
                .bind(Change::getTo, Change::setTo);
        binder.forField(reason).asRequired(getTranslation("calibrationForm.reasonRequired"))
                .withValidator(s -> !s.isBlank(), getTranslation("calibrationForm.reasonRequired"))
                .withValidator(s -> s.length() <= REASON_MAX, getTranslation("field.TOO_LONG", REASON_MAX))
                .bind(Change::getReason, Change::setReason);

        VerticalLayout body = new VerticalLayout(facts, newRating, reason);
        body.setPadding(false);
        add(body);

        save = FormKit.primary(getTranslation("calibrationForm.saveChange"), this::save);
        save.setId("change-save");
        Button cancel = FormKit.secondary(getTranslation("calibrationForm.cancel"), this::close);
        cancel.setId("change-cancel");
        getFooter().add(cancel, save);
    }

    void save() {
        Change change = new Change();
        if (FieldErrors.write(binder, change)) {
            onSave.accept(change);
        }
    }

    /** Sends the change; a refusal about the rating or the reason is shown on that field. */
    boolean attempt(Runnable send) {
        return FieldErrors.attempt(send, Map.of("calibration.SAME_RATING", newRating, "rating.REQUIRED", newRating,
                "calibration.REASON_REQUIRED", reason, "field.TOO_LONG", reason));
    }
}
