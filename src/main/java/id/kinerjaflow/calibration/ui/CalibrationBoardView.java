package id.kinerjaflow.calibration.ui;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.kinerjaflow.appraisal.Appraisal;
import id.kinerjaflow.base.BusinessRuleException;
import id.kinerjaflow.base.ModelNames;
import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.calibration.CalibrationBoardService;
import id.kinerjaflow.calibration.CalibrationBoardService.OpenTask;
import id.kinerjaflow.calibration.CalibrationBoardService.UnitDetail;
import id.kinerjaflow.calibration.CalibrationBoardService.UnitRow;
import id.kinerjaflow.calibration.CalibrationService.Deviation;
import id.kinerjaflow.calibration.UnitCalibration.Status;
import id.kinerjaflow.cycle.AppraisalCycle;
import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.process.ProcessIds;
import id.kinerjaflow.security.CurrentUser;
import id.kinerjaflow.security.Role;
import id.kinerjaflow.security.Roles;
import id.kinerjaflow.security.UserDirectory;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;

/**
 * Kalibrasi: every unit's calibration in a cycle, for the review board and HR beside the tasks in
 * their inbox (and for auditors). The list says per unit where the calibration stands, its unit
 * rating, how many appraisals it has, whether the current spread fits the curve and how many
 * ratings were changed, with counts per state and a search by unit name. A unit opens in detail
 * ({@code ?periode=<cycle>&unit=<calibration>}, so that a link or the back button finds it again):
 * the appraisals with their original and current rating, the spread against the curve, the
 * deviations and the history of changes. Nothing changes here: a board member (or HR, for the unit
 * rating) who may work on the unit's open task takes it with one button and goes to its form.
 */
