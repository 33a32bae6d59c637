package id.kinerjaflow.monitor.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.kinerjaflow.base.ModelNames;
import id.kinerjaflow.appraisal.Stage;
import id.kinerjaflow.base.BusinessRuleException;
import id.kinerjaflow.base.Csv;
import id.kinerjaflow.base.ui.Chart;
import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.calibration.CalibrationService.Deviation;
import id.kinerjaflow.calibration.ui.CurveText;
import id.kinerjaflow.cycle.AppraisalCycle;
import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.cycle.ui.CycleView;
import id.kinerjaflow.inbox.InboxService.OverdueTask;
import id.kinerjaflow.monitor.CycleDashboardService;
import id.kinerjaflow.monitor.CycleDashboardService.Spread;
import id.kinerjaflow.monitor.CycleDashboardService.Stages;
import id.kinerjaflow.monitor.CycleDashboardService.UnitSpread;
import id.kinerjaflow.monitor.CycleDashboardService.UnitStages;
import id.kinerjaflow.rating.PerformanceRating;
import id.kinerjaflow.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;

/**
 * Dasbor periode: for HR (and the auditor) how a cycle stands, per unit and in total: the
 * appraisals at each stage, the overdue tasks and who holds them (exportable as CSV), and the
 * spread of ratings against the distribution curve. Every chart has a table beside it with the same
 * figures (for screen readers, for print, and to read exact numbers). The figures are read after
 * the first paint, so the page shows that it is loading instead of staying blank.
 */
