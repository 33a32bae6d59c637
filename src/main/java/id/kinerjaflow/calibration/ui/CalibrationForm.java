package id.kinerjaflow.calibration.ui;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.kinerjaflow.appraisal.Appraisal;
import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.base.ui.Notifications;
import id.kinerjaflow.base.ui.TaskForm;
import id.kinerjaflow.calibration.CalibrationChange;
import id.kinerjaflow.calibration.CalibrationService;
import id.kinerjaflow.calibration.CalibrationService.Deviation;
import id.kinerjaflow.calibration.UnitCalibration;
import id.kinerjaflow.rating.PerformanceRating;
import id.kinerjaflow.security.AppUser;
import id.kinerjaflow.security.UserDirectory;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The review board calibrates one unit: the unit's appraisals with their original and current
 * rating, a change per row (new rating and a mandatory reason), the history of changes, how the
 * spread stands against the distribution curve (in words and as bars), and Approve, which releases
 * the results. Whether the spread fits the curve is said at the top and again beside Approve; the
 * curve guides and does not forbid, so approving a spread that deviates asks for a confirmation.
 * Each change is stored when it is made, so there is no draft to keep.
 */
public class CalibrationForm extends VerticalLayout {

    /** One row of the grid: the appraisal and its rating as calibration stands now. */
    record Row(Appraisal appraisal, PerformanceRating current) {

        boolean changed() {
            return current != null && current != appraisal.getOriginalRating();
        }
    }

    private final CalibrationService calibrations;
    private final AppraisalService appraisals;
    private final UserDirectory users;
    private final TaskForm.TaskContext task;
    private final CurveText words = new CurveText(this);
    private final UnitCalibration calibration;

    final Div status = new Div();
    final UnorderedList deviations = new UnorderedList();
    final SpreadChart chart = new SpreadChart(words);
    final Grid<Row> grid = new Grid<>();
    final Div history = new Div();
    final Span noChanges = FormKit.hint("");
    final Span approveStatus = new Span();
    final Button approve;
    private Map<Long, Appraisal> byId = new HashMap<>();
    /** Display names of the people who made changes, read once per person. */
    private final Map<String, String> names = new HashMap<>();
    private boolean fits;
    private Registration resize;

    CalibrationForm(CalibrationService calibrations, AppraisalService appraisals, UserDirectory users,
                    TaskForm.TaskContext task) {
        this.calibrations = calibrations;
        this.appraisals = appraisals;
        this.users = users;
        this.task = task;
        this.calibration = calibrations.calibration(task.calibrationId());
        setPadding(false);
        setWidthFull();
        addClassName("kf-calibration-form");

        status.setId("curve-status");
        status.setWidthFull();
        status.addClassNames(LumoUtility.BoxSizing.BORDER);
        add(status);

        FlexLayout facts = new FlexLayout(FormKit.fact(getTranslation("calibrationForm.unitRating"),
                calibration.getUnitRating() == null ? null
                        : getTranslation("unitRating." + calibration.getUnitRating().name())));
        facts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        deviations.setId("deviations");
        deviations.addClassNames(LumoUtility.Margin.Vertical.SMALL, LumoUtility.Padding.NONE,
                LumoUtility.ListStyleType.NONE, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.XSMALL);
        add(section(getTranslation("calibrationForm.curveTitle"), facts, deviations, chart,
                FormKit.hint(getTranslation("calibrationForm.curveIsGuide"))));

        configureGrid();
        add(section(getTranslation("calibrationForm.ratingsTitle"), grid));

        history.setId("change-history");
        history.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        noChanges.setId("no-changes");
        noChanges.setText(getTranslation("calibrationForm.noChanges"));
        add(section(getTranslation("calibrationForm.historyTitle"), noChanges, history));

        approve = FormKit.primary(getTranslation("calibrationForm.approve"), this::approve);
        approve.setId("approve");
        approveStatus.setId("approve-status");
        add(FormKit.actions(approveStatus, approve));

        refresh();
        // phones: the original rating moves into the calibrated column, so the grid fits the width
        addAttachListener(e -> {
            e.getUI().getPage().retrieveExtendedClientDetails(d -> fitColumns(d.getWindowInnerWidth()));
            resize = e.getUI().getPage().addBrowserWindowResizeListener(r -> fitColumns(r.getWidth()));
        });
        addDetachListener(e -> {
            if (resize != null) {
                resize.remove();
            }
        });
    }