@Route("kalibrasi")
@RolesAllowed({Roles.BOARD, Roles.HR, Roles.ADMIN, Roles.AUDITOR})
@Menu(order = 5, icon = "vaadin:scale", title = "nav.calibration")
public class CalibrationBoardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Query parameters: the cycle shown, and the unit calibration opened in detail. */
    public static final String CYCLE = "periode";
    public static final String UNIT = "unit";

    private final CalibrationBoardService board;
    private final CurrentUser currentUser;
    private final List<AppraisalCycle> cycles;
    private final CurveText words = new CurveText(this);

    final ComboBox<AppraisalCycle> cycle = new ComboBox<>();
    final TextField search = new TextField();
    final FlexLayout chips = new FlexLayout();
    final Grid<UnitRow> grid = new Grid<>();
    final Div empty = new Div();
    private final VerticalLayout list = new VerticalLayout();
    final Div detail = new Div();
    /** Built with the detail, for the tests and the phone layout; null while the list is shown. */
    RatingsGrid ratings;
    /** Who the curve waits for, when not all are rated; null otherwise and while the list is shown. */
    UnratedList unrated;
    final ChangeHistory history;

    private List<UnitRow> rows = List.of();
    private Long loadedCycleId;
    private Status statusFilter;
    private Registration resize;

    public CalibrationBoardView(CalibrationBoardService board, CycleService cycleService, UserDirectory users,
                                CurrentUser currentUser) {
        this.board = board;
        this.currentUser = currentUser;
        this.cycles = cycleService.cycles();
        this.history = new ChangeHistory(words, users);
        setPadding(true);
        setSizeFull();
        addClassName("kf-calibration-board");

        H2 title = new H2(getTranslation("calibrationBoard.title"));
        title.addClassNames(LumoUtility.Margin.Vertical.NONE, LumoUtility.FontSize.XLARGE);

        cycle.setId("board-cycle");
        cycle.setLabel(getTranslation("task.cycle"));
        cycle.setItems(cycles);
        cycle.setItemLabelGenerator(AppraisalCycle::getName);
        cycle.setWidth("min(18rem, 100%)");
        cycle.addValueChangeListener(e -> {
            if (e.getValue() != null && !e.getValue().getId().equals(loadedCycleId)) {
                UI.getCurrent().navigate(CalibrationBoardView.class, QueryParameters.of(CYCLE,
                        e.getValue().getId().toString()));
            }
        });
        search.setId("board-search");
        search.setLabel(getTranslation("calibrationBoard.col.unit"));
        search.setPlaceholder(getTranslation("calibrationBoard.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(60);
        search.setWidth("min(18rem, 100%)");
        search.addValueChangeListener(e -> showRows());
        HorizontalLayout bar = new HorizontalLayout(cycle, search);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.addClassNames(LumoUtility.FlexWrap.WRAP);
        bar.setWidthFull();

        chips.setId("board-status-filters");
        chips.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        chips.addClassNames(LumoUtility.Gap.XSMALL);

        configureGrid();
        empty.setId("board-empty");
        empty.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Padding.LARGE,
                LumoUtility.TextAlignment.CENTER);

        list.setPadding(false);
        list.setSizeFull();
        list.add(title, bar, chips, grid, empty);
        list.setFlexGrow(1, grid);
        detail.setId("board-detail");
        detail.setWidthFull();
        detail.setMaxWidth("80rem");
        add(list, detail);
    }

    // ---- the list ---------------------------------------------------------------------------------

    private void configureGrid() {
        grid.setId("board-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::unitCell).setHeader(getTranslation("calibrationBoard.col.unit"))
                .setWidth("14rem").setFlexGrow(3).setKey("unit");
        grid.addComponentColumn(this::statusCell).setHeader(getTranslation("calibrationBoard.col.status"))
                .setWidth("13rem").setFlexGrow(2).setKey("status");
        grid.addColumn(r -> r.unitRating() == null ? "\u2014" : getTranslation("unitRating." + r.unitRating().name()))
                .setHeader(getTranslation("calibrationBoard.col.unitRating")).setWidth("8rem").setFlexGrow(0)
                .setKey("unitRating");
        grid.addColumn(UnitRow::appraisals).setHeader(getTranslation("calibrationBoard.col.appraisals"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END).setKey("appraisals");
        grid.addComponentColumn(this::curveCell).setHeader(getTranslation("calibrationBoard.col.curve"))
                .setWidth("12rem").setFlexGrow(2).setKey("curve");
        grid.addColumn(UnitRow::changes).setHeader(getTranslation("calibrationBoard.col.changes"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END).setKey("changes");
    }

    private Component unitCell(UnitRow r) {
        RouterLink link = new RouterLink(r.unitName(), CalibrationBoardView.class);
        link.setQueryParameters(unitParameters(r.calibrationId()));
        link.setId("open-unit-" + r.calibrationId());
        link.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        // on a phone the state's column is hidden: it comes under the name
        Span narrow = new Span(statusLine(r));
        narrow.addClassNames("kf-narrow-only", LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        return new Div(new Div(link), narrow);
    }

    private Component statusCell(UnitRow r) {
        Span state = new Span(getTranslation("calibrationBoard.status." + r.status().name()));
        state.setId("status-" + r.calibrationId());
        String note = statusNote(r);
        if (note.isEmpty()) {
            return state;
        }
        Span more = new Span(note);
        more.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        return new Div(new Div(state), more);
    }

    /** What goes with the state: how many are reviewed while waiting, when and by whom released. */
    String statusNote(UnitRow r) {
        return switch (r.status()) {
            case AWAITING_UNIT_RATING -> "";
            case AWAITING_REVIEWS -> getTranslation("calibrationBoard.reviewedOf", r.reviewed(), r.appraisals());
            case CALIBRATING -> r.reviewed() < r.appraisals()
                    ? getTranslation("calibrationBoard.reviewedOf", r.reviewed(), r.appraisals()) : "";
            case RELEASED -> getTranslation("calibrationBoard.releasedOn", FormKit.date(r.releasedAt()),
                    history.who(r.releasedBy()));
        };
    }

    String statusLine(UnitRow r) {
        String note = statusNote(r);
        String state = getTranslation("calibrationBoard.status." + r.status().name());
        return note.isEmpty() ? state : state + " \u00b7 " + note;
    }

    private Component curveCell(UnitRow r) {
        if (!r.curveKnown()) {
            Span none = new Span("\u2014");
            none.addClassNames(LumoUtility.TextColor.SECONDARY);
            none.getElement().setAttribute("title", getTranslation("calibrationBoard.noSpread"));
            none.setId("curve-" + r.calibrationId());
            return none;
        }
        Div cell = new Div(new Div(badge(r.fits())));
        cell.setId("curve-" + r.calibrationId());
        cell.getElement().setAttribute("data-fits", Boolean.toString(r.fits()));
        if (!r.fits()) {
            Span what = new Span(deviationsInShort(r.deviations()));
            what.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.ERROR);
            cell.add(new Div(what));
        }
        return cell;
    }

    private Span badge(boolean fits) {
        Span badge = new Span(getTranslation(fits ? "calibrationBoard.fits" : "calibrationBoard.deviates"));
        badge.getElement().getThemeList().add(fits ? "badge success" : "badge error");
        return badge;
    }

    /** "Baik 100 % > 70 %; Butuh Perbaikan atau Kurang/Misconduct: belum ada". */
    String deviationsInShort(List<Deviation> deviations) {
        return deviations.stream().filter(d -> !d.fits()).map(words::brief).collect(Collectors.joining("; "));
    }

    private void loadRows(AppraisalCycle chosen) {
        loadedCycleId = chosen == null ? null : chosen.getId();
        rows = chosen == null ? List.of() : board.units(chosen.getId());
        history.learnNames(rows.stream().map(UnitRow::releasedBy).toList());
    }

    /** The rows of the chosen state whose unit name has the search text, and the counts per state. */
    void showRows() {
        String text = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
        List<UnitRow> shown = rows.stream()
                .filter(r -> statusFilter == null || r.status() == statusFilter)
                .filter(r -> text.isEmpty() || r.unitName().toLowerCase(Locale.ROOT).contains(text))
                .toList();
        grid.setItems(shown);
        grid.setVisible(!shown.isEmpty());
        empty.setVisible(shown.isEmpty());
        empty.setText(getTranslation(cycles.isEmpty() ? "calibrationBoard.noCycle" : "calibrationBoard.empty"));
        renderChips();
    }

    private void renderChips() {
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        rows.forEach(r -> counts.merge(r.status(), 1L, Long::sum));
        chips.removeAll();
        chips.add(chip(null, getTranslation("calibrationBoard.all"), rows.size()));
        for (Status s : Status.values()) {
            chips.add(chip(s, getTranslation("calibrationBoard.status." + s.name()), counts.getOrDefault(s, 0L)));
        }
    }

    private Button chip(Status status, String label, long count) {
        Button chip = new Button(label + " (" + count + ")", e -> {
            statusFilter = status;
            showRows();
        });
        chip.setId("chip-" + (status == null ? "all" : status.name()));
        chip.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (status == statusFilter) {
            chip.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            chip.addThemeVariants(ButtonVariant.LUMO_CONTRAST, ButtonVariant.LUMO_TERTIARY);
        }
        return chip;
    }

    // ---- one unit ---------------------------------------------------------------------------------

    private QueryParameters unitParameters(Long calibrationId) {
        return QueryParameters.simple(Map.of(CYCLE, String.valueOf(loadedCycleId), UNIT, calibrationId.toString()));
    }

    private void showDetail(UnitDetail d) {
        UnitRow u = d.unit();
        detail.removeAll();
        Button back = new Button(getTranslation("calibrationBoard.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> UI.getCurrent().navigate(CalibrationBoardView.class,
                        QueryParameters.of(CYCLE, String.valueOf(loadedCycleId))));
        back.setId("board-back");
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);

        H2 name = new H2(u.unitName());
        name.addClassNames(LumoUtility.Margin.Vertical.NONE, LumoUtility.FontSize.XLARGE);
        Span state = new Span(statusLine(u));
        state.setId("detail-status");
        state.addClassNames(LumoUtility.TextColor.SECONDARY);

        history.learnNames(java.util.Arrays.asList(u.unitRatingSetBy(), u.releasedBy()));
        String unitRating = u.unitRating() == null ? null : getTranslation("unitRating." + u.unitRating().name());
        FlexLayout facts = new FlexLayout(
                fact("detail-unit-rating", getTranslation("calibrationForm.unitRating"), unitRating == null ? null
                        : u.unitRatingSetBy() == null ? unitRating
                        : getTranslation("calibrationBoard.unitRatingSetBy", unitRating, history.who(u.unitRatingSetBy()))),
                fact("detail-reviewed", getTranslation("calibrationBoard.col.appraisals"),
                        getTranslation("calibrationBoard.reviewedOf", u.reviewed(), u.appraisals())),
                fact("detail-changes", getTranslation("calibrationBoard.col.changes"), Long.toString(u.changes())));
        facts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        facts.addClassNames(LumoUtility.Gap.Column.XLARGE, LumoUtility.Gap.Row.SMALL);

        Div head = new Div(new Div(back), name, new Div(state));
        head.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
        VerticalLayout body = new VerticalLayout(head, action(d), section(null, facts));
        if (u.unitRating() == null && u.status() != Status.RELEASED) {
            body.add(firstStep(d));
        }
        if (u.reviewed() < u.appraisals()) {
            unrated = new UnratedList(history, currentUser.hasRole(Role.HR) || currentUser.hasRole(Role.ADMIN)
                    || currentUser.hasRole(Role.AUDITOR));
            unrated.show(board.unrated(u.calibrationId()));
            body.add(section(getTranslation("calibrationBoard.unrated.title", u.appraisals() - u.reviewed(),
                    u.appraisals()), unrated));
        } else {
            unrated = null;
        }
        body.add(curveSection(d));

        ratings = new RatingsGrid(words);
        ratings.setId("board-ratings");
        ratings.setItems(d.appraisals().stream().map(a -> new RatingsGrid.Row(a, d.current().get(a.getId()))).toList());
        body.add(section(getTranslation("calibrationForm.ratingsTitle"), ratings));

        history.show(d.changes(), d.appraisals().stream().collect(Collectors.toMap(Appraisal::getId,
                Function.identity())));
        body.add(section(getTranslation("calibrationForm.historyTitle"), history.empty, history));
        body.setPadding(false);
        detail.add(body);
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().retrieveExtendedClientDetails(x -> ratings.fitColumns(x.getWindowInnerWidth()));
        }
    }

    /**
     * Nothing can be compared with the curve before HR sets the unit's rating: what comes first, who
     * holds that task (or that it waits in HR's inbox); HR itself takes it with the button above.
     */
    private Component firstStep(UnitDetail d) {
        Optional<OpenTask> task = d.task().filter(t -> ProcessIds.Calibration.TASK_SET_UNIT_RATING.equals(t.taskKey()));
        String who = task.isEmpty() ? getTranslation("calibrationBoard.firstStep.noTask")
                : task.get().mine() || task.get().mayTake() && task.get().holder() == null
                ? getTranslation("calibrationBoard.firstStep.yours")
                : task.get().holder() != null ? getTranslation("calibrationBoard.heldBy", holderName(task.get().holder()))
                : getTranslation("calibrationBoard.firstStep.waitsForHr");
        Span note = new Span(getTranslation("calibrationBoard.firstStep",
                ModelNames.step(ProcessIds.Calibration.TASK_SET_UNIT_RATING, null, getLocale())) + " " + who);
        Div box = new Div(VaadinIcon.INFO_CIRCLE.create(), note);
        box.setId("board-first-step");
        box.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.Padding.MEDIUM,
                LumoUtility.BorderRadius.MEDIUM, LumoUtility.Background.PRIMARY_10, LumoUtility.AlignItems.START);
        box.setWidthFull();
        return box;
    }

    private static Div fact(String id, String label, String value) {
        Div fact = FormKit.fact(label, value);
        fact.setId(id);
        return fact;
    }

    private static Div section(String title, Component... content) {
        return FormKit.section(title, content);
    }

    private Component curveSection(UnitDetail d) {
        UnitRow u = d.unit();
        if (u.unitRating() == null) {
            return section(getTranslation("calibrationForm.curveTitle"),
                    FormKit.hint(getTranslation("calibrationBoard.noCurveYet")));
        }
        if (!u.curveKnown()) {
            String asks = u.deviations().stream().map(b -> words.requirement(b.ratings(), b.minShare(), b.maxShare(),
                    b.mustExist())).collect(Collectors.joining("; "));
            Span none = FormKit.hint(getTranslation("calibrationBoard.noReviewsYet",
                    getTranslation("unitRating." + u.unitRating().name()), asks));
            none.setId("detail-curve-pending");
            return section(getTranslation("calibrationForm.curveTitle"), none);
        }
        Div status = new Div(badge(u.fits()));
        status.setId("detail-curve");
        status.getElement().setAttribute("data-fits", Boolean.toString(u.fits()));
        DeviationList deviations = new DeviationList(words);
        deviations.show(u.deviations());
        SpreadChart chart = new SpreadChart(words);
        chart.show(d.current().values(), u.deviations());
        return section(getTranslation("calibrationForm.curveTitle"), status, deviations, chart,
                FormKit.hint(getTranslation("calibrationForm.curveIsGuide")));
    }

    /**
     * The one thing a user may do from here: take the unit's open task if they may work on it. Who
     * holds it otherwise, or that this overview is read-only.
     */
    private Component action(UnitDetail d) {
        Optional<OpenTask> task = d.task();
        if (task.isPresent() && task.get().mayTake()) {
            boolean calibrate = ProcessIds.Calibration.TASK_CALIBRATE_UNIT.equals(task.get().taskKey());
            Button take = FormKit.primary(getTranslation(calibrate ? "calibrationBoard.calibrate"
                    : "calibrationBoard.setUnitRating"), () -> take(d.unit().calibrationId()));
            take.setId("take-task");
            take.setIcon((calibrate ? VaadinIcon.SCALE : VaadinIcon.EDIT).create());
            return FormKit.actions(null, take);
        }
        Span note = FormKit.hint(task.isPresent() && task.get().holder() != null
                ? getTranslation("calibrationBoard.heldBy", holderName(task.get().holder()))
                : getTranslation("calibrationBoard.readOnly"));
        note.setId("board-read-only");
        return note;
    }

    private String holderName(String username) {
        history.learnNames(List.of(username));
        return history.who(username);
    }

    void take(Long calibrationId) {
        String[] taskId = new String[1];
        if (FormKit.attempt(() -> taskId[0] = board.takeTask(calibrationId))) {
            UI.getCurrent().navigate("tugas/" + taskId[0]);
        }
    }

    // ---- navigation -------------------------------------------------------------------------------

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        Long cycleId = id(params.get(CYCLE));
        Long unitId = id(params.get(UNIT));
        UnitDetail d = null;
        if (unitId != null) {
            try {
                d = board.unit(unitId);
                cycleId = d.cycleId();
            } catch (BusinessRuleException e) {
                d = null;
            }
        }
        Long wanted = cycleId;
        AppraisalCycle chosen = cycles.stream().filter(c -> c.getId().equals(wanted)).findFirst()
                .orElse(cycles.isEmpty() ? null : cycles.get(0));
        loadedCycleId = chosen == null ? null : chosen.getId();
        cycle.setValue(chosen);
        list.setVisible(d == null);
        detail.setVisible(d != null);
        if (d != null) {
            showDetail(d);
        } else {
            ratings = null;
            detail.removeAll();
            loadRows(chosen);
            showRows();
        }
    }

    private static Long id(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(values.get(0));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** On a phone the unit and its standing against the curve stay; the state goes under the name. */
    void adaptTo(int width) {
        boolean narrow = width < 700;
        for (String key : List.of("status", "unitRating", "appraisals", "changes")) {
            grid.getColumnByKey(key).setVisible(!narrow);
        }
        if (ratings != null) {
            ratings.fitColumns(width);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().retrieveExtendedClientDetails(d -> adaptTo(d.getWindowInnerWidth()));
        resize = event.getUI().getPage().addBrowserWindowResizeListener(e -> adaptTo(e.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (resize != null) {
            resize.remove();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.calibration") + " | " + getTranslation("app.name");
    }
}
