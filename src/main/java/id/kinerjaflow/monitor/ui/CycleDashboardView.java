package id.kinerjaflow.monitor.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.kinerjaflow.appraisal.Stage;
import id.kinerjaflow.base.BusinessRuleException;
import id.kinerjaflow.base.ui.Chart;
import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.cycle.AppraisalCycle;
import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.cycle.ui.CycleView;
import id.kinerjaflow.monitor.CycleDashboardService;
import id.kinerjaflow.monitor.CycleDashboardService.Spread;
import id.kinerjaflow.monitor.CycleDashboardService.Stages;
import id.kinerjaflow.monitor.CycleDashboardService.UnitStages;
import id.kinerjaflow.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
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
    /** The stages' colours, in the order of the cycle. */
    static final List<String> STAGE_COLOURS = List.of("#1676f3", "#56b4e9", "#e69f00", "#cc79a7", "#7f6fd1",
            "#b8a400", "#009e73", "#d55e00", "#5f6b7a");

    private final CycleDashboardService dashboard;
    private final CycleService cycles;

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
    final OverdueSection overdue;
    final SpreadSection spreadSection = new SpreadSection();

    public CycleDashboardView(CycleDashboardService dashboard, CycleService cycles) {
        this.dashboard = dashboard;
        this.cycles = cycles;
        this.overdue = new OverdueSection(dashboard);
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

        content.setId("dashboard-content");
        content.setWidthFull();
        content.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        content.setVisible(false);
        configureGrids();
        add(back, title, facts, unit, loadingBox, content);
        loadingBox.setId("dashboard-loading-box");
        content.add(stagesPerUnitSection(), stagesInTotalSection(), overdue, spreadSection);
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
        overdue.show(cycle, unitId);
        spreadSection.show(spread, unitId);
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
        unitChart.bars(top.stream().map(u -> DashboardLayout.shortLabel(u.unitName())).toList(), true).stacked(true);
        for (Stage s : used) {
            unitChart.dataset(Chart.Dataset.of(getTranslation("stage." + s), STAGE_COLOURS.get(s.ordinal()),
                    top.stream().map(u -> u.count(s)).toList()));
        }
        unitChart.setHeight(Math.max(12, 4 + 2.2 * top.size()) + "rem");
        unitChart.ariaLabel(getTranslation("dashboard.stagesPerUnit.aria", top.size())).draw();
        unitGrid.setItems(units);
        DashboardLayout.fitHeight(unitGrid, units.size());
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
    }

    private Component stagesPerUnitSection() {
        return FormKit.section(getTranslation("dashboard.stagesPerUnit"),
                FormKit.hint(getTranslation("dashboard.stagesPerUnit.hint", TOP_UNITS)), DashboardLayout.pair(unitChart, unitGrid));
    }

    private Component stagesInTotalSection() {
        totalChart.setHeight("18rem");
        return FormKit.section(getTranslation("dashboard.stagesInTotal"), DashboardLayout.pair(totalChart, totalGrid));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.pageTitle") + (cycle == null ? "" : " " + cycle.getName()) + " | "
                + getTranslation("app.name");
    }
}