    private static Div section(String title, Component... content) {
        Div card = FormKit.section(title, content);
        card.addClassNames(LumoUtility.BoxSizing.BORDER);
        return card;
    }

    void fitColumns(int windowWidth) {
        grid.getColumnByKey("original").setVisible(windowWidth >= 700);
    }

    private void configureGrid() {
        grid.setId("ratings-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT,
                GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(r -> {
            Span nip = new Span(r.appraisal().getEmployee().getNip());
            nip.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
            return new Div(new Div(new Span(r.appraisal().getEmployee().getName())), nip);
        }).setHeader(getTranslation("employee.nameAndNip")).setFlexGrow(3).setKey("employee");
        grid.addColumn(r -> r.appraisal().getOriginalRating() == null ? getTranslation("calibrationForm.notReviewed")
                        : words.rating(r.appraisal().getOriginalRating()))
                .setHeader(getTranslation("calibrationForm.original")).setFlexGrow(2).setKey("original");
        grid.addComponentColumn(r -> {
            Span s = new Span(r.current() == null ? "\u2014" : words.rating(r.current()));
            if (!r.changed()) {
                return s;
            }
            s.getElement().getThemeList().add("badge");
            s.getElement().setAttribute("title", getTranslation("calibrationForm.changedHint"));
            Span from = FormKit.hint(getTranslation("calibrationForm.was", words.rating(r.appraisal().getOriginalRating())));
            from.addClassNames(LumoUtility.FontSize.XSMALL);
            return new Div(new Div(s), from);
        }).setHeader(getTranslation("calibrationForm.current")).setFlexGrow(2).setKey("current");
        grid.addComponentColumn(r -> {
            Button change = new Button(getTranslation("calibrationForm.change"), VaadinIcon.EDIT.create(),
                    e -> openChange(r));
            change.setId("change-" + r.appraisal().getId());
            change.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            change.setEnabled(r.current() != null);
            return change;
        }).setHeader("").setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END).setKey("action");
    }

    /** One change of the history: when and by whom, whose rating from what to what, and why. */
    private Div entry(CalibrationChange c) {
        Span when = new Span(FormKit.dateTime(c.getChangedAt()) + " \u00b7 " + who(c.getChangedBy()));
        when.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        Appraisal a = byId.get(c.getAppraisalId());
        Span whose = new Span((a == null ? "" : a.getEmployee().getName() + ": ")
                + words.rating(c.getFromRating()) + " \u2192 " + words.rating(c.getToRating()));
        whose.addClassNames(LumoUtility.FontWeight.MEDIUM);
        Span why = new Span(c.getReason());
        why.addClassNames(LumoUtility.FontSize.SMALL);
        why.getStyle().set("white-space", "pre-line");
        Div entry = new Div(new Div(when), new Div(whose), new Div(why));
        entry.setId("change-entry-" + c.getId());
        entry.addClassNames(LumoUtility.Border.LEFT, LumoUtility.BorderColor.PRIMARY_50, LumoUtility.Padding.Start.SMALL);
        entry.getStyle().set("border-left-width", "3px");
        return entry;
    }

    private String who(String username) {
        if (CalibrationChange.SYSTEM.equals(username)) {
            return getTranslation("calibrationForm.bySystem");
        }
        return names.getOrDefault(username, username);
    }

