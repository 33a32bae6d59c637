package id.kinerjaflow.cycle.ui;

import id.kinerjaflow.base.OrganisationZone;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import id.kinerjaflow.base.BusinessRuleException;
import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.base.ui.Notifications;
import id.kinerjaflow.cycle.AppraisalCycle;
import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.cycle.CycleSettings;
import id.kinerjaflow.cycle.ScopeUnit;
import id.kinerjaflow.org.OrgUnit;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;

/**
 * Create or edit a draft cycle: name, year, the units it appraises (each with its sub-units or
 * alone), the dates and durations the processes read. The dates are checked in order as the user
 * types; the service checks everything again and its refusal is shown next to the field it
 * concerns. Dates are days in the installation's zone: the agreement deadline ends with its day,
 * the review phase and the calibration begin with theirs.
 */
class CycleEditor extends Dialog {

    /** What the form edits. */
    static final class Form {
        String name;
        Integer year;
        LocalDate agreementDeadline;
        LocalDate reviewPhaseStart;
        LocalDate calibrationDate;
        Integer peerFeedbackDays = CycleSettings.DEFAULT_PEER_FEEDBACK_DAYS;
        Integer appealWindowDays = CycleSettings.DEFAULT_APPEAL_WINDOW_DAYS;
        Set<OrgUnit> units = new LinkedHashSet<>();
        boolean withSubUnits = true;
    }

    final TextField name = new TextField();
    final IntegerField year = new IntegerField();
    final MultiSelectComboBox<OrgUnit> units = new MultiSelectComboBox<>();
    final Checkbox withSubUnits = new Checkbox();
    final DatePicker agreementDeadline = new DatePicker();
    final DatePicker reviewPhaseStart = new DatePicker();
    final DatePicker calibrationDate = new DatePicker();
    final IntegerField peerFeedbackDays = new IntegerField();
    final IntegerField appealWindowDays = new IntegerField();
    final Button save = new Button();
    private final Binder<Form> binder = new Binder<>();
    private final Form form = new Form();
    private final CycleService cycles;
    private final AppraisalCycle cycle;
    private final Consumer<AppraisalCycle> saved;
    /** The name the form proposed, while the user has not typed another. */
    private String proposed;

