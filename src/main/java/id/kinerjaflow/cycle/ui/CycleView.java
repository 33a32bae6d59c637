package id.kinerjaflow.cycle.ui;

import id.kinerjaflow.base.OrganisationZone;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.base.ui.Notifications;
import id.kinerjaflow.cycle.AppraisalCycle;
import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.cycle.CycleStatus;
import id.kinerjaflow.org.OrgUnit;
import id.kinerjaflow.org.OrganisationService;
import id.kinerjaflow.security.CurrentUser;
import id.kinerjaflow.security.Role;
import id.kinerjaflow.security.Roles;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;

/**
 * Periode penilaian: HR creates a cycle, checks it before launch (the problems as a list to export),
 * launches it for the whole organisation and follows the launch on a progress bar, opens the review
 * phase for the whole cycle the same way, and closes the cycle when every appraisal is final.
 * Auditors see everything and change nothing.
 */
@Route("periode")
@RolesAllowed({Roles.HR, Roles.ADMIN, Roles.AUDITOR})
@Menu(order = 40, icon = "vaadin:calendar", title = "nav.cycles")
public class CycleView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int POLL_MILLIS = 1000;

    private final CycleService cycles;
    private final OrganisationService organisation;
    private final Clock clock;
    private final boolean canChange;
    final Grid<AppraisalCycle> grid = new Grid<>();
    final Div detail = new Div();
    final Button create = new Button();
    /** The shown cycle's parts, for the tests: the actions, the progress, the check's findings. */
    final HorizontalLayout actions = new HorizontalLayout();
    final BatchProgressPanel progress = new BatchProgressPanel();
    final PreflightPanel preflight = new PreflightPanel();
    /** The dates are in the detail too: on a phone the list shows name and status only. */
    private final List<Grid.Column<AppraisalCycle>> dateColumns = new java.util.ArrayList<>();
    private AppraisalCycle shown;
    private Registration poll;
    private Registration resize;
    private boolean running;

    public CycleView(CycleService cycles, OrganisationService organisation, CurrentUser currentUser, Clock clock) {
        this.cycles = cycles;
        this.organisation = organisation;
        this.clock = clock;
        this.canChange = currentUser.hasRole(Role.HR) || currentUser.hasRole(Role.ADMIN);
        setPadding(true);
        addClassName("kf-cycle-view");
        H2 title = new H2(getTranslation("nav.cycles"));
        title.addClassNames(LumoUtility.Margin.Vertical.NONE, LumoUtility.FontSize.XLARGE);
        create.setText(getTranslation("cycle.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.setId("cycle-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> openEditor(null));
        create.setVisible(canChange);
        HorizontalLayout header = new HorizontalLayout(title, create);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);

        grid.setId("cycle-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(AppraisalCycle::getName).setHeader(getTranslation("cycle.col.name")).setFlexGrow(2);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("cycle.col.status")).setAutoWidth(true);
        dateColumns.add(grid.addColumn(c -> FormKit.date(c.getAgreementDeadline()))
                .setHeader(getTranslation("cycle.col.agreementDeadline")).setAutoWidth(true));
        dateColumns.add(grid.addColumn(c -> FormKit.date(c.getReviewPhaseStart()))
                .setHeader(getTranslation("cycle.col.reviewStart")).setAutoWidth(true));
        dateColumns.add(grid.addColumn(c -> FormKit.date(c.getCalibrationDate()))
                .setHeader(getTranslation("cycle.col.calibration")).setAutoWidth(true));
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));

        detail.setId("cycle-detail");
        detail.setWidthFull();
        add(header, grid, detail);
    }

    /** {@code /periode?id=<cycle>} shows that cycle; otherwise the latest. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long wanted = event.getLocation().getQueryParameters().getSingleParameter("id").map(v -> {
            try {
                return Long.valueOf(v);
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(null);
        refresh(wanted);
    }

    private Component statusBadge(AppraisalCycle c) {
        Span s = new Span(getTranslation("cycleStatus." + c.getStatus()));
        s.getElement().getThemeList().add(switch (c.getStatus()) {
            case DRAFT -> "badge contrast";
            case LAUNCHED, REVIEW_PHASE -> "badge";
            case CLOSED -> "badge success";
        });
        return s;
    }

    private void refresh(Long select) {
        List<AppraisalCycle> all = cycles.cycles();
        grid.setItems(all);
        Long wanted = select != null ? select : shown == null ? null : shown.getId();
        AppraisalCycle pick = all.stream().filter(c -> c.getId().equals(wanted)).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0));
        if (pick != null) {
            grid.select(pick);
        }
        show(pick);
    }

    // ---- the shown cycle ----------------------------------------------------------------------------

    void show(AppraisalCycle c) {
        shown = c == null ? null : cycles.cycle(c.getId());
        detail.removeAll();
        actions.removeAll();
        preflight.removeAll();
        if (shown == null) {
            detail.add(FormKit.hint(getTranslation("cycle.none")));
            return;
        }
        CycleFacts facts = new CycleFacts(shown, organisation.units());
        actions.addClassNames(LumoUtility.FlexWrap.WRAP);
        actions.setId("cycle-actions");
        addActions();
        detail.add(FormKit.section(shown.getName(), facts, actions), progress, preflight);
        showProgress();
    }

    private void addActions() {
        Button check = button("cycle-check", "cycle.check", VaadinIcon.CLIPBOARD_CHECK, this::runCheck);
        actions.add(check);
        if (shown.getStatus() != CycleStatus.DRAFT) {
            // the dashboard (package monitor) builds on the cycles, so it is reached by its address
            Long id = shown.getId();
            actions.add(button("cycle-dashboard", "cycle.dashboard", VaadinIcon.CHART,
                    () -> UI.getCurrent().navigate("periode/" + id + "/dasbor")));
        }
        if (!canChange || shown.isClosed()) {
            return;
        }
        CycleStatus status = shown.getStatus();
        if (status == CycleStatus.DRAFT) {
            actions.add(button("cycle-edit", "cycle.edit", VaadinIcon.EDIT, () -> openEditor(shown)));
        }
        if (status == CycleStatus.DRAFT || status == CycleStatus.LAUNCHED) {
            Button launch = button("cycle-launch", status == CycleStatus.DRAFT ? "cycle.launch" : "cycle.launchMissing",
                    VaadinIcon.ROCKET, this::confirmLaunch);
            if (status == CycleStatus.DRAFT) {
                launch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            actions.add(launch);
        }
        if (status == CycleStatus.LAUNCHED) {
            actions.add(button("open-review-" + shown.getId(), "cycle.openReviewPhase", VaadinIcon.FORWARD,
                    this::confirmOpen));
        }
        if (status == CycleStatus.LAUNCHED || status == CycleStatus.REVIEW_PHASE) {
            actions.add(button("cycle-close", "cycle.close", VaadinIcon.LOCK, this::confirmClose));
        }
    }

    private Button button(String id, String key, VaadinIcon icon, Runnable action) {
        Button b = new Button(getTranslation(key), icon.create(), e -> action.run());
        b.setId(id);
        return b;
    }

    private void openEditor(AppraisalCycle c) {
        List<OrgUnit> units = organisation.units();
        new CycleEditor(cycles, units, c, LocalDate.now(clock.withZone(OrganisationZone.current())), saved -> refresh(saved.getId()))
                .open();
    }

    // ---- pre-flight -----------------------------------------------------------------------------

    void runCheck() {
        preflight.show(shown, cycles.preflight(shown.getId()));
    }

    // ---- launch, review phase, close -------------------------------------------------------------------

    private void confirmLaunch() {
        confirm("confirm-launch", "cycle.launch", getTranslation("cycle.launch.confirm", shown.getName()), this::launch);
    }

    void launch() {
        if (FormKit.attempt(() -> cycles.launch(shown.getId()))) {
            Notifications.success(getTranslation("cycle.launchStarted", shown.getName()));
            refresh(shown.getId());
        } else {
            runCheck();
        }
    }

    private void confirmOpen() {
        confirm("confirm-open-review", "cycle.openReviewPhase",
                getTranslation("cycle.openReviewPhase.confirm", shown.getName()), this::openReviewPhase);
    }

    void openReviewPhase() {
        if (FormKit.attempt(() -> cycles.openReviewPhase(shown.getId()))) {
            Notifications.success(getTranslation("cycle.reviewPhaseStarted", shown.getName()));
        }
        refresh(shown.getId());
    }

    private void confirmClose() {
        long open = cycles.unfinished(shown.getId());
        confirm("confirm-close", "cycle.close", open > 0 ? getTranslation("cycle.close.notYet", open)
                : getTranslation("cycle.close.confirm", shown.getName()), this::closeCycle);
    }

    void closeCycle() {
        if (FormKit.attempt(() -> cycles.close(shown.getId()))) {
            Notifications.success(getTranslation("cycle.closedNow", shown.getName()));
        }
        refresh(shown.getId());
    }

    private void confirm(String id, String key, String text, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId(id);
        dialog.setHeader(getTranslation(key));
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation(key));
        dialog.addConfirmListener(e -> action.run());
        dialog.open();
    }

    // ---- progress ------------------------------------------------------------------------------------------

    /** The latest batch: a bar while it runs, what it did when it ended, failed chunks with a retry. */
    void showProgress() {
        running = shown != null && progress.show(cycles.latestBatch(shown.getId()), canChange ? () -> {
            cycles.retryFailed(shown.getId());
            showProgress();
        } : null);
        pollWhileRunning();
    }

    /**
     * The page asks the server every second only while a batch runs: the navigation's counts are
     * read again on every poll, so an idle cycles view must not poll.
     */
    private void pollWhileRunning() {
        getUI().ifPresent(ui -> ui.setPollInterval(running ? POLL_MILLIS : -1));
    }

    void onPoll() {
        if (running && shown != null) {
            showProgress();
            if (!running) {
                refresh(shown.getId());
            }
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        poll = ui.addPollListener(e -> onPoll());
        pollWhileRunning();
        ui.getPage().retrieveExtendedClientDetails(d -> adaptTo(d.getWindowInnerWidth()));
        resize = ui.getPage().addBrowserWindowResizeListener(e -> adaptTo(e.getWidth()));
    }

    private void adaptTo(int width) {
        dateColumns.forEach(c -> c.setVisible(width >= 700));
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
        return getTranslation("nav.cycles") + " | " + getTranslation("app.name");
    }
}
