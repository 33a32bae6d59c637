package id.kinerjaflow.calibration.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Map;

import id.kinerjaflow.appraisal.Appraisal;
import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.base.ui.FieldErrors;
import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.base.ui.TaskForm;
import id.kinerjaflow.calibration.CalibrationService;
import id.kinerjaflow.calibration.CalibrationService.Band;
import id.kinerjaflow.calibration.UnitCalibration;
import id.kinerjaflow.calibration.UnitRating;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * HR sets the unit rating (predikat kinerja organisasi) on behalf of the leader one level up. Each
 * choice says what it means for the distribution curve, read from the curve's decision table, so
 * that HR sees the consequence before choosing. One choice and submit: nothing typed, no draft.
 */
public class UnitRatingForm extends VerticalLayout {

    /** What the binder writes: the chosen rating. */
    static final class Choice {
        private UnitRating rating;

        UnitRating getRating() {
            return rating;
        }

        void setRating(UnitRating rating) {
            this.rating = rating;
        }
    }

    private final CalibrationService calibrations;
    private final TaskForm.TaskContext task;
    final RadioButtonGroup<UnitRating> rating = new RadioButtonGroup<>();
    final Button submit;
    private final Binder<Choice> binder = new Binder<>();

    UnitRatingForm(CalibrationService calibrations, AppraisalService appraisals, TaskForm.TaskContext task) {
        this.calibrations = calibrations;
        this.task = task;
        setPadding(false);
        setWidthFull();
        addClassName("kf-unit-rating-form");

        UnitCalibration c = calibrations.calibration(task.calibrationId());
        List<Appraisal> inUnit = appraisals.appraisalsOfUnit(c.getCycleId(), c.getUnit().getId());
        long reviewed = inUnit.stream().filter(a -> a.getOriginalRating() != null).count();
        FlexLayout facts = new FlexLayout(
                FormKit.fact(getTranslation("unitRatingForm.unit"), c.getUnit().getName()),
                FormKit.fact(getTranslation("unitRatingForm.appraisals"),
                        getTranslation("unitRatingForm.reviewedOf", reviewed, inUnit.size())));
        facts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        facts.addClassNames(LumoUtility.Gap.Column.XLARGE, LumoUtility.Gap.Row.SMALL);
        add(section(getTranslation("unitRatingForm.unitTitle"), facts,
                FormKit.hint(getTranslation("unitRatingForm.onBehalf"))));

        CurveText words = new CurveText(this);
        Map<UnitRating, String> meaning = new EnumMap<>(UnitRating.class);
        for (UnitRating r : UnitRating.values()) {
            List<Band> bands = calibrations.curve(r);
            meaning.put(r, bands.isEmpty() ? "" : words.summary(bands));
        }
        rating.setId("unit-rating");
        rating.setLabel(getTranslation("unitRatingForm.rating"));
        rating.setItems(UnitRating.values());
        rating.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        rating.setItemLabelGenerator(r -> getTranslation("unitRating." + r.name()));
        rating.setRenderer(new ComponentRenderer<>(r -> {
            Span name = new Span(getTranslation("unitRating." + r.name()));
            name.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            Span curve = FormKit.hint(getTranslation("unitRatingForm.curve", meaning.get(r)));
            Div item = new Div(new Div(name), curve);
            item.setId("unit-rating-" + r.name());
            item.addClassNames(LumoUtility.Padding.Vertical.XSMALL);
            return item;
        }));
        rating.setRequiredIndicatorVisible(true);
        binder.forField(rating).asRequired(getTranslation("unitRatingForm.required"))
                .bind(Choice::getRating, Choice::setRating);
        add(section(getTranslation("unitRatingForm.choiceTitle"), rating,
                FormKit.hint(getTranslation("unitRatingForm.curveIsGuide"))));

        submit = FormKit.primary(getTranslation("unitRatingForm.submit"), this::submit);
        submit.setId("submit");
        add(FormKit.actions(null, submit));
    }

    private static Div section(String title, Component... content) {
        Div card = FormKit.section(title, content);
        card.addClassNames(LumoUtility.BoxSizing.BORDER);
        return card;
    }

    void submit() {
        Choice choice = new Choice();
        if (!FieldErrors.write(binder, choice)) {
            return;
        }
        if (FieldErrors.attempt(() -> calibrations.setUnitRating(task.calibrationId(), choice.getRating()),
                Map.of("rating.REQUIRED", rating))) {
            task.done().run();
        }
    }
}
