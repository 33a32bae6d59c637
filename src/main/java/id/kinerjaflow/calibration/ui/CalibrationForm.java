package id.kinerjaflow.calibration.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.kinerjaflow.appraisal.Appraisal;
import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.base.ui.Notifications;
import id.kinerjaflow.base.ui.TaskForm;
import id.kinerjaflow.calibration.CalibrationService;
import id.kinerjaflow.calibration.CalibrationService.Deviation;
import id.kinerjaflow.calibration.UnitCalibration;
import id.kinerjaflow.rating.PerformanceRating;
import id.kinerjaflow.security.UserDirectory;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
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

    private final CalibrationService calibrations;
    private final AppraisalService appraisals;
    private final TaskForm.TaskContext task;
    private final CurveText words = new CurveText(this);
    private final UnitCalibration calibration;

    final Div status = new Div();
    final DeviationList deviations = new DeviationList(words);
    final SpreadChart chart = new SpreadChart(words);
    final RatingsGrid grid = new RatingsGrid(words);
    final ChangeHistory history;
    final Span noChanges;
    final Span approveStatus = new Span();
    final Button approve;
    private boolean fits;
    private Registration resize;

    CalibrationForm(CalibrationService calibrations, AppraisalService appraisals, UserDirectory users,
                    TaskForm.TaskContext task) {
        this.calibrations = calibrations;
        this.appraisals = appraisals;
        this.task = task;
        this.history = new ChangeHistory(words, users);
        this.noChanges = history.empty;
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
        add(section(getTranslation("calibrationForm.curveTitle"), facts, deviations, chart,
                FormKit.hint(getTranslation("calibrationForm.curveIsGuide"))));

        configureGrid();
        add(section(getTranslation("calibrationForm.ratingsTitle"), grid));

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
        grid.fitColumns(windowWidth);
    }

    private void configureGrid() {
        grid.setId("ratings-grid");
        grid.addComponentColumn(r -> {
            Button change = new Button(getTranslation("calibrationForm.change"), VaadinIcon.EDIT.create(),
                    e -> openChange(r));
            change.setId("change-" + r.appraisal().getId());
            change.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            change.setEnabled(r.current() != null);
            return change;
        }).setHeader("").setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END).setKey("action");
    }

    /** Reads everything again: ratings, changes, the curve; and says whether the spread fits. */
    void refresh() {
        List<Appraisal> all = appraisals.appraisalsOfUnit(calibration.getCycleId(), calibration.getUnit().getId());
        Map<Long, PerformanceRating> current = calibrations.currentRatings(calibration.getId());
        grid.setItems(all.stream().map(a -> new RatingsGrid.Row(a, current.get(a.getId()))).toList());
        history.show(calibrations.changes(calibration.getId()),
                all.stream().collect(Collectors.toMap(Appraisal::getId, Function.identity())));

        List<Deviation> bands = calibrations.deviations(calibration.getId());
        fits = bands.stream().allMatch(Deviation::fits);
        deviations.show(bands);
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

    void openChange(RatingsGrid.Row row) {
        ChangeRatingDialog[] dialog = new ChangeRatingDialog[1];
        dialog[0] = new ChangeRatingDialog(row.appraisal(), row.current(), words, change -> {
            if (dialog[0].attempt(() -> calibrations.changeRating(calibration.getId(), row.appraisal().getId(),
                    change.getTo(), change.getReason()))) {
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
