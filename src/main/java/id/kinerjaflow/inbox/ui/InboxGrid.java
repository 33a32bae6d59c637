package id.kinerjaflow.inbox.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import id.kinerjaflow.base.ModelNames;
import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.inbox.InboxService.InboxItem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The inbox's list of tasks: what to do, whose appraisal, stage and cycle, due and received, who
 * holds it, and the claim, release and open buttons. On a phone only what, by when and the actions
 * stay ({@link #adaptTo(int)}); the hidden facts come under the task's name.
 */
class InboxGrid extends Grid<InboxItem> {

    private final Map<Long, String> cycleNames;
    private final Consumer<InboxItem> claim;
    private final Consumer<InboxItem> release;
    private final Consumer<InboxItem> open;
    private String highlight;

    InboxGrid(Map<Long, String> cycleNames, Consumer<InboxItem> claim, Consumer<InboxItem> release,
            Consumer<InboxItem> open) {
        this.cycleNames = cycleNames;
        this.claim = claim;
        this.release = release;
        this.open = open;
        setId("inbox-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setPageSize(50);
        // sized to fit a 1366x768 laptop with the menu open; secondary facts on a second line
        addComponentColumn(this::whatCell).setHeader(getTranslation("inbox.col.task")).setWidth("15rem")
                .setFlexGrow(2).setKey("task");
        addComponentColumn(this::whoseCell).setHeader(getTranslation("inbox.col.whose")).setWidth("13rem")
                .setFlexGrow(2).setKey("whose");
        addComponentColumn(this::stageCell).setHeader(getTranslation("inbox.col.stageCycle")).setWidth("12rem")
                .setFlexGrow(1).setKey("stage");
        addComponentColumn(this::dueCell).setHeader(getTranslation("inbox.col.dueReceived")).setWidth("9.5rem")
                .setFlexGrow(0).setKey("due");
        addComponentColumn(this::holderCell).setHeader(getTranslation("inbox.col.holder")).setWidth("8rem")
                .setFlexGrow(0).setKey("holder");
        addComponentColumn(this::actionsCell).setHeader("").setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END).setKey("actions");
        setPartNameGenerator(i -> i.taskId().equals(highlight) ? "kf-highlight"
                : i.overdue() ? "kf-overdue" : null);
    }

    /** Marks a row as the next task after the one just completed. */
    void highlight(InboxItem item) {
        highlight = item.taskId();
        select(item);
        getDataProvider().refreshAll();
    }

    /** On a phone only what to do, whose, by when and the actions stay. */
    void adaptTo(int width) {
        boolean narrow = width < 700;
        for (String key : List.of("whose", "stage", "due", "holder")) {
            getColumnByKey(key).setVisible(!narrow);
        }
        getColumnByKey("task").setWidth(narrow ? "12rem" : "15rem");
    }

    /** The plain Indonesian (or English) name of a task, or the diagram's name for a step we don't know. */
    String taskLabel(String key, String fallback) {
        return ModelNames.step(key, fallback, getLocale());
    }

    private Component whatCell(InboxItem i) {
        String label = taskLabel(i.taskKey(), i.taskName());
        // on a phone the columns of whose and when are hidden: their facts come under the task
        Span narrow = secondary((i.employeeName() == null ? "" : i.employeeName() + " \u00b7 ")
                + (i.due() == null ? "" : FormKit.date(i.due())));
        narrow.addClassName("kf-narrow-only");
        if (!i.mine() && !i.claimable()) {
            return new Div(new Div(new Span(label)), narrow);
        }
        RouterLink link = new RouterLink(label, TaskView.class, new RouteParameters(TaskView.TASK_ID, i.taskId()));
        link.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        return new Div(new Div(link), narrow);
    }

    private Component whoseCell(InboxItem i) {
        if (i.calibrationId() != null) {
            return twoLines(new Span(i.employeeName() == null ? "" : i.employeeName()),
                    secondary(getTranslation("inbox.calibration")));
        }
        return twoLines(new Span(i.employeeName()), secondary(i.employeeNip()));
    }

    private Component stageCell(InboxItem i) {
        return twoLines(new Span(i.stage() == null ? "" : getTranslation("stage." + i.stage())),
                secondary(i.cycleId() == null ? "" : cycleNames.getOrDefault(i.cycleId(), "")));
    }

    private Component dueCell(InboxItem i) {
        Span due = new Span(i.due() == null ? "\u2014" : FormKit.date(i.due()));
        if (i.overdue()) {
            due.setText(getTranslation("inbox.overdueSince", FormKit.date(i.due())));
            due.getElement().getThemeList().add("badge warning");
            due.addClassName("kf-overdue-badge");
        }
        return twoLines(due, secondary(getTranslation("inbox.receivedOn", FormKit.date(i.created()))));
    }

    private Component holderCell(InboxItem i) {
        if (!i.groupTask()) {
            return new Span(getTranslation("inbox.holder.personal"));
        }
        Span s = new Span(i.claimable() ? getTranslation("inbox.holder.nobody")
                : i.mine() ? getTranslation("inbox.holder.me") : i.assignee());
        if (i.claimable()) {
            s.getElement().getThemeList().add("badge contrast");
        }
        return s;
    }

    private Component actionsCell(InboxItem i) {
        HorizontalLayout row = new HorizontalLayout();
        row.setSpacing(false);
        row.addClassNames(LumoUtility.Gap.XSMALL);
        if (i.claimable()) {
            row.add(button("claim-", "inbox.claim", i, claim, ButtonVariant.LUMO_SMALL));
        }
        if (i.mine() && i.groupTask()) {
            row.add(button("release-", "inbox.release", i, release, ButtonVariant.LUMO_TERTIARY));
        }
        if (i.mine() || i.claimable()) {
            row.add(button("open-", "inbox.open", i, open, ButtonVariant.LUMO_PRIMARY));
        }
        return row;
    }

    private Button button(String idPrefix, String key, InboxItem i, Consumer<InboxItem> action, ButtonVariant variant) {
        Button b = new Button(getTranslation(key), e -> action.accept(i));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (variant != ButtonVariant.LUMO_SMALL) {
            b.addThemeVariants(variant);
        }
        b.setId(idPrefix + i.taskId());
        return b;
    }

    private static Div twoLines(Span first, Span second) {
        return new Div(new Div(first), second);
    }

    private static Span secondary(String text) {
        Span s = new Span(text);
        s.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        return s;
    }
}
