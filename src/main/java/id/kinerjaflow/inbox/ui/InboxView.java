package id.kinerjaflow.inbox.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import id.kinerjaflow.base.ModelNames;
import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.base.ui.Notifications;
import id.kinerjaflow.cycle.AppraisalCycle;
import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.inbox.InboxService;
import id.kinerjaflow.inbox.InboxService.InboxItem;
import id.kinerjaflow.inbox.InboxService.InboxQuery;
import id.kinerjaflow.process.ProcessIds;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;

/**
 * Kotak masuk: the tasks assigned to me and those of my groups that I may claim, earliest due
 * first. Filter by task, cycle and "overdue only" (with counts), search by name or NIP; claim and
 * release group tasks; a click opens the task's form. New tasks appear by themselves (a short poll).
 */
@Route("kotak-masuk")
@PermitAll
@Menu(order = 1, icon = "vaadin:inbox", title = "nav.inbox")
public class InboxView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** The query parameter with which a form comes back: the task just completed. */
    public static final String DONE = "selesai";
    /** How often the inbox looks for new tasks, in milliseconds. */
    static final int POLL_MILLIS = 20_000;

    /** The tasks people have, in the order of the cycle: the filter chips. */
    static final List<String> TASK_KEYS = List.of(
            ProcessIds.Appraisal.TASK_DRAFT_AGREEMENT, ProcessIds.Appraisal.TASK_REVIEW_AGREEMENT,
            ProcessIds.Appraisal.TASK_FOLLOW_UP_OVERDUE_AGREEMENT, ProcessIds.Appraisal.TASK_SELF_REVIEW,
            ProcessIds.Appraisal.TASK_GIVE_PEER_FEEDBACK, ProcessIds.Appraisal.TASK_SUPERVISOR_REVIEW,
            ProcessIds.Calibration.TASK_SET_UNIT_RATING, ProcessIds.Calibration.TASK_CALIBRATE_UNIT,
            ProcessIds.Appraisal.TASK_ACKNOWLEDGE_RESULT, ProcessIds.Appraisal.TASK_EXPLAIN_APPEAL_EMPLOYEE,
            ProcessIds.Appraisal.TASK_EXPLAIN_APPEAL_APPRAISER, ProcessIds.Appraisal.TASK_DECIDE_APPEAL);

    private final InboxService inbox;
    private final Map<Long, String> cycleNames;

    private final Grid<InboxItem> grid = new Grid<>();
    private final ConfigurableFilterDataProvider<InboxItem, Void, InboxQuery> data;
    private final TextField search = new TextField();
    private final ComboBox<AppraisalCycle> cycle = new ComboBox<>();
    private final Checkbox overdueOnly = new Checkbox();
    private final FlexLayout chips = new FlexLayout();
    private final H2 title = new H2();
    private final Div empty = new Div();
    private String taskKey;
    private String highlight;
    private Registration poll;
    private Registration resize;

    public InboxView(InboxService inbox, CycleService cycles) {
        this.inbox = inbox;
        List<AppraisalCycle> all = cycles.cycles();
        this.cycleNames = all.stream().collect(Collectors.toMap(AppraisalCycle::getId, AppraisalCycle::getName));
        setPadding(true);
        setSizeFull();
        addClassName("kf-inbox");

        title.setId("inbox-title");
        title.addClassNames(LumoUtility.Margin.Vertical.NONE, LumoUtility.FontSize.XLARGE);
        add(title, filters(all), chips);
        chips.setId("task-filters");
        chips.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        chips.addClassNames(LumoUtility.Gap.XSMALL);

        CallbackDataProvider<InboxItem, InboxQuery> provider = DataProvider.fromFilteringCallbacks(
                q -> inbox.page(q.getFilter().orElse(InboxQuery.all()), q.getOffset(), q.getLimit()).stream(),
                q -> (int) inbox.count(q.getFilter().orElse(InboxQuery.all())));
        data = provider.withConfigurableFilter();
        configureGrid();
        empty.setId("inbox-empty");
        empty.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Padding.LARGE, LumoUtility.TextAlignment.CENTER);
        empty.setText(getTranslation("inbox.empty"));
        add(grid, empty);
        setFlexGrow(1, grid);
        refresh();
    }

    private Component filters(List<AppraisalCycle> cycles) {
        search.setId("inbox-search");
        search.setPlaceholder(getTranslation("inbox.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(60);
        search.addValueChangeListener(e -> refresh());
        search.setWidth("18rem");

        cycle.setId("inbox-cycle");
        cycle.setPlaceholder(getTranslation("inbox.allCycles"));
        cycle.setItems(cycles);
        cycle.setItemLabelGenerator(AppraisalCycle::getName);
        cycle.setClearButtonVisible(true);
        cycle.addValueChangeListener(e -> refresh());

        overdueOnly.setId("inbox-overdue");
        overdueOnly.addValueChangeListener(e -> refresh());

        HorizontalLayout bar = new HorizontalLayout(search, cycle, overdueOnly);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.addClassNames(LumoUtility.FlexWrap.WRAP);
        bar.setWidthFull();
        return bar;
    }

    private void configureGrid() {
        grid.setId("inbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(data);
        grid.setPageSize(50);
        // sized to fit a 1366x768 laptop with the menu open; secondary facts on a second line
        grid.addComponentColumn(this::whatCell).setHeader(getTranslation("inbox.col.task")).setWidth("15rem")
                .setFlexGrow(2).setKey("task");
        grid.addComponentColumn(this::whoseCell).setHeader(getTranslation("inbox.col.whose")).setWidth("13rem")
                .setFlexGrow(2).setKey("whose");
        grid.addComponentColumn(this::stageCell).setHeader(getTranslation("inbox.col.stageCycle")).setWidth("12rem")
                .setFlexGrow(1).setKey("stage");
        grid.addComponentColumn(this::dueCell).setHeader(getTranslation("inbox.col.dueReceived")).setWidth("9.5rem")
                .setFlexGrow(0).setKey("due");
        grid.addComponentColumn(this::holderCell).setHeader(getTranslation("inbox.col.holder")).setWidth("8rem")
                .setFlexGrow(0).setKey("holder");
        grid.addComponentColumn(this::actionsCell).setHeader("").setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END).setKey("actions");
        grid.setPartNameGenerator(i -> i.taskId().equals(highlight) ? "kf-highlight"
                : i.overdue() ? "kf-overdue" : null);
    }

    private Component whatCell(InboxItem i) {
        String label = taskLabel(i.taskKey(), i.taskName());
        // on a phone the columns of whose and when are hidden: their facts come under the task
        Span narrow = new Span((i.employeeName() == null ? "" : i.employeeName() + " \u00b7 ")
                + (i.due() == null ? "" : FormKit.date(i.due())));
        narrow.addClassNames("kf-narrow-only", LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        if (!i.mine() && !i.claimable()) {
            return new Div(new Div(new Span(label)), narrow);
        }
        RouterLink link = new RouterLink(label, TaskView.class, new RouteParameters(TaskView.TASK_ID, i.taskId()));
        link.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        return new Div(new Div(link), narrow);
    }

    private Component whoseCell(InboxItem i) {
        if (i.calibrationId() != null) {
            Span what = new Span(getTranslation("inbox.calibration"));
            what.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
            return new Div(new Div(new Span(i.employeeName() == null ? "" : i.employeeName())), what);
        }
        Span nip = new Span(i.employeeNip());
        nip.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        return new Div(new Div(new Span(i.employeeName())), nip);
    }

    private Component stageCell(InboxItem i) {
        Span cycleName = new Span(i.cycleId() == null ? "" : cycleNames.getOrDefault(i.cycleId(), ""));
        cycleName.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        return new Div(new Div(new Span(i.stage() == null ? "" : getTranslation("stage." + i.stage()))), cycleName);
    }

    private Component dueCell(InboxItem i) {
        Span due = new Span(i.due() == null ? "\u2014" : FormKit.date(i.due()));
        if (i.overdue()) {
            due.setText(getTranslation("inbox.overdueSince", FormKit.date(i.due())));
            due.getElement().getThemeList().add("badge warning");
            due.addClassName("kf-overdue-badge");
        }
        Span received = new Span(getTranslation("inbox.receivedOn", FormKit.date(i.created())));
        received.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        return new Div(new Div(due), received);
    }

    /** On a phone only what to do, whose, by when and the actions stay. */
    private void adaptTo(int width) {
        boolean narrow = width < 700;
        for (String key : List.of("whose", "stage", "due", "holder")) {
            grid.getColumnByKey(key).setVisible(!narrow);
        }
        grid.getColumnByKey("task").setWidth(narrow ? "12rem" : "15rem");
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
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.addClassNames(LumoUtility.Gap.XSMALL);
        if (i.claimable()) {
            Button claim = new Button(getTranslation("inbox.claim"), e -> claim(i));
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
            claim.setId("claim-" + i.taskId());
            actions.add(claim);
        }
        if (i.mine() && i.groupTask()) {
            Button release = new Button(getTranslation("inbox.release"), e -> release(i));
            release.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            release.setId("release-" + i.taskId());
            actions.add(release);
        }
        if (i.mine() || i.claimable()) {
            Button open = new Button(getTranslation("inbox.open"), e -> open(i));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            open.setId("open-" + i.taskId());
            actions.add(open);
        }
        return actions;
    }

    void claim(InboxItem i) {
        if (FormKit.attempt(() -> inbox.claim(i.taskId()))) {
            Notifications.success(getTranslation("inbox.claimed", taskLabel(i.taskKey(), i.taskName())));
        }
        refresh();
    }

    void release(InboxItem i) {
        if (FormKit.attempt(() -> inbox.release(i.taskId()))) {
            Notifications.success(getTranslation("inbox.released", taskLabel(i.taskKey(), i.taskName())));
        }
        refresh();
    }

    void open(InboxItem i) {
        UI.getCurrent().navigate(TaskView.class, new RouteParameters(TaskView.TASK_ID, i.taskId()));
    }

    /** Reads the counts and the first page again, keeping the filters. */
    void refresh() {
        InboxQuery query = query();
        data.setFilter(query);
        long total = inbox.count(query);
        empty.setVisible(total == 0);
        grid.setVisible(total > 0);
        renderChips(query, total);
    }

    /** True when the user narrowed the list (search, cycle, task, overdue only). */
    private static boolean filtered(InboxQuery q) {
        return q.cycleId() != null || !q.taskKeys().isEmpty() || q.overdueOnly()
                || (q.text() != null && !q.text().isBlank());
    }

    InboxQuery query() {
        return new InboxQuery(cycle.getValue() == null ? null : cycle.getValue().getId(),
                taskKey == null ? List.of() : List.of(taskKey), overdueOnly.getValue(), search.getValue());
    }

    private void renderChips(InboxQuery query, long shown) {
        Map<String, Long> counts = inbox.countsByTask();
        long all = counts.values().stream().mapToLong(Long::longValue).sum();
        // the count follows the filter: "(3 of 12 tasks)" while searching, "(12 tasks)" otherwise
        title.setText(filtered(query) ? getTranslation("inbox.titleFiltered", shown, all)
                : getTranslation("inbox.title", all));
        long overdue = inbox.count(new InboxQuery(null, List.of(), true, null));
        overdueOnly.setLabel(getTranslation("inbox.overdueOnly", overdue));
        chips.removeAll();
        chips.add(chip(null, getTranslation("inbox.allTasks"), all));
        for (String key : TASK_KEYS) {
            long n = counts.getOrDefault(key, 0L);
            if (n > 0 || key.equals(taskKey)) {
                chips.add(chip(key, taskLabel(key, key), n));
            }
        }
        // tasks of steps HR added later still get a chip
        counts.keySet().stream().filter(k -> !TASK_KEYS.contains(k)).sorted()
                .forEach(k -> chips.add(chip(k, taskLabel(k, k), counts.get(k))));
    }

    private Button chip(String key, String label, long count) {
        Button chip = new Button(label + " (" + count + ")", e -> {
            taskKey = key;
            refresh();
        });
        chip.setId("chip-" + (key == null ? "all" : key));
        chip.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (java.util.Objects.equals(key, taskKey)) {
            chip.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            chip.addThemeVariants(ButtonVariant.LUMO_CONTRAST, ButtonVariant.LUMO_TERTIARY);
        }
        return chip;
    }

    /** The plain Indonesian (or English) name of a task, or the diagram's name for a step we don't know. */
    String taskLabel(String key, String fallback) {
        return ModelNames.step(key, fallback, getLocale());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters params = event.getLocation().getQueryParameters();
        Optional<String> done = params.getSingleParameter(DONE);
        done.ifPresent(name -> {
            // the next task: the first row, highlighted; or, when none is left, say so
            List<InboxItem> first = inbox.page(query(), 0, 1);
            Notifications.success(getTranslation(first.isEmpty() ? "inbox.doneNothingLeft" : "inbox.done", name));
            if (!first.isEmpty()) {
                highlight = first.get(0).taskId();
                grid.select(first.get(0));
                data.refreshAll();
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        ui.getPage().retrieveExtendedClientDetails(d -> adaptTo(d.getWindowInnerWidth()));
        resize = ui.getPage().addBrowserWindowResizeListener(e -> adaptTo(e.getWidth()));
        ui.setPollInterval(POLL_MILLIS);
        poll = ui.addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (poll != null) {
            poll.remove();
        }
        if (resize != null) {
            resize.remove();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.inbox") + " | " + getTranslation("app.name");
    }
}
