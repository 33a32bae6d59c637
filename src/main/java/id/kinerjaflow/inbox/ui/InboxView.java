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
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
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

    private final InboxService inbox;

    private final InboxGrid grid;
    private final TaskChips chips;
    private final ConfigurableFilterDataProvider<InboxItem, Void, InboxQuery> data;
    private final TextField search = new TextField();
    private final ComboBox<AppraisalCycle> cycle = new ComboBox<>();
    private final Checkbox overdueOnly = new Checkbox();
    private final H2 title = new H2();
    private final Div empty = new Div();
    private Registration poll;
    private Registration resize;

    public InboxView(InboxService inbox, CycleService cycles) {
        this.inbox = inbox;
        List<AppraisalCycle> all = cycles.cycles();
        setPadding(true);
        setSizeFull();
        addClassName("kf-inbox");

        grid = new InboxGrid(all.stream().collect(Collectors.toMap(AppraisalCycle::getId, AppraisalCycle::getName)),
                this::claim, this::release, this::open);
        chips = new TaskChips(this::taskLabel, key -> refresh());
        title.setId("inbox-title");
        title.addClassNames(LumoUtility.Margin.Vertical.NONE, LumoUtility.FontSize.XLARGE);
        add(title, filters(all), chips);

        CallbackDataProvider<InboxItem, InboxQuery> provider = DataProvider.fromFilteringCallbacks(
                q -> inbox.page(q.getFilter().orElse(InboxQuery.all()), q.getOffset(), q.getLimit()).stream(),
                q -> (int) inbox.count(q.getFilter().orElse(InboxQuery.all())));
        data = provider.withConfigurableFilter();
        grid.setItems(data);
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
        long shown = inbox.count(query);
        empty.setVisible(shown == 0);
        grid.setVisible(shown > 0);
        Map<String, Long> counts = inbox.countsByTask();
        long all = counts.values().stream().mapToLong(Long::longValue).sum();
        // the count follows the filter: "(3 of 12 tasks)" while searching, "(12 tasks)" otherwise
        title.setText(filtered(query) ? getTranslation("inbox.titleFiltered", shown, all)
                : getTranslation("inbox.title", all));
        long overdue = inbox.count(new InboxQuery(null, List.of(), true, null));
        overdueOnly.setLabel(getTranslation("inbox.overdueOnly", overdue));
        chips.show(counts);
    }

    /** True when the user narrowed the list (search, cycle, task, overdue only). */
    private static boolean filtered(InboxQuery q) {
        return q.cycleId() != null || !q.taskKeys().isEmpty() || q.overdueOnly()
                || (q.text() != null && !q.text().isBlank());
    }

    InboxQuery query() {
        String taskKey = chips.taskKey();
        return new InboxQuery(cycle.getValue() == null ? null : cycle.getValue().getId(),
                taskKey == null ? List.of() : List.of(taskKey), overdueOnly.getValue(), search.getValue());
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
                grid.highlight(first.get(0));
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        ui.getPage().retrieveExtendedClientDetails(d -> grid.adaptTo(d.getWindowInnerWidth()));
        resize = ui.getPage().addBrowserWindowResizeListener(e -> grid.adaptTo(e.getWidth()));
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