    CycleEditor(CycleService cycles, List<OrgUnit> allUnits, AppraisalCycle cycle, LocalDate today,
                Consumer<AppraisalCycle> saved) {
        this.cycles = cycles;
        this.cycle = cycle;
        this.saved = saved;
        setId("cycle-editor");
        setHeaderTitle(getTranslation(cycle == null ? "cycle.new" : "cycle.edit"));
        setWidth("min(720px, 100vw)");

        name.setLabel(getTranslation("cycle.name"));
        name.setId("cycle-name");
        name.setMaxLength(200);
        year.setLabel(getTranslation("cycle.year"));
        year.setId("cycle-year");
        year.setStepButtonsVisible(true);
        units.setLabel(getTranslation("cycle.units"));
        units.setId("cycle-units");
        units.setHelperText(getTranslation("cycle.units.help"));
        units.setItems(allUnits.stream().sorted(Comparator.comparing(OrgUnit::getName)).toList());
        units.setItemLabelGenerator(OrgUnit::getName);
        withSubUnits.setLabel(getTranslation("cycle.withSubUnits"));
        withSubUnits.setId("cycle-with-sub-units");
        agreementDeadline.setLabel(getTranslation("cycle.col.agreementDeadline"));
        agreementDeadline.setId("cycle-agreement-deadline");
        reviewPhaseStart.setLabel(getTranslation("cycle.col.reviewStart"));
        reviewPhaseStart.setId("cycle-review-start");
        calibrationDate.setLabel(getTranslation("cycle.col.calibration"));
        calibrationDate.setId("cycle-calibration-date");
        peerFeedbackDays.setLabel(getTranslation("cycle.peerFeedbackDays"));
        peerFeedbackDays.setId("cycle-peer-days");
        peerFeedbackDays.setSuffixComponent(new Span(getTranslation("cycle.days")));
        appealWindowDays.setLabel(getTranslation("cycle.appealWindowDays"));
        appealWindowDays.setId("cycle-appeal-days");
        appealWindowDays.setHelperText(getTranslation("cycle.appealWindowDays.help"));
        appealWindowDays.setSuffixComponent(new Span(getTranslation("cycle.days")));

        FormLayout layout = new FormLayout(name, year, units, withSubUnits, agreementDeadline, reviewPhaseStart,
                calibrationDate, peerFeedbackDays, appealWindowDays);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
        layout.setColspan(name, 1);
        layout.setColspan(units, 2);
        layout.setColspan(withSubUnits, 2);
        add(layout);

        bind();
        if (cycle == null) {
            form.year = cycles.proposedYear(today);
            form.name = proposedName(form.year);
            proposed = form.name;
            form.agreementDeadline = today.plusDays(30);
            form.reviewPhaseStart = today.plusDays(60);
            form.calibrationDate = today.plusDays(90);
        } else {
            load(cycle, allUnits);
        }
        binder.readBean(form);
        // while the name is the one proposed, it follows the year
        year.addValueChangeListener(e -> {
            if (proposed != null && proposed.equals(name.getValue()) && e.getValue() != null
                    && e.getValue() >= 2000 && e.getValue() <= 2100) {
                proposed = proposedName(e.getValue());
                name.setValue(proposed);
            }
        });

        save.setText(getTranslation("action.save"));
        save.setId("cycle-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    /** "Penilaian Kinerja Tahunan 2027", or with "(2)", "(3)" when a cycle has that name already. */
    String proposedName(int forYear) {
        String base = getTranslation("cycle.defaultName", forYear);
        String candidate = base;
        for (int n = 2; cycles.nameTaken(candidate, null) && n < 100; n++) {
            candidate = base + " (" + n + ")";
        }
        return candidate;
    }

    private void load(AppraisalCycle c, List<OrgUnit> allUnits) {
        Map<Long, OrgUnit> byId = allUnits.stream().collect(Collectors.toMap(OrgUnit::getId, u -> u));
        form.name = c.getName();
        form.year = c.getYear();
        form.agreementDeadline = c.getAgreementDeadline().atZone(OrganisationZone.current()).toLocalDate();
        form.reviewPhaseStart = c.getReviewPhaseStart().atZone(OrganisationZone.current()).toLocalDate();
        form.calibrationDate = c.getCalibrationDate().atZone(OrganisationZone.current()).toLocalDate();
        form.peerFeedbackDays = c.getPeerFeedbackDays();
        form.appealWindowDays = c.getAppealWindowDays();
        c.getScope().forEach(s -> {
            if (byId.containsKey(s.getUnitId())) {
                form.units.add(byId.get(s.getUnitId()));
            }
        });
        form.withSubUnits = c.getScope().isEmpty() || c.getScope().stream().allMatch(ScopeUnit::isWithSubUnits);
    }

    private void bind() {
        String required = getTranslation("field.REQUIRED");
        binder.forField(name).asRequired(required)
                .withValidator(v -> !cycles.nameTaken(v.strip(), cycle == null ? null : cycle.getId()),
                        getTranslation("cycle.NAME_TAKEN.field"))
                .bind(f -> f.name, (f, v) -> f.name = v);
        binder.forField(year).asRequired(required)
                .withValidator(y -> y >= 2000 && y <= 2100, getTranslation("cycle.YEAR_INVALID"))
                .bind(f -> f.year, (f, v) -> f.year = v);
        binder.forField(units).asRequired(getTranslation("cycle.units.required"))
                .bind(f -> f.units, (f, v) -> f.units = new LinkedHashSet<>(v));
        binder.forField(withSubUnits).bind(f -> f.withSubUnits, (f, v) -> f.withSubUnits = v);
        binder.forField(agreementDeadline).asRequired(required)
                .bind(f -> f.agreementDeadline, (f, v) -> f.agreementDeadline = v);
        binder.forField(reviewPhaseStart).asRequired(required)
                .withValidator((v, ctx) -> v == null || agreementDeadline.getValue() == null
                        || v.isAfter(agreementDeadline.getValue()) ? ValidationResult.ok()
                        : ValidationResult.error(getTranslation("cycle.REVIEW_BEFORE_AGREEMENT_DEADLINE")))
                .bind(f -> f.reviewPhaseStart, (f, v) -> f.reviewPhaseStart = v);
        binder.forField(calibrationDate).asRequired(required)
                .withValidator((v, ctx) -> v == null || reviewPhaseStart.getValue() == null
                        || v.isAfter(reviewPhaseStart.getValue()) ? ValidationResult.ok()
                        : ValidationResult.error(getTranslation("cycle.CALIBRATION_BEFORE_REVIEW")))
                .bind(f -> f.calibrationDate, (f, v) -> f.calibrationDate = v);
        binder.forField(peerFeedbackDays).asRequired(required)
                .withValidator(d -> d >= 1 && d <= 60, getTranslation("cycle.PEER_FEEDBACK_DAYS_INVALID"))
                .bind(f -> f.peerFeedbackDays, (f, v) -> f.peerFeedbackDays = v);
        binder.forField(appealWindowDays).asRequired(required)
                .withValidator(d -> d >= 1 && d <= 90, getTranslation("cycle.APPEAL_WINDOW_INVALID"))
                .bind(f -> f.appealWindowDays, (f, v) -> f.appealWindowDays = v);
        agreementDeadline.addValueChangeListener(e -> binder.validate());
        reviewPhaseStart.addValueChangeListener(e -> binder.validate());
    }

    void save() {
        if (!binder.writeBeanIfValid(form)) {
            Notifications.error(getTranslation("form.fixErrors"));
            return;
        }
        CycleSettings settings = new CycleSettings(form.year, form.name.strip(),
                endOfDay(form.agreementDeadline), startOfDay(form.reviewPhaseStart), form.peerFeedbackDays,
                startOfDay(form.calibrationDate), form.appealWindowDays,
                form.units.stream().map(u -> new ScopeUnit(u.getId(), form.withSubUnits)).toList());
        try {
            AppraisalCycle result = cycle == null ? cycles.create(settings)
                    : cycles.update(cycle.getId(), cycle.getVersion(), settings);
            Notifications.success(getTranslation("cycle.saved", result.getName()));
            close();
            saved.accept(result);
        } catch (BusinessRuleException e) {
            showNextToField(e);
        }
    }

    /** A refusal of the service shows at the field it concerns, or as a notification. */
    private void showNextToField(BusinessRuleException e) {
        String text = FormKit.text(e);
        switch (e.code()) {
            case "cycle.REVIEW_BEFORE_AGREEMENT_DEADLINE" -> invalid(reviewPhaseStart, text);
            case "cycle.CALIBRATION_BEFORE_REVIEW" -> invalid(calibrationDate, text);
            case "cycle.YEAR_INVALID" -> invalid(year, text);
            case "cycle.NAME_REQUIRED", "cycle.NAME_TAKEN" -> invalid(name, text);
            case "cycle.SCOPE_UNIT_UNKNOWN", "cycle.SCOPE_UNIT_TWICE" -> invalid(units, text);
            default -> Notifications.error(text);
        }
    }

    private static void invalid(HasValidation field, String text) {
        field.setErrorMessage(text);
        field.setInvalid(true);
    }

    private static Instant startOfDay(LocalDate day) {
        return OrganisationZone.startOfDay(day);
    }

    private static Instant endOfDay(LocalDate day) {
        return OrganisationZone.endOfDay(day);
    }
}
