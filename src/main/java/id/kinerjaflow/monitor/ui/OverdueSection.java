package id.kinerjaflow.monitor.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import id.kinerjaflow.base.Csv;
import id.kinerjaflow.base.ModelNames;
import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.cycle.AppraisalCycle;
import id.kinerjaflow.inbox.InboxService.OverdueTask;
import id.kinerjaflow.monitor.CycleDashboardService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The dashboard's overdue tasks of a cycle (or of one unit): who holds each and for how many days,
 * read a page at a time (at a deadline thousands can be overdue), and the whole list as CSV in the
 * app's one dialect ({@link Csv}).
 */
class OverdueSection extends Composite<Div> {

    private final CycleDashboardService dashboard;
    final Grid<OverdueTask> grid = new Grid<>();
    final Span count = new Span();
    final Anchor export;
    private AppraisalCycle cycle;
    private Long unitId;

    OverdueSection(CycleDashboardService dashboard) {
        this.dashboard = dashboard;
        export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName(), "text/csv;charset=UTF-8",
                    bytes.length);
        }), getTranslation("dashboard.overdue.export"));
        export.setId("overdue-export");
        export.getElement().setAttribute("download", true);
        configureGrid();
    }

    @Override
    protected Div initContent() {
        count.setId("overdue-count");
        count.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Div bar = new Div(count, export);
        bar.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM,
                LumoUtility.AlignItems.BASELINE, LumoUtility.JustifyContent.BETWEEN);
        return FormKit.section(getTranslation("dashboard.overdue"), bar, grid);
    }

    /** Shows the overdue tasks of the cycle, of the unit when one is given. */
    void show(AppraisalCycle cycle, Long unitId) {
        this.cycle = cycle;
        this.unitId = unitId;
        Long cycleId = cycle.getId();
        long total = dashboard.countOverdueTasks(cycleId, unitId);
        grid.setItems(q -> dashboard.overdueTasks(cycleId, unitId, q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, total));
        DashboardLayout.fitHeight(grid, (int) Math.min(Integer.MAX_VALUE, total));
        count.setText(getTranslation("dashboard.overdue.count", total));
        export.setEnabled(total > 0);
    }

    private void configureGrid() {
        grid.setId("overdue-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(this::taskLabel).setHeader(getTranslation("dashboard.col.task")).setKey("task")
                .setWidth("10rem").setFlexGrow(2);
        grid.addColumn(t -> DashboardLayout.orDash(t.employeeName())).setHeader(getTranslation("dashboard.col.employee"))
                .setKey("employee").setWidth("9rem").setFlexGrow(1);
        grid.addColumn(t -> DashboardLayout.orDash(t.employeeNip())).setHeader(getTranslation("dashboard.col.nip"))
                .setKey("nip").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> DashboardLayout.orDash(t.unitName())).setHeader(getTranslation("dashboard.col.unit"))
                .setKey("unit").setWidth("9rem").setFlexGrow(1);
        grid.addColumn(this::holder).setHeader(getTranslation("dashboard.col.holder")).setKey("holder")
                .setWidth("8rem").setFlexGrow(1);
        grid.addColumn(t -> FormKit.date(t.due())).setHeader(getTranslation("dashboard.col.due")).setKey("due")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OverdueTask::daysOverdue).setHeader(getTranslation("dashboard.col.daysOverdue"))
                .setKey("days").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
    }

    private String taskLabel(OverdueTask t) {
        return DashboardLayout.orDash(ModelNames.step(t.taskKey(), t.taskName(), getLocale()));
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

    private String fileName() {
        return "tugas-terlambat-" + cycle.getYear() + "-" + cycle.getId() + ".csv";
    }

    /** The overdue tasks as shown, as CSV for a spreadsheet. */
    String csv() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(getTranslation("dashboard.col.task"), getTranslation("dashboard.col.employee"),
                getTranslation("dashboard.col.nip"), getTranslation("dashboard.col.unit"),
                getTranslation("dashboard.col.holder"), getTranslation("dashboard.col.due"),
                getTranslation("dashboard.col.daysOverdue")));
        // read whole for the file (a page at a time in the grid)
        for (OverdueTask t : dashboard.overdueTasks(cycle.getId(), unitId)) {
            rows.add(List.of(taskLabel(t), nullToEmpty(t.employeeName()), nullToEmpty(t.employeeNip()),
                    nullToEmpty(t.unitName()), holder(t), FormKit.date(t.due()), String.valueOf(t.daysOverdue())));
        }
        return Csv.write(rows);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
