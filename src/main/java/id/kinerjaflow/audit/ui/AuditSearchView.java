package id.kinerjaflow.audit.ui;

import java.nio.charset.StandardCharsets;
import java.util.List;

import id.kinerjaflow.audit.AuditSearch;
import id.kinerjaflow.audit.AuditTrail;
import id.kinerjaflow.audit.AuditSearch.Criteria;
import id.kinerjaflow.audit.AuditSearch.Row;
import id.kinerjaflow.audit.AuditTexts;
import id.kinerjaflow.audit.TrailVerification;
import id.kinerjaflow.base.Csv;
import id.kinerjaflow.cycle.AppraisalCycle;
import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.org.OrgUnit;
import id.kinerjaflow.org.OrganisationService;
import id.kinerjaflow.rating.PerformanceRating;
import id.kinerjaflow.security.Roles;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;

/**
 * Audit: find any appraisal by employee, unit, cycle, final rating, whether calibration changed it,
 * whether it was appealed, whether it ran late at some stage, and what happened between two dates;
 * a lazy grid (one query per page) and the result as CSV; a row opens the appraisal's history
 * ({@link AppraisalTimelineView}). Nothing here changes anything.
 */
@Route("audit")
@RolesAllowed({Roles.AUDITOR, Roles.HR, Roles.ADMIN})
@Menu(order = 60, icon = "vaadin:search", title = "nav.audit")
public class AuditSearchView extends VerticalLayout implements HasDynamicTitle {

    private static final int VERIFY_POLL_MILLIS = 1000;

    private final AuditSearch search;

    final TextField text = new TextField();
    final ComboBox<OrgUnit> unit = new ComboBox<>();
    final ComboBox<AppraisalCycle> cycle = new ComboBox<>();
    final ComboBox<PerformanceRating> rating = new ComboBox<>();
    final Checkbox changed = new Checkbox();
    final Checkbox appealed = new Checkbox();
    final Checkbox overdue = new Checkbox();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<Row> grid = new Grid<>();
    final Span total = new Span();
    final Anchor export;
    private final ConfigurableFilterDataProvider<Row, Void, Criteria> data;

    final Button verify = new Button();
    final ProgressBar verifyBar = new ProgressBar();
    final Span verification = new Span();
    private final TrailVerification verifications;
    /** The check shown while it runs; null when none runs. */
    TrailVerification.Run running;
    private Registration poll;