@Route("periode/:cycleId/dasbor")
@RolesAllowed({Roles.HR, Roles.ADMIN, Roles.AUDITOR})
public class CycleDashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String CYCLE_ID = "cycleId";
    /** How many units the chart of stages per unit shows (the table beside it shows all). */
    static final int TOP_UNITS = 10;
    /** The longest unit name a chart shows in full. */
    static final int LABEL_LENGTH = 28;
    /** Up to this many rows a table shows them all without scrolling. */
    static final int FIT_ROWS = 6;
    /** The stages' colours, in the order of the cycle. */
    static final List<String> STAGE_COLOURS = List.of("#1676f3", "#56b4e9", "#e69f00", "#cc79a7", "#7f6fd1",
            "#b8a400", "#009e73", "#d55e00", "#5f6b7a");
    /** The ratings' colours, from the best to the worst. */
    static final List<String> RATING_COLOURS = List.of("#009e73", "#56b4e9", "#e69f00", "#d55e00", "#a23b3b");

    private final CycleDashboardService dashboard;
    private final CycleService cycles;
    private final CurveText words = new CurveText(this);

    private AppraisalCycle cycle;
    private Stages stages;
    private Spread spread;
    /** The counts the table of stages in total shows (all units, or the chosen one). */
    private Map<Stage, Long> totalCounts = Map.of();
    private long totalAll;

    final H2 title = new H2();
    final Div facts = new Div();
    final ComboBox<UnitStages> unit = new ComboBox<>();
    final ProgressBar loading = new ProgressBar();
    private final Div loadingBox = new Div();
    final Div content = new Div();

    final Chart unitChart = new Chart();
    final Grid<UnitStages> unitGrid = new Grid<>();
    final Chart totalChart = new Chart();
    final Grid<Stage> totalGrid = new Grid<>();
    final Grid<OverdueTask> overdueGrid = new Grid<>();
    final Span overdueCount = new Span();
    final Anchor export;
    final Chart spreadChart = new Chart();
    final Grid<UnitSpread> spreadGrid = new Grid<>();
    final Grid<Deviation> bandGrid = new Grid<>();
    final Span spreadHint = FormKit.hint("");

    public CycleDashboardView(CycleDashboardService dashboard, CycleService cycles) {
        this.dashboard = dashboard;
        this.cycles = cycles;
        setPadding(true);
        setWidthFull();
        addClassName("kf-dashboard");

        RouterLink back = new RouterLink(getTranslation("dashboard.back"), CycleView.class);
        back.addClassNames(LumoUtility.FontSize.SMALL);
        title.setId("dashboard-title");
        title.addClassNames(LumoUtility.Margin.Vertical.NONE, LumoUtility.FontSize.XLARGE);
        facts.setId("dashboard-facts");
        facts.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);

        unit.setId("dashboard-unit");
        unit.setLabel(getTranslation("dashboard.unit"));
        unit.setPlaceholder(getTranslation("dashboard.allUnits"));
        unit.setItemLabelGenerator(UnitStages::unitName);
        unit.setClearButtonVisible(true);
        unit.setWidth("22rem");
        unit.getStyle().set("max-width", "100%");
        unit.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != e.getOldValue()) {
                refresh();
            }
        });

        loading.setId("dashboard-loading");
        loading.setIndeterminate(true);
        Span loadingText = FormKit.hint(getTranslation("dashboard.loading"));
        loadingBox.add(loadingText, loading);
        loadingBox.setWidthFull();
        loading.getElement().setAttribute("aria-label", getTranslation("dashboard.loading"));

        export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = overdueCsv().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), csvFileName(), "text/csv;charset=UTF-8",
                    bytes.length);
        }), getTranslation("dashboard.overdue.export"));
        export.setId("overdue-export");
        export.getElement().setAttribute("download", true);

        content.setId("dashboard-content");
        content.setWidthFull();
        content.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        content.setVisible(false);
        configureGrids();
        add(back, title, facts, unit, loadingBox, content);
        loadingBox.setId("dashboard-loading-box");
        content.add(stagesPerUnitSection(), stagesInTotalSection(), overdueSection(), spreadSection());
    }

    /** The address of a cycle's dashboard, for links from other views. */
    public static RouteParameters location(Long cycleId) {
        return new RouteParameters(CYCLE_ID, String.valueOf(cycleId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().get(CYCLE_ID).flatMap(CycleDashboardView::asId);
        Optional<AppraisalCycle> found = id.flatMap(this::findCycle);
        if (found.isEmpty()) {
            event.forwardTo(CycleView.class);
            return;
        }
        cycle = found.get();
        title.setText(getTranslation("dashboard.title", cycle.getName()));
        loadingBox.setVisible(true);
        content.setVisible(false);
        // the figures come in a second round trip, after the page with its progress bar is shown
        getElement().executeJs("return null").then(ignored -> load());
    }

    private Optional<AppraisalCycle> findCycle(Long id) {
        try {
            return Optional.of(cycles.cycle(id));
        } catch (BusinessRuleException | jakarta.persistence.EntityNotFoundException
                 | java.util.NoSuchElementException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> asId(String text) {
        try {
            return Optional.of(Long.valueOf(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Reads the figures of the cycle and shows them. */
    void load() {
        stages = dashboard.stages(cycle.getId());
        spread = dashboard.spread(cycle.getId());
        facts.removeAll();
        facts.add(FormKit.fact(getTranslation("dashboard.year"), String.valueOf(cycle.getYear())),
                FormKit.fact(getTranslation("dashboard.status"), getTranslation("cycleStatus." + cycle.getStatus())),
                FormKit.fact(getTranslation("dashboard.appraisals"), String.valueOf(stages.appraisals())),
                FormKit.fact(getTranslation("dashboard.units"), String.valueOf(stages.units().size())));
        UnitStages chosen = unit.getValue();
        unit.setItems(stages.units().stream()
                .sorted(java.util.Comparator.comparing(UnitStages::unitName)).toList());
        if (chosen != null) {
            stages.units().stream().filter(u -> u.unitId().equals(chosen.unitId())).findFirst()
                    .ifPresent(unit::setValue);
        }
        refresh();
        loadingBox.setVisible(false);
        content.setVisible(true);
    }

    private Long unitId() {
        return unit.getValue() == null ? null : unit.getValue().unitId();
    }

    /** Shows the figures for the chosen unit, or for all. */
    private void refresh() {
        if (stages == null) {
            return;
        }
        Long unitId = unitId();
        List<UnitStages> units = unitId == null ? stages.units()
                : stages.units().stream().filter(u -> u.unitId().equals(unitId)).toList();
        showStagesPerUnit(units);
        showStagesInTotal(unitId == null ? stages.total() : units.isEmpty() ? Map.of() : units.get(0).counts());
        // a page at a time: at a deadline thousands of tasks can be overdue
        Long cycleId = cycle.getId();
        long overdueTotal = dashboard.countOverdueTasks(cycleId, unitId);
        overdueGrid.setItems(q -> dashboard.overdueTasks(cycleId, unitId, q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, overdueTotal));
        fitHeight(overdueGrid, (int) Math.min(Integer.MAX_VALUE, overdueTotal));
        overdueCount.setText(getTranslation("dashboard.overdue.count", overdueTotal));
        export.setEnabled(overdueTotal > 0);
        showSpread(unitId);
    }

    // ---- stages --------------------------------------------------------------------------------------

    private List<Stage> stagesInUse(Map<Stage, Long> counts) {
        return Arrays.stream(Stage.values()).filter(s -> counts.getOrDefault(s, 0L) > 0).toList();
    }

    private void showStagesPerUnit(List<UnitStages> units) {
        List<UnitStages> top = units.stream().limit(TOP_UNITS).toList();
        Map<Stage, Long> shown = new java.util.EnumMap<>(Stage.class);
        units.forEach(u -> u.counts().forEach((stage, n) -> shown.merge(stage, n, Long::sum)));
        List<Stage> used = stagesInUse(shown);
        unitChart.bars(top.stream().map(u -> shortLabel(u.unitName())).toList(), true).stacked(true);
        for (Stage s : used) {
            unitChart.dataset(Chart.Dataset.of(getTranslation("stage." + s), STAGE_COLOURS.get(s.ordinal()),
                    top.stream().map(u -> u.count(s)).toList()));
        }
        unitChart.setHeight(Math.max(12, 4 + 2.2 * top.size()) + "rem");
        unitChart.ariaLabel(getTranslation("dashboard.stagesPerUnit.aria", top.size())).draw();
        unitGrid.setItems(units);
        fitHeight(unitGrid, units.size());
        for (Stage s : Stage.values()) {
            unitGrid.getColumnByKey("stage-" + s).setVisible(used.contains(s));
        }
    }

    private void showStagesInTotal(Map<Stage, Long> counts) {
        List<Stage> used = stagesInUse(counts);
        totalChart.doughnut(used.stream().map(s -> getTranslation("stage." + s)).toList())
                .dataset(Chart.Dataset.coloured(getTranslation("dashboard.appraisals"),
                        used.stream().map(s -> counts.getOrDefault(s, 0L)).toList(),
                        used.stream().map(s -> STAGE_COLOURS.get(s.ordinal())).toList()))
                .ariaLabel(getTranslation("dashboard.stagesInTotal.aria")).draw();
        long all = counts.values().stream().mapToLong(Long::longValue).sum();
        totalGrid.setItems(used);
        totalGrid.getColumnByKey("count").setFooter(String.valueOf(all));
        totalCounts = counts;
        totalAll = all;
    }

    // ---- spread against the curve --------------------------------------------------------------------

    private void showSpread(Long unitId) {
        List<PerformanceRating> ratings = Arrays.asList(PerformanceRating.values());
        Optional<UnitSpread> one = unitId == null ? Optional.empty()
                : spread.units().stream().filter(u -> u.unitId().equals(unitId)).findFirst();
        if (unitId != null && one.isPresent() && one.get().unitRating() != null) {
            // one unit with its unit rating: each band of its curve, current share against the range allowed
            List<Deviation> bands = one.get().deviations();
            spreadChart.bars(bands.stream().map(d -> words.ratings(d.ratings())).toList(), false)
                    .stacked(false).percentAxis(true)
                    .dataset(Chart.Dataset.of(getTranslation("dashboard.spread.current"), Chart.PRIMARY,
                            bands.stream().map(d -> (Number) CurveText.percent(d.share())).toList()))
                    .dataset(Chart.Dataset.ranges(getTranslation("dashboard.spread.curve"), Chart.SUCCESS_SOFT,
                            bands.stream().map(d -> new Chart.Range(d.minShare() == null ? 0 : CurveText.percent(d.minShare()),
                                    d.maxShare() == null ? 100 : CurveText.percent(d.maxShare()))).toList()));
            spreadHint.setText(getTranslation("dashboard.spread.unitHint",
                    getTranslation("unitRating." + one.get().unitRating().name()), one.get().rated()));
            bandGrid.setItems(bands);
            bandGrid.setVisible(true);
            spreadGrid.setVisible(false);
        } else {
            List<UnitSpread> units = unitId == null ? spread.units() : one.map(List::of).orElse(List.of());
            java.util.function.ToLongFunction<PerformanceRating> count = unitId == null ? spread::count
                    : r -> one.map(u -> u.count(r)).orElse(0L);
            long rated = ratings.stream().mapToLong(count).sum();
            spreadChart.bars(ratings.stream().map(words::rating).toList(), false).stacked(false).percentAxis(true)
                    .dataset(Chart.Dataset.coloured(getTranslation("dashboard.spread.current"),
                            ratings.stream().map(r -> (Number) (rated == 0 ? 0 : Math.round(100.0 * count.applyAsLong(r) / rated)))
                                    .toList(), RATING_COLOURS));
            spreadHint.setText(getTranslation("dashboard.spread.allHint", rated));
            spreadGrid.setItems(units);
            fitHeight(spreadGrid, units.size());
            spreadGrid.setVisible(true);
            bandGrid.setVisible(false);
        }
        spreadChart.legend(unitId != null && one.isPresent() && one.get().unitRating() != null)
                .ariaLabel(getTranslation("dashboard.spread.aria")).draw();
    }

    // ---- the parts ----------------------------------------------------------------------------------

    private void configureGrids() {
        unitGrid.setId("stages-per-unit-grid");
        unitGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        unitGrid.addColumn(UnitStages::unitName).setHeader(getTranslation("dashboard.col.unit")).setKey("unit")
                .setWidth("12rem").setFlexGrow(2).setFrozen(true);
        for (Stage s : Stage.values()) {
            unitGrid.addColumn(u -> u.count(s)).setHeader(getTranslation("stage." + s)).setKey("stage-" + s)
                    .setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(0).setSortable(true);
        }
        unitGrid.addColumn(UnitStages::total).setHeader(getTranslation("dashboard.col.total")).setKey("total")
                .setTextAlign(ColumnTextAlign.END).setWidth("5rem").setFlexGrow(0).setSortable(true);

        totalGrid.setId("stages-in-total-grid");
        totalGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        totalGrid.addColumn(s -> getTranslation("stage." + s)).setHeader(getTranslation("dashboard.col.stage"))
                .setKey("stage").setFlexGrow(2);
        totalGrid.addColumn(s -> totalCounts.getOrDefault(s, 0L)).setHeader(getTranslation("dashboard.col.count"))
                .setKey("count").setTextAlign(ColumnTextAlign.END).setWidth("6rem").setFlexGrow(0);
        totalGrid.addColumn(s -> (totalAll == 0 ? 0 : Math.round(100.0 * totalCounts.getOrDefault(s, 0L) / totalAll)) + " %")
                .setHeader(getTranslation("dashboard.col.share")).setKey("share").setTextAlign(ColumnTextAlign.END)
                .setWidth("5.5rem").setFlexGrow(0);
        totalGrid.setAllRowsVisible(true);

        overdueGrid.setId("overdue-grid");
        overdueGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        overdueGrid.addColumn(this::taskLabel).setHeader(getTranslation("dashboard.col.task")).setKey("task")
                .setWidth("10rem").setFlexGrow(2);
        overdueGrid.addColumn(t -> orDash(t.employeeName())).setHeader(getTranslation("dashboard.col.employee"))
                .setKey("employee").setWidth("9rem").setFlexGrow(1);
        overdueGrid.addColumn(t -> orDash(t.employeeNip())).setHeader(getTranslation("dashboard.col.nip"))
                .setKey("nip").setAutoWidth(true).setFlexGrow(0);
        overdueGrid.addColumn(t -> orDash(t.unitName())).setHeader(getTranslation("dashboard.col.unit"))
                .setKey("unit").setWidth("9rem").setFlexGrow(1);
        overdueGrid.addColumn(this::holder).setHeader(getTranslation("dashboard.col.holder")).setKey("holder")
                .setWidth("8rem").setFlexGrow(1);
        overdueGrid.addColumn(t -> FormKit.date(t.due())).setHeader(getTranslation("dashboard.col.due")).setKey("due")
                .setAutoWidth(true).setFlexGrow(0);
        overdueGrid.addColumn(OverdueTask::daysOverdue).setHeader(getTranslation("dashboard.col.daysOverdue"))
                .setKey("days").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);

        spreadGrid.setId("spread-grid");
        spreadGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        spreadGrid.addColumn(UnitSpread::unitName).setHeader(getTranslation("dashboard.col.unit")).setKey("unit")
                .setWidth("8rem").setFlexGrow(1);
        spreadGrid.addColumn(u -> u.unitRating() == null ? getTranslation("dashboard.spread.noUnitRating")
                : getTranslation("unitRating." + u.unitRating().name())).setHeader(getTranslation("dashboard.col.unitRating"))
                .setKey("unitRating").setAutoWidth(true).setFlexGrow(0);
        spreadGrid.addColumn(UnitSpread::rated).setHeader(getTranslation("dashboard.col.rated")).setKey("rated")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        spreadGrid.addColumn(this::standing).setHeader(getTranslation("dashboard.col.curve")).setKey("curve")
                .setWidth("10rem").setFlexGrow(2);
        spreadGrid.setPartNameGenerator(u -> u.fits() ? null : "kf-deviates");

        bandGrid.setId("band-grid");
        bandGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        bandGrid.addColumn(d -> words.ratings(d.ratings())).setHeader(getTranslation("dashboard.col.band")).setKey("band")
                .setWidth("9rem").setFlexGrow(1);
        bandGrid.addColumn(Deviation::count).setHeader(getTranslation("dashboard.col.count")).setKey("count")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        bandGrid.addColumn(d -> CurveText.percent(d.share()) + " %").setHeader(getTranslation("dashboard.col.share"))
                .setKey("share").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        bandGrid.addColumn(words::standing).setHeader(getTranslation("dashboard.col.curve")).setKey("curve")
                .setWidth("10rem").setFlexGrow(2);
        bandGrid.setPartNameGenerator(d -> d.fits() ? null : "kf-deviates");
        bandGrid.setAllRowsVisible(true);
        bandGrid.setVisible(false);
    }

    /** The unit's standing against its curve in words: the deviations, or that it fits. */
    String standing(UnitSpread u) {
        if (u.unitRating() == null) {
            return getTranslation("dashboard.spread.noCurve");
        }
        if (u.rated() == 0) {
            return getTranslation("dashboard.spread.noneRated");
        }
        List<String> off = u.deviations().stream().filter(d -> !d.fits()).map(words::standing).toList();
        return off.isEmpty() ? getTranslation("dashboard.spread.fits") : String.join("; ", off);
    }

    private String taskLabel(OverdueTask t) {
        return orDash(ModelNames.step(t.taskKey(), t.taskName(), getLocale()));
    }

    /** The assignee, or else the groups that may take the task. */
    String holder(OverdueTask t) {
        if (t.assignee() != null) {
            return t.assignee();
        }
        if (t.groups().isEmpty()) {
            return "\u2014";
        }
        return getTranslation("dashboard.holder.group", String.join(", ",
                t.groups().stream().map(g -> getTranslation("role." + g)).toList()));
    }

    /** Long unit names would squeeze the bars: the chart shortens them, the table beside it does not. */
    static String shortLabel(String name) {
        return name.length() <= LABEL_LENGTH ? name : name.substring(0, LABEL_LENGTH - 1).strip() + "\u2026";
    }

    /** A short table takes the height of its rows; a long one scrolls inside a fixed height. */
    private static void fitHeight(Grid<?> grid, int rows) {
        grid.setAllRowsVisible(rows <= FIT_ROWS);
        grid.setHeight(rows <= FIT_ROWS ? null : "22rem");
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "\u2014" : s;
    }

    /** A chart and its table side by side; on a narrow screen the chart goes under the table. */
    private static FlexLayout pair(Component chart, Component... table) {
        Div tableBox = new Div(table);
        tableBox.addClassName("kf-dash-table");
        Div chartBox = new Div(chart);
        chartBox.addClassName("kf-dash-chart");
        FlexLayout pair = new FlexLayout(chartBox, tableBox);
        pair.addClassName("kf-dash-pair");
        pair.setWidthFull();
        return pair;
    }

    private Component stagesPerUnitSection() {
        return FormKit.section(getTranslation("dashboard.stagesPerUnit"),
                FormKit.hint(getTranslation("dashboard.stagesPerUnit.hint", TOP_UNITS)), pair(unitChart, unitGrid));
    }

    private Component stagesInTotalSection() {
        totalChart.setHeight("18rem");
        return FormKit.section(getTranslation("dashboard.stagesInTotal"), pair(totalChart, totalGrid));
    }

    private Component overdueSection() {
        overdueCount.setId("overdue-count");
        overdueCount.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Div bar = new Div(overdueCount, export);
        bar.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM,
                LumoUtility.AlignItems.BASELINE, LumoUtility.JustifyContent.BETWEEN);
        return FormKit.section(getTranslation("dashboard.overdue"), bar, overdueGrid);
    }

    private Component spreadSection() {
        spreadHint.setId("spread-hint");
        spreadChart.setHeight("16rem");
        return FormKit.section(getTranslation("dashboard.spread"), spreadHint,
                pair(spreadChart, spreadGrid, bandGrid));
    }

    // ---- CSV ------------------------------------------------------------------------------------------

    private String csvFileName() {
        return "tugas-terlambat-" + cycle.getYear() + "-" + cycle.getId() + ".csv";
    }

    /** The overdue tasks as shown, as CSV for a spreadsheet (the app's one dialect, {@link Csv}). */
    String overdueCsv() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(getTranslation("dashboard.col.task"), getTranslation("dashboard.col.employee"),
                getTranslation("dashboard.col.nip"), getTranslation("dashboard.col.unit"),
                getTranslation("dashboard.col.holder"), getTranslation("dashboard.col.due"),
                getTranslation("dashboard.col.daysOverdue")));
        // read whole for the file (a page at a time in the grid)
        for (OverdueTask t : dashboard.overdueTasks(cycle.getId(), unitId())) {
            rows.add(List.of(taskLabel(t), nullToEmpty(t.employeeName()), nullToEmpty(t.employeeNip()),
                    nullToEmpty(t.unitName()), holder(t), FormKit.date(t.due()), String.valueOf(t.daysOverdue())));
        }
        return Csv.write(rows);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.pageTitle") + (cycle == null ? "" : " " + cycle.getName()) + " | "
                + getTranslation("app.name");
    }
}
