package id.kinerjaflow.appraisal.ui;

import java.math.BigDecimal;
import java.util.function.Consumer;

import id.kinerjaflow.appraisal.AgreementService;
import id.kinerjaflow.appraisal.Aspect;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** One indicator of a row: what is measured, the target with its unit, and the aspect. */
class IndicatorEditor extends Div {

    final Span title = new Span();
    final TextField description = new TextField();
    final BigDecimalField target = new BigDecimalField();
    final TextField unit = new TextField();
    final Select<Aspect> aspect = new Select<>();
    final Button remove = new Button();
    final Binder<IndicatorData> binder = new Binder<>();
    final IndicatorData data = new IndicatorData();

    /** The values of one indicator, written by its binder once valid. */
    static final class IndicatorData {
        String description;
        BigDecimal target;
        String unit;
        Aspect aspect;
    }

    /** {@code onRemove} takes the indicator out of its row. */
    IndicatorEditor(Consumer<IndicatorEditor> onRemove) {
        addClassNames("kf-indicator", LumoUtility.Background.CONTRAST_5, LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Padding.SMALL);
        title.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.FontWeight.SEMIBOLD);
        remove.setText(getTranslation("agreementForm.removeIndicator"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        remove.addClickListener(e -> onRemove.accept(this));
        HorizontalLayout head = new HorizontalLayout(title, remove);
        head.setWidthFull();
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        head.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        description.setLabel(getTranslation("agreementForm.indicatorDescription"));
        description.setMaxLength(AgreementService.TEXT_MAX);
        target.setLabel(getTranslation("agreementForm.target"));
        unit.setLabel(getTranslation("agreementForm.unit"));
        unit.setPlaceholder(getTranslation("agreementForm.unitHelp"));
        unit.setMaxLength(AgreementService.UNIT_MAX);
        aspect.setLabel(getTranslation("agreementForm.aspect"));
        aspect.setItems(Aspect.values());
        aspect.setItemLabelGenerator(a -> getTranslation("aspect." + a));

        String required = getTranslation("field.REQUIRED");
        binder.forField(description).asRequired(required)
                .withValidator(new StringLengthValidator(getTranslation("field.TOO_LONG", AgreementService.TEXT_MAX),
                        0, AgreementService.TEXT_MAX))
                .bind(d -> d.description, (d, v) -> d.description = v);
        binder.forField(target).asRequired(required)
                .withValidator(t -> t.signum() > 0, getTranslation("agreementForm.targetPositive"))
                .withValidator(t -> t.compareTo(AgreementDraftPanel.TARGET_MAX) <= 0, getTranslation("agreementForm.targetTooLarge"))
                .withValidator(t -> t.stripTrailingZeros().scale() <= AgreementDraftPanel.TARGET_DECIMALS,
                        getTranslation("agreementForm.targetDecimals", AgreementDraftPanel.TARGET_DECIMALS))
                .bind(d -> d.target, (d, v) -> d.target = v);
        binder.forField(unit).asRequired(required)
                .withValidator(new StringLengthValidator(getTranslation("field.TOO_LONG", AgreementService.UNIT_MAX),
                        0, AgreementService.UNIT_MAX))
                .bind(d -> d.unit, (d, v) -> d.unit = v);
        binder.forField(aspect).asRequired(required).bind(d -> d.aspect, (d, v) -> d.aspect = v);
        data.aspect = Aspect.QUANTITY;
        binder.readBean(data);

        FormLayout fields = new FormLayout(description, target, unit, aspect);
        // a phone: target and unit side by side, the aspect below; wider: all three in a line
        fields.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("16rem", 2),
                new ResponsiveStep("36rem", 3));
        fields.setColspan(description, 3);
        add(head, fields);
    }

    void number(int row, int n) {
        title.setText(getTranslation("agreementForm.indicator", row + "." + n));
        String p = "row-" + row + "-indicator-" + n;
        setId(p);
        description.setId(p + "-description");
        target.setId(p + "-target");
        unit.setId(p + "-unit");
        aspect.setId(p + "-aspect");
        remove.setId(p + "-remove");
    }

    /** Nothing typed yet (the aspect has a default, so it does not count). */
    boolean isBlank() {
        return blank(description.getValue()) && target.getValue() == null && blank(unit.getValue());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
