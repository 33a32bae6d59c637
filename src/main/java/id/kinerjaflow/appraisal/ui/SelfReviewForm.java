package id.kinerjaflow.appraisal.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import id.kinerjaflow.appraisal.AgreementRow;
import id.kinerjaflow.appraisal.Appraisal;
import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.appraisal.AppraisalService.EvidenceFile;
import id.kinerjaflow.appraisal.Indicator;
import id.kinerjaflow.appraisal.SelfReviewService;
import id.kinerjaflow.appraisal.SelfReviewService.SelfReview;
import id.kinerjaflow.base.ui.FieldErrors;
import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.base.ui.Notifications;
import id.kinerjaflow.base.ui.TaskForm.TaskContext;
import id.kinerjaflow.feedback.FeedbackService;
import id.kinerjaflow.org.Employee;
import id.kinerjaflow.org.OrganisationService;
import id.kinerjaflow.org.OrganisationService.EmployeeQuery;
import id.kinerjaflow.rating.CoreValue;
import id.kinerjaflow.security.AppUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.springframework.data.domain.Sort;

/**
 * The self-review (penilaian diri): the actual of every indicator of the approved agreement, the
 * evidence files, a reflection on each core value, and the colleagues asked for peer feedback.
 * A draft keeps all of it; actuals and reflections are required only when submitting.
 */
public class SelfReviewForm extends VerticalLayout {

    /** How many colleagues the peer chooser lists for one search (same unit first). */
    static final int CANDIDATES = 100;
    static final int REFLECTION_MAX = 2000;
    static final BigDecimal ACTUAL_MAX = BigDecimal.valueOf(1_000_000_000L);

    /** A colleague who may be asked for feedback, as the chooser shows them. */
    record Colleague(Long id, String name, String nip, String unitName) {
        static Colleague of(Employee e) {
            return new Colleague(e.getId(), e.getName(), e.getNip(), e.getUnit().getName());
        }
    }

    /** What the binder reads and writes: the form's values, by indicator id and core value. */
    static final class Values {
        final Map<Long, BigDecimal> actuals = new HashMap<>();
        final Map<CoreValue, String> reflections = new EnumMap<>(CoreValue.class);
        Set<Colleague> peers = new LinkedHashSet<>();
    }

    private final TaskContext task;
    private final Long appraisalId;
    private final SelfReviewService selfReviews;
    private final AppraisalService appraisals;
    private final OrganisationService organisation;
    private final Employee employee;
    private final Long appraiserId;
    private final Values values = new Values();
    private final Binder<Values> binder = new Binder<>();
    /** Actuals and reflections are required only when submitting, not for a draft. */
    private boolean submitting;
    private final Map<Long, String> indicatorLabels = new LinkedHashMap<>();

    final Map<Long, BigDecimalField> actuals = new LinkedHashMap<>();
    final Map<CoreValue, TextArea> reflections = new EnumMap<>(CoreValue.class);
    final MultiSelectComboBox<Colleague> peers = new MultiSelectComboBox<>();
    final EvidenceSection evidence;
    final ComboBox<EvidenceSection.IndicatorChoice> evidenceFor;
    final Upload upload;
    final Div evidenceList;
    final Span evidenceUsed;
    final Span status = new Span();
    final Button saveDraft;
    final Button submit;

    SelfReviewForm(TaskContext task, SelfReviewService selfReviews, AppraisalService appraisals,
                   OrganisationService organisation, AppUser user) {
        this.task = task;
        this.appraisalId = task.appraisalId();
        this.selfReviews = selfReviews;
        this.appraisals = appraisals;
        this.organisation = organisation;
        Appraisal appraisal = appraisals.appraisal(appraisalId, user);
        this.employee = appraisal.getEmployee();
        this.appraiserId = appraisal.getAppraiser() == null ? null : appraisal.getAppraiser().getId();
        setPadding(false);
        setWidthFull();
        addClassName("kf-self-review");

        List<AgreementRow> rows = appraisals.rows(appraisalId);
        add(results(rows));
        evidence = new EvidenceSection(appraisalId, selfReviews, appraisals, indicatorLabels);
        upload = evidence.upload;
        evidenceFor = evidence.evidenceFor;
        evidenceList = evidence.list;
        evidenceUsed = evidence.used;
        add(evidence);
        add(reflectionsSection());
        add(peersSection());

        saveDraft = FormKit.secondary(getTranslation("task.saveDraft"), this::saveDraft);
        saveDraft.setId("save-draft");
        submit = FormKit.primary(getTranslation("selfReviewForm.submit"), this::submit);
        submit.setId("submit");
        status.setId("draft-status");
        add(FormKit.actions(status, saveDraft, submit));

        resume();
    }