    AuditSearchView(AuditSearch search, OrganisationService organisation, CycleService cycles,
                    TrailVerification verifications) {
        this.search = search;
        this.verifications = verifications;
        setPadding(true);
        setSizeFull();
        H2 title = new H2(getTranslation("audit.title"));
        title.addClassNames(LumoUtility.Margin.Vertical.NONE, LumoUtility.FontSize.XLARGE);

        text.setId("audit-text");
        text.setPlaceholder(getTranslation("audit.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(60);
        unit.setId("audit-unit");
        unit.setPlaceholder(getTranslation("audit.unit"));
        unit.setItems(organisation.units());
        unit.setItemLabelGenerator(OrgUnit::getName);
        cycle.setId("audit-cycle");
        cycle.setPlaceholder(getTranslation("audit.cycle"));
        cycle.setItems(cycles.cycles());
        cycle.setItemLabelGenerator(AppraisalCycle::getName);
        rating.setId("audit-rating");
        rating.setPlaceholder(getTranslation("audit.rating"));
        rating.setItems(PerformanceRating.values());
        rating.setItemLabelGenerator(r -> getTranslation("performanceRating." + r.name()));
        changed.setId("audit-changed");
        changed.setLabel(getTranslation("audit.changed"));
        appealed.setId("audit-appealed");
        appealed.setLabel(getTranslation("audit.appealed"));
        overdue.setId("audit-overdue");
        overdue.setLabel(getTranslation("audit.overdue"));
        from.setId("audit-from");
        from.setPlaceholder(getTranslation("audit.from"));
        to.setId("audit-to");
        to.setPlaceholder(getTranslation("audit.to"));
        for (var field : List.of(unit, cycle, rating)) {
            field.setClearButtonVisible(true);
        }
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        text.addValueChangeListener(e -> refresh());
        unit.addValueChangeListener(e -> refresh());
        cycle.addValueChangeListener(e -> refresh());
        rating.addValueChangeListener(e -> refresh());
        changed.addValueChangeListener(e -> refresh());
        appealed.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        HorizontalLayout fields = new HorizontalLayout(text, unit, cycle, rating, from, to);
        HorizontalLayout flags = new HorizontalLayout(changed, appealed, overdue);
        for (HorizontalLayout bar : List.of(fields, flags)) {
            bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            bar.addClassNames(LumoUtility.FlexWrap.WRAP);
            bar.setWidthFull();
        }

        CallbackDataProvider<Row, Criteria> provider = DataProvider.fromFilteringCallbacks(
                q -> search.page(q.getFilter().orElse(Criteria.any()), q.getOffset(), q.getLimit()).stream(),
                q -> (int) search.count(q.getFilter().orElse(Criteria.any())));
        data = provider.withConfigurableFilter();
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(50);
        grid.addColumn(r -> r.employeeName() + " (" + r.nip() + ")").setHeader(getTranslation("audit.col.employee"))
                .setFlexGrow(3).setKey("employee");
        grid.addColumn(Row::unitName).setHeader(getTranslation("audit.col.unit")).setFlexGrow(2).setKey("unit");
        grid.addColumn(Row::cycleName).setHeader(getTranslation("audit.col.cycle")).setFlexGrow(1).setKey("cycle");
        grid.addColumn(r -> getTranslation("stage." + r.stage())).setHeader(getTranslation("audit.col.stage"))
                .setFlexGrow(1).setKey("stage");
        grid.addColumn(r -> r.finalRating() == null ? "" : getTranslation("performanceRating." + r.finalRating()))
                .setHeader(getTranslation("audit.col.rating")).setFlexGrow(1).setKey("rating");
        grid.addColumn(this::flags).setHeader(getTranslation("audit.col.flags")).setFlexGrow(2).setKey("flags");
        grid.setItems(data);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.addColumn(new ComponentRenderer<>(r -> {
            RouterLink link = new RouterLink(getTranslation("audit.open"), AppraisalTimelineView.class,
                    new RouteParameters("appraisalId", r.appraisalId().toString()));
            link.setId("audit-open-" + r.appraisalId());
            return link;
        })).setHeader("").setKey("open").setAutoWidth(true).setFlexGrow(0);

        export = new Anchor((DownloadHandler) event -> {
            byte[] csv = csv();
            event.setFileName("audit-penilaian.csv");
            event.setContentType("text/csv;charset=UTF-8");
            event.setContentLength(csv.length);
            event.getOutputStream().write(csv);
        }, getTranslation("audit.export"));
        export.setId("audit-export");
        total.setId("audit-total");
        total.addClassNames(LumoUtility.TextColor.SECONDARY);
        // the trail's hash chain checked on demand, in the background with its progress shown (the
        // scheduled check does it every night too)
        verification.setId("audit-verify-result");
        verifyBar.setId("audit-verify-progress");
        verifyBar.setWidth("10rem");
        verifyBar.setVisible(false);
        verify.setText(getTranslation("audit.verify"));
        verify.setIcon(VaadinIcon.SHIELD.create());
        verify.addClickListener(e -> startVerification());
        verify.setId("audit-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout summary = new HorizontalLayout(total, export, verify, verifyBar, verification);
        summary.setAlignItems(FlexComponent.Alignment.CENTER);
        summary.addClassNames(LumoUtility.FlexWrap.WRAP);

        add(title, fields, flags, summary, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    /** Starts the check of the trail (or joins the one running) and shows its progress. */
    void startVerification() {
        running = verifications.start();
        verify.setEnabled(false);
        showVerification();
    }

    /** The check's progress while it runs, polled every second; then its result. */
    void showVerification() {
        TrailVerification.Run run = running;
        if (run == null) {
            return;
        }
        var themes = verification.getElement().getThemeList();
        themes.set("badge", true);
        if (!run.done()) {
            verifyBar.setVisible(true);
            verifyBar.setValue(run.total() == 0 ? 0 : Math.min(1, (double) run.checked() / run.total()));
            verification.setText(getTranslation("audit.verify.running",
                    String.format(getLocale(), "%,d", run.checked()), String.format(getLocale(), "%,d", run.total())));
            themes.set("success", false);
            themes.set("error", false);
            getUI().ifPresent(ui -> ui.setPollInterval(VERIFY_POLL_MILLIS));
            return;
        }
        running = null;
        verifyBar.setVisible(false);
        verify.setEnabled(true);
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        AuditTrail.Verification v = run.verification().orElse(null);
        if (v == null) {
            verification.setText(getTranslation("audit.verify.failed"));
        } else {
            verification.setText(AuditTexts.verification(v, getLocale()));
        }
        themes.set("success", v != null && v.intact());
        themes.set("contrast", v != null && v.nothingToCheck());
        themes.set("error", v == null || v.problem() != null);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        poll = event.getUI().addPollListener(e -> showVerification());
        if (running != null) {
            showVerification();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        event.getUI().setPollInterval(-1);
    }

    /** Opens the appraisal's history (a click on its row, or its link). */
    void open(Row r) {
        getUI().ifPresent(ui -> ui.navigate(AppraisalTimelineView.class,
                new RouteParameters("appraisalId", r.appraisalId().toString())));
    }

    Criteria criteria() {
        return new Criteria(text.getValue(), unit.getValue() == null ? null : unit.getValue().getId(),
                cycle.getValue() == null ? null : cycle.getValue().getId(),
                rating.getValue() == null ? null : rating.getValue().name(), changed.getValue(), appealed.getValue(),
                overdue.getValue(), from.getValue(), to.getValue());
    }

    private void refresh() {
        Criteria c = criteria();
        data.setFilter(c);
        total.setText(getTranslation("audit.total", search.count(c)));
    }

    private String flags(Row r) {
        StringBuilder s = new StringBuilder();
        if (r.changedByCalibration()) {
            s.append(getTranslation("audit.flag.changed"));
        }
        if (r.appealed()) {
            s.append(s.isEmpty() ? "" : ", ").append(getTranslation("audit.flag.appealed"));
        }
        if (r.overdue()) {
            s.append(s.isEmpty() ? "" : ", ").append(getTranslation("audit.flag.overdue"));
        }
        return s.toString();
    }

    /** The whole result as CSV (UTF-8 with a byte order mark, every field quoted). */
    byte[] csv() {
        List<Row> rows = search.page(criteria(), 0, AuditSearch.EXPORT_MAX);
        StringBuilder csv = new StringBuilder(Csv.BOM);
        Csv.line(csv, getTranslation("audit.col.appraisal"), getTranslation("audit.col.name"), "NIP",
                getTranslation("audit.col.unit"), getTranslation("audit.col.cycle"), getTranslation("audit.col.stage"),
                getTranslation("audit.col.rating"), getTranslation("audit.flag.changed"),
                getTranslation("audit.flag.appealed"), getTranslation("audit.flag.overdue"));
        for (Row r : rows) {
            Csv.line(csv, r.appraisalId().toString(), r.employeeName(), r.nip(), r.unitName(), r.cycleName(),
                    getTranslation("stage." + r.stage()),
                    r.finalRating() == null ? "" : getTranslation("performanceRating." + r.finalRating()),
                    yesNo(r.changedByCalibration()), yesNo(r.appealed()), yesNo(r.overdue()));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String yesNo(boolean b) {
        return getTranslation(b ? "audit.yes" : "audit.no");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit") + " | " + getTranslation("app.name");
    }
}
