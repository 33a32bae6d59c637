package id.kinerjaflow.appraisal.ui;

import java.util.ArrayList;
import java.util.List;

import id.kinerjaflow.appraisal.AgreementRow;
import id.kinerjaflow.appraisal.AgreementService;
import id.kinerjaflow.appraisal.RowKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** One RHK as a card: kind, parent RHK (main rows), description, and its indicators. */
class RowEditor extends Div {

    /** What a row asks of the agreement it belongs to. */
    interface Agreement {
        /** True while the rules of a complete agreement apply (submitting, not saving a draft). */
        boolean complete();

        boolean anyMainRow();

        /** The row's number, from 1. */
        int numberOf(RowEditor row);

        void remove(RowEditor row);

        /** A row's kind changed: "at least one main row" concerns every row. */
        void kindChanged();
    }

    /** The values of one RHK, written by its binder once valid. */
    static final class RowData {
        RowKind kind;
        String description;
        AgreementRow parent;
    }


    final H4 title = new H4();
    final Select<RowKind> kind = new Select<>();
    final ComboBox<AgreementRow> parent = new ComboBox<>();
    final TextArea description = new TextArea();
    final List<IndicatorEditor> indicators = new ArrayList<>();
    private final Div indicatorList = new Div();
    final Button addIndicator = new Button();
    final Button remove = new Button();
    final Binder<RowData> binder = new Binder<>();
    final RowData data = new RowData();
    final Binder.Binding<RowData, RowKind> kindBinding;
    private final Binder.Binding<RowData, AgreementRow> parentBinding;

    private final List<AgreementRow> candidates;
    private final Agreement agreement;

    /** {@code candidates}: the appraiser's RHK a main row may cascade from. */
    RowEditor(RowKind initialKind, List<AgreementRow> candidates, Agreement agreement) {
        this.candidates = candidates;
        this.agreement = agreement;
        // a block in a column: as wide as the section, no wider (no width 100% plus padding)
        addClassNames("kf-row", LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_10,
                LumoUtility.BorderRadius.MEDIUM, LumoUtility.Padding.SMALL);
        title.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.NONE);
        remove.setText(getTranslation("agreementForm.removeRow"));
        remove.setIcon(VaadinIcon.TRASH.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        remove.addClickListener(e -> agreement.remove(this));
        HorizontalLayout head = new HorizontalLayout(title, remove);
        head.setWidthFull();
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        head.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        kind.setLabel(getTranslation("agreementForm.kind"));
        kind.setItems(RowKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("rowKind." + k));
        parent.setLabel(getTranslation("agreementForm.parent"));
        parent.setHelperText(getTranslation("agreementForm.parentHelp"));
        parent.setItems(candidates);
        parent.setItemLabelGenerator(p -> getTranslation("agreementForm.row", p.getPosition()) + ": "
                + p.getDescription());
        parent.setClearButtonVisible(true);
        description.setLabel(getTranslation("agreementForm.description"));
        description.setMaxLength(AgreementService.TEXT_MAX);
        description.setMinRows(2);

        String required = getTranslation("field.REQUIRED");
        kindBinding = binder.forField(kind).asRequired(required)
                .withValidator(k -> !agreement.complete() || k == RowKind.MAIN || agreement.anyMainRow(),
                        getTranslation("agreement.NO_MAIN_ROW"))
                .bind(d -> d.kind, (d, v) -> d.kind = v);
        parentBinding = binder.forField(parent)
                .withValidator(p -> !agreement.complete() || p != null || kind.getValue() != RowKind.MAIN
                        || candidates.isEmpty(), getTranslation("agreementForm.parentRequired"))
                .bind(d -> d.parent, (d, v) -> d.parent = v);
        binder.forField(description).asRequired(required)
                .withValidator(new StringLengthValidator(getTranslation("field.TOO_LONG", AgreementService.TEXT_MAX),
                        0, AgreementService.TEXT_MAX))
                .bind(d -> d.description, (d, v) -> d.description = v);
        data.kind = initialKind;
        binder.readBean(data);
        kind.addValueChangeListener(e -> {
            parent.setVisible(showsParent());
            if (e.isFromClient() || e.getOldValue() != null) {
                parentBinding.validate();
                agreement.kindChanged();
            }
        });
        parent.setVisible(showsParent());

        FormLayout fields = new FormLayout(kind, parent, description);
        fields.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32rem", 2));
        fields.setColspan(description, 2);

        H4 indicatorsTitle = new H4(getTranslation("agreementForm.indicators"));
        indicatorsTitle.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Margin.Top.MEDIUM,
                LumoUtility.Margin.Bottom.XSMALL);
        indicatorList.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        addIndicator.setText(getTranslation("agreementForm.addIndicator"));
        addIndicator.setIcon(VaadinIcon.PLUS.create());
        addIndicator.addThemeVariants(ButtonVariant.LUMO_SMALL);
        addIndicator.addClickListener(e -> addIndicatorEditor().description.focus());
        addIndicator.addClassNames(LumoUtility.Margin.Top.SMALL);
        add(head, fields, indicatorsTitle, indicatorList, addIndicator);
    }

    private boolean showsParent() {
        return !candidates.isEmpty() && kind.getValue() == RowKind.MAIN;
    }

    IndicatorEditor addIndicatorEditor() {
        IndicatorEditor ind = new IndicatorEditor(this::removeIndicator);
        indicators.add(ind);
        indicatorList.add(ind);
        refreshIndicators();
        return ind;
    }

    void removeIndicator(IndicatorEditor ind) {
        indicators.remove(ind);
        indicatorList.remove(ind);
        refreshIndicators();
    }

    private void refreshIndicators() {
        int n = rowNumber();
        for (int j = 0; j < indicators.size(); j++) {
            indicators.get(j).number(n, j + 1);
            indicators.get(j).remove.setEnabled(indicators.size() > 1);
        }
        addIndicator.setEnabled(indicators.size() < AgreementService.MAX_INDICATORS);
    }

    private int rowNumber() {
        return agreement.numberOf(this);
    }

    void number(int n) {
        title.setText(getTranslation("agreementForm.row", n));
        String p = "row-" + n;
        setId(p);
        kind.setId(p + "-kind");
        parent.setId(p + "-parent");
        description.setId(p + "-description");
        remove.setId(p + "-remove");
        addIndicator.setId(p + "-add-indicator");
        refreshIndicators();
    }

    boolean isBlank() {
        String text = description.getValue();
        return (text == null || text.isBlank()) && indicators.stream().allMatch(IndicatorEditor::isBlank);
    }
}