    // ---- results: the actual per indicator ---------------------------------------------------------

    private Div results(List<AgreementRow> rows) {
        Div section = FormKit.section(getTranslation("selfReviewForm.results"),
                FormKit.hint(getTranslation("selfReviewForm.resultsHint")));
        section.setId("results");
        int n = 0;
        for (AgreementRow row : rows) {
            n++;
            Div card = new Div();
            card.addClassNames(LumoUtility.Border.TOP, LumoUtility.BorderColor.CONTRAST_10,
                    LumoUtility.Padding.Top.SMALL, LumoUtility.Margin.Top.MEDIUM);
            Span title = new Span(getTranslation("selfReviewForm.row", n, getTranslation("rowKind." + row.getKind())));
            title.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY,
                    LumoUtility.FontWeight.SEMIBOLD);
            Paragraph description = new Paragraph(row.getDescription());
            description.addClassNames(LumoUtility.Margin.Vertical.XSMALL, LumoUtility.FontWeight.MEDIUM);
            card.add(new Div(title), description);
            int m = 0;
            for (Indicator indicator : row.getIndicators()) {
                m++;
                indicatorLabels.put(indicator.getId(), n + "." + m + " " + indicator.getDescription());
                card.add(indicatorLine(indicator));
            }
            section.add(card);
        }
        return section;
    }

    private FlexLayout indicatorLine(Indicator indicator) {
        Span name = new Span(indicator.getDescription());
        Span facts = new Span(getTranslation("selfReviewForm.target") + ": " + number(indicator.getTargetValue()) + " "
                + indicator.getUnitLabel() + " \u00b7 " + getTranslation("selfReviewForm.aspect") + ": "
                + getTranslation("aspect." + indicator.getAspect()));
        facts.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Div info = new Div(new Div(name), new Div(facts));
        info.getStyle().set("flex", "1 1 16rem");

        BigDecimalField field = new BigDecimalField(getTranslation("selfReviewForm.actual"));
        field.setId("actual-" + indicator.getId());
        field.setSuffixComponent(new Span(indicator.getUnitLabel()));
        field.setRequiredIndicatorVisible(true);
        field.getStyle().set("flex", "0 1 14rem");
        field.setMinWidth("10rem");
        Long id = indicator.getId();
        binder.forField(field)
                .withValidator(v -> !submitting || v != null, getTranslation("field.REQUIRED"))
                .withValidator(v -> v == null || (v.signum() >= 0 && v.compareTo(ACTUAL_MAX) <= 0),
                        getTranslation("selfReviewForm.actualRange"))
                .bind(v -> v.actuals.get(id), (v, value) -> {
                    if (value == null) {
                        v.actuals.remove(id);
                    } else {
                        v.actuals.put(id, value);
                    }
                });
        actuals.put(id, field);

        FlexLayout line = new FlexLayout(info, field);
        line.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        line.setAlignItems(FlexComponent.Alignment.END);
        line.addClassNames(LumoUtility.Gap.Column.MEDIUM, LumoUtility.Gap.Row.XSMALL, LumoUtility.Padding.Vertical.XSMALL);
        line.setWidthFull();
        return line;
    }

    // ---- reflections and peers ---------------------------------------------------------------------

    private Div reflectionsSection() {
        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        for (CoreValue value : CoreValue.values()) {
            TextArea area = new TextArea(getTranslation("coreValue." + value));
            area.setId("reflection-" + value);
            area.setHelperText(getTranslation("coreValue." + value + ".help"));
            area.setMaxLength(REFLECTION_MAX);
            area.setMinHeight("6rem");
            area.setRequiredIndicatorVisible(true);
            binder.forField(area)
                    .withValidator(v -> !submitting || !v.isBlank(), getTranslation("field.REQUIRED"))
                    .withValidator(v -> v.length() <= REFLECTION_MAX, getTranslation("field.TOO_LONG", REFLECTION_MAX))
                    .bind(v -> v.reflections.getOrDefault(value, ""), (v, text) -> {
                        if (text == null || text.isBlank()) {
                            v.reflections.remove(value);
                        } else {
                            v.reflections.put(value, text);
                        }
                    });
            reflections.put(value, area);
            layout.add(area);
        }
        Div section = FormKit.section(getTranslation("selfReviewForm.reflections"),
                new Div(FormKit.hint(getTranslation("selfReviewForm.reflectionsHint"))), layout);
        section.setId("reflections");
        return section;
    }

    private Div peersSection() {
        peers.setId("peers");
        peers.setLabel(getTranslation("selfReviewForm.peersLabel"));
        peers.setHelperText(getTranslation("selfReviewForm.peersHelp", FeedbackService.MAX_PEERS));
        peers.setItemLabelGenerator(c -> c.name() + " \u00b7 " + c.unitName());
        peers.setItems(this::candidates);
        peers.setWidthFull();
        peers.setMaxWidth("40rem");
        binder.forField(peers)
                .withValidator(s -> s.size() <= FeedbackService.MAX_PEERS,
                        getTranslation("feedback.TOO_MANY_PEERS", FeedbackService.MAX_PEERS))
                .bind(v -> v.peers, (v, chosen) -> v.peers = new LinkedHashSet<>(chosen));
        Div section = FormKit.section(getTranslation("selfReviewForm.peers"),
                new Div(FormKit.hint(getTranslation("selfReviewForm.peersHint"))), peers);
        section.setId("peer-nomination");
        return section;
    }

    /** Colleagues to choose from: the own unit first, then the rest of the organisation; never self or appraiser. */
    Stream<Colleague> candidates(Query<Colleague, String> query) {
        String text = query.getFilter().orElse("").strip();
        Map<Long, Colleague> found = new LinkedHashMap<>();
        Sort byName = Sort.by("name");
        Stream.concat(
                organisation.searchEmployees(new EmployeeQuery(employee.getUnit().getId(), text), 0, CANDIDATES, byName)
                        .stream(),
                organisation.searchEmployees(new EmployeeQuery(null, text), 0, CANDIDATES, byName).stream())
                .filter(e -> e.isActive() && !e.getId().equals(employee.getId()) && !e.getId().equals(appraiserId))
                .forEach(e -> found.putIfAbsent(e.getId(), Colleague.of(e)));
        return found.values().stream().skip(query.getOffset()).limit(query.getLimit());
    }

    // ---- draft and submit --------------------------------------------------------------------------

    private void resume() {
        SelfReviewService.Draft draft = selfReviews.draft(appraisalId);
        values.actuals.putAll(draft.review().actuals());
        values.reflections.putAll(draft.review().reflections());
        for (Long id : draft.review().peerIds()) {
            organisation.employee(id).map(Colleague::of).ifPresent(values.peers::add);
        }
        binder.readBean(values);
        status.setText(draft.savedAt() == null ? getTranslation("task.notSaved")
                : getTranslation("task.draftResumed", FormKit.dateTime(draft.savedAt())));
    }

    private SelfReview review() {
        return new SelfReview(new HashMap<>(values.actuals), new EnumMap<>(values.reflections),
                values.peers.stream().map(Colleague::id).toList());
    }

    void saveDraft() {
        if (!FieldErrors.write(binder, values)) {
            return;
        }
        FormKit.attempt(() -> {
            Instant at = selfReviews.saveDraft(appraisalId, review());
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
        if (FormKit.attempt(() -> selfReviews.submit(appraisalId, review()))) {
            task.done().run();
        }
    }

    private String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(4);
        return value == null ? "" : format.format(value);
    }
}
