package id.kinerjaflow.calibration.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.kinerjaflow.base.BusinessRuleException;
import id.kinerjaflow.calibration.CalibrationBoardService;
import id.kinerjaflow.calibration.CalibrationBoardService.UnitDetail;
import id.kinerjaflow.calibration.CalibrationBoardService.UnitRow;
import id.kinerjaflow.calibration.UnitCalibration.Status;
import id.kinerjaflow.cycle.AppraisalCycle;
import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.security.CurrentUser;
import id.kinerjaflow.security.Roles;
import id.kinerjaflow.security.UserDirectory;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
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
    private final List<AppraisalCycle> cycles;

    final ComboBox<AppraisalCycle> cycle = new ComboBox<>();
    final TextField search = new TextField();
    final FlexLayout chips = new FlexLayout();
    final UnitGrid grid;
    final Div empty = new Div();
    private final VerticalLayout list = new VerticalLayout();
    final UnitDetailPanel detail;
    final ChangeHistory history;

    private List<UnitRow> rows = List.of();
    private Long loadedCycleId;
    private Status statusFilter;
    private Registration resize;

    public CalibrationBoardView(CalibrationBoardService board, CycleService cycleService, UserDirectory users,
                                CurrentUser currentUser) {
        this.board = board;
        this.cycles = cycleService.cycles();
        CurveText words = new CurveText(this);
        this.history = new ChangeHistory(words, users);
        UnitStatus status = new UnitStatus(this, words, history);
        this.grid = new UnitGrid(status, this::unitParameters);
        this.detail = new UnitDetailPanel(board, currentUser, words, history, status);
        setPadding(true);
        setSizeFull();
        addClassName("kf-calibration-board");

        H2 title = new H2(getTranslation("calibrationBoard.title"));
        title.addClassNames(LumoUtility.Margin.Vertical.NONE, LumoUtility.FontSize.XLARGE);

        chips.setId("board-status-filters");
        chips.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        chips.addClassNames(LumoUtility.Gap.XSMALL);

        empty.setId("board-empty");
        empty.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Padding.LARGE,
                LumoUtility.TextAlignment.CENTER);

        list.setPadding(false);
        list.setSizeFull();
        list.add(title, filters(), chips, grid, empty);
        list.setFlexGrow(1, grid);
        add(list, detail);
    }

    private Component filters() {
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
        return bar;
    }

    // ---- the list ---------------------------------------------------------------------------------

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

    private QueryParameters unitParameters(Long calibrationId) {
        return QueryParameters.simple(Map.of(CYCLE, String.valueOf(loadedCycleId), UNIT, calibrationId.toString()));
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
            detail.show(d, () -> UI.getCurrent().navigate(CalibrationBoardView.class,
                    QueryParameters.of(CYCLE, String.valueOf(loadedCycleId))));
        } else {
            detail.clear();
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
        grid.adaptTo(width);
        detail.adaptTo(width);
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
