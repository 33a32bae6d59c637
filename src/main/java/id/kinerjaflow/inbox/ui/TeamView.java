package id.kinerjaflow.inbox.ui;

import java.util.List;
import java.util.Map;

import id.kinerjaflow.appraisal.Appraisal;
import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.cycle.AppraisalCycle;
import id.kinerjaflow.inbox.InboxService;
import id.kinerjaflow.rating.PerformanceRating;
import id.kinerjaflow.security.AppUser;
import id.kinerjaflow.security.CurrentUser;
import id.kinerjaflow.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;

/**
 * Tim saya: the employees the signed-in appraiser appraises in a cycle (the latest by default),
 * with the stage each appraisal is at, how many of its open tasks are overdue (from the inbox's read
 * model: one query for the whole team) and the result once there is one. The list itself is one
 * query too. It lives beside the inbox because it reads the inbox; appraisal knows nothing of it.
 */
@Route("tim-saya")
@RolesAllowed(Roles.APPRAISER)
@Menu(order = 3, icon = "vaadin:users", title = "nav.myTeam")
public class TeamView extends VerticalLayout implements HasDynamicTitle {

    /** One member of the team in the chosen cycle. */
    record Member(Appraisal appraisal, long overdueTasks) {
    }

    private final AppraisalService appraisals;
    private final InboxService inbox;
    private final AppUser user;
    final ComboBox<AppraisalCycle> cycle = new ComboBox<>();
    final Grid<Member> grid = new Grid<>();
    final Span summary = new Span();
    final Div empty = new Div();
    private Registration resize;

    public TeamView(AppraisalService appraisals, InboxService inbox, CurrentUser currentUser) {
        this.appraisals = appraisals;
        this.inbox = inbox;
        this.user = currentUser.require();
        setPadding(true);
        setSizeFull();
        addClassName("kf-team");

        H2 title = new H2(getTranslation("team.title"));
        title.addClassNames(LumoUtility.Margin.Vertical.NONE, LumoUtility.FontSize.XLARGE);

        List<AppraisalCycle> cycles = appraisals.cyclesAppraisedBy(user);
        cycle.setId("team-cycle");
        cycle.setLabel(getTranslation("task.cycle"));
        cycle.setItems(cycles);
        cycle.setItemLabelGenerator(AppraisalCycle::getName);
        cycle.setWidth("min(20rem, 100%)");
        summary.setId("team-summary");
        summary.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        HorizontalLayout bar = new HorizontalLayout(cycle, summary);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.addClassNames(LumoUtility.FlexWrap.WRAP);
        bar.setWidthFull();

        configureGrid();
        empty.setId("team-empty");
        empty.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Padding.LARGE, LumoUtility.TextAlignment.CENTER);
        empty.setText(getTranslation("team.empty"));
        add(title, bar, grid, empty);
        setFlexGrow(1, grid);

        addAttachListener(e -> {
            e.getUI().getPage().retrieveExtendedClientDetails(d -> fitColumns(d.getWindowInnerWidth()));
            resize = e.getUI().getPage().addBrowserWindowResizeListener(r -> fitColumns(r.getWidth()));
        });
        addDetachListener(e -> {
            if (resize != null) {
                resize.remove();
            }
        });
        cycle.addValueChangeListener(e -> refresh());
        if (cycles.isEmpty()) {
            refresh();
        } else {
            cycle.setValue(cycles.get(0));
        }
    }

    private void configureGrid() {
        grid.setId("team-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(m -> {
            Span nip = new Span(m.appraisal().getEmployee().getNip());
            nip.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
            return new Div(new Div(new Span(m.appraisal().getEmployee().getName())), nip);
        }).setHeader(getTranslation("employee.nameAndNip")).setFlexGrow(3).setKey("employee");
        grid.addColumn(m -> getTranslation("stage." + m.appraisal().getStage().name()))
                .setHeader(getTranslation("task.stage")).setFlexGrow(2).setKey("stage");
        grid.addComponentColumn(this::overdueCell).setHeader(getTranslation("team.overdue"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.CENTER).setKey("overdue");
        grid.addColumn(this::result).setHeader(getTranslation("team.result")).setFlexGrow(2).setKey("result");
        // phones: stage and result in one two-line column
        grid.addComponentColumn(m -> {
            Span result = new Span(result(m));
            result.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
            return new Div(new Div(new Span(getTranslation("stage." + m.appraisal().getStage().name()))), result);
        }).setHeader(getTranslation("team.stageAndResult")).setFlexGrow(3).setKey("stageAndResult").setVisible(false);
    }

    void fitColumns(int windowWidth) {
        boolean wide = windowWidth >= 700;
        grid.getColumnByKey("stage").setVisible(wide);
        grid.getColumnByKey("result").setVisible(wide);
        grid.getColumnByKey("stageAndResult").setVisible(!wide);
    }

    private Component overdueCell(Member m) {
        Span s = new Span(Long.toString(m.overdueTasks()));
        s.setId("overdue-" + m.appraisal().getId());
        if (m.overdueTasks() > 0) {
            s.getElement().getThemeList().add("badge error");
            s.getElement().setAttribute("title", getTranslation("team.overdueHint", m.overdueTasks()));
        } else {
            s.addClassNames(LumoUtility.TextColor.SECONDARY);
        }
        return s;
    }

    /** The final rating, else the calibrated one, else the appraiser's own (still to be calibrated). */
    String result(Member m) {
        Appraisal a = m.appraisal();
        if (a.getFinalRating() != null) {
            return getTranslation("team.final", rating(a.getFinalRating()));
        }
        if (a.getCalibratedRating() != null) {
            return getTranslation("team.calibrated", rating(a.getCalibratedRating()));
        }
        if (a.getOriginalRating() != null) {
            return getTranslation("team.original", rating(a.getOriginalRating()));
        }
        return "\u2014";
    }

    private String rating(PerformanceRating r) {
        return getTranslation("performanceRating." + r.name());
    }

    void refresh() {
        AppraisalCycle chosen = cycle.getValue();
        List<Appraisal> team = chosen == null ? List.of() : appraisals.appraisalsAppraisedBy(chosen.getId(), user);
        Map<Long, Long> overdue = inbox.overdueTasksPerAppraisal(team.stream().map(Appraisal::getId).toList());
        List<Member> members = team.stream().map(a -> new Member(a, overdue.getOrDefault(a.getId(), 0L))).toList();
        grid.setItems(members);
        grid.setVisible(!members.isEmpty());
        empty.setVisible(members.isEmpty());
        long late = members.stream().filter(m -> m.overdueTasks() > 0).count();
        summary.setText(getTranslation("team.summary", members.size(), late));
        summary.setVisible(!members.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myTeam") + " | " + getTranslation("app.name");
    }
}