    /** Reads everything again: ratings, changes, the curve; and says whether the spread fits. */
    void refresh() {
        List<Appraisal> all = appraisals.appraisalsOfUnit(calibration.getCycleId(), calibration.getUnit().getId());
        Map<Long, Appraisal> index = new HashMap<>();
        all.forEach(a -> index.put(a.getId(), a));
        byId = index;
        Map<Long, PerformanceRating> current = calibrations.currentRatings(calibration.getId());
        grid.setItems(all.stream().map(a -> new Row(a, current.get(a.getId()))).toList());

        List<CalibrationChange> changes = calibrations.changes(calibration.getId());
        Set<String> people = new LinkedHashSet<>();
        changes.forEach(c -> people.add(c.getChangedBy()));
        people.removeAll(names.keySet());
        people.remove(CalibrationChange.SYSTEM);
        if (!people.isEmpty()) {
            for (AppUser u : users.find(people)) {
                names.put(u.username(), u.displayName() == null ? u.username() : u.displayName());
            }
        }
        history.removeAll();
        changes.forEach(c -> history.add(entry(c)));
        history.setVisible(!changes.isEmpty());
        noChanges.setVisible(changes.isEmpty());

        List<Deviation> bands = calibrations.deviations(calibration.getId());
        fits = bands.stream().allMatch(Deviation::fits);
        deviations.removeAll();
        for (Deviation d : bands) {
            Span icon = new Span((d.fits() ? VaadinIcon.CHECK : VaadinIcon.WARNING).create());
            icon.getChildren().forEach(i -> i.getElement().getStyle().set("width", "1em").set("height", "1em"));
            ListItem item = new ListItem(icon, new Span(words.standing(d)));
            item.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.BASELINE);
            item.setId("deviation-" + d.band());
            item.getElement().setAttribute("data-fits", Boolean.toString(d.fits()));
            item.addClassNames(d.fits() ? LumoUtility.TextColor.SUCCESS : LumoUtility.TextColor.ERROR);
            deviations.add(item);
        }
        chart.show(current.values(), bands);
        showStatus(bands);
    }

    private void showStatus(List<Deviation> bands) {
        status.removeAll();
        status.removeClassNames(LumoUtility.Background.SUCCESS_10, LumoUtility.Background.ERROR_10);
        status.addClassNames(LumoUtility.BorderRadius.MEDIUM, LumoUtility.Padding.MEDIUM,
                fits ? LumoUtility.Background.SUCCESS_10 : LumoUtility.Background.ERROR_10);
        status.getElement().setAttribute("data-fits", Boolean.toString(fits));
        String unitRating = calibration.getUnitRating() == null ? "\u2014"
                : getTranslation("unitRating." + calibration.getUnitRating().name());
        Span icon = new Span((fits ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.WARNING).create());
        icon.addClassNames(fits ? LumoUtility.TextColor.SUCCESS : LumoUtility.TextColor.ERROR);
        Span headline = new Span(" " + getTranslation(fits ? "calibrationForm.fits" : "calibrationForm.deviates",
                unitRating));
        headline.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        status.add(new Div(icon, headline));
        if (!fits) {
            String list = String.join("; ", bands.stream().filter(d -> !d.fits()).map(words::standing).toList());
            status.add(FormKit.hint(list));
        }
        approveStatus.setText(getTranslation(fits ? "calibrationForm.approveFits" : "calibrationForm.approveDeviates"));
        approveStatus.getElement().setAttribute("data-fits", Boolean.toString(fits));
    }

    void openChange(Row row) {
        ChangeRatingDialog[] dialog = new ChangeRatingDialog[1];
        dialog[0] = new ChangeRatingDialog(row.appraisal(), row.current(), words, change -> {
            if (FormKit.attempt(() -> calibrations.changeRating(calibration.getId(), row.appraisal().getId(),
                    change.getTo().name(), change.getReason()))) {
                dialog[0].close();
                Notifications.success(getTranslation("calibrationForm.changed",
                        row.appraisal().getEmployee().getName(), words.rating(change.getTo())));
                refresh();
            }
        });
        dialog[0].open();
    }

    void approve() {
        if (fits) {
            doApprove();
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("approve-confirm");
        confirm.setHeader(getTranslation("calibrationForm.confirmTitle"));
        confirm.setText(getTranslation("calibrationForm.confirmText"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("calibrationForm.cancel"));
        confirm.setConfirmText(getTranslation("calibrationForm.confirmApprove"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> doApprove());
        confirm.open();
    }

    private void doApprove() {
        if (FormKit.attempt(() -> calibrations.approve(calibration.getId()))) {
            task.done().run();
        }
    }
}
