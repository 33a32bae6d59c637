package id.kinerjaflow.calibration.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.kinerjaflow.appraisal.Appraisal;
import id.kinerjaflow.base.ModelNames;
import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.calibration.CalibrationBoardService;
import id.kinerjaflow.calibration.CalibrationBoardService.OpenTask;
import id.kinerjaflow.calibration.CalibrationBoardService.UnitDetail;
import id.kinerjaflow.calibration.CalibrationBoardService.UnitRow;
import id.kinerjaflow.calibration.UnitCalibration.Status;
import id.kinerjaflow.process.ProcessIds;
import id.kinerjaflow.security.CurrentUser;
import id.kinerjaflow.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * One unit's calibration on the board, read-only: its state and facts, what comes first while HR
 * has not set the unit rating, who is not yet rated, the spread against the curve, the appraisals
 * with their original and current rating, and the history of changes. The one action is taking the
 * unit's open task, for those who may work on it.
 */
class UnitDetailPanel extends Div {

    private final CalibrationBoardService board;
    private final CurrentUser currentUser;
    private final CurveText words;
    private final ChangeHistory history;
    private final UnitStatus status;
    /** Built with the detail, for the tests and the phone layout; null until a unit is shown. */
    RatingsGrid ratings;
    /** Who the curve waits for, when not all are rated; null otherwise. */
    UnratedList unrated;

    UnitDetailPanel(CalibrationBoardService board, CurrentUser currentUser, CurveText words, ChangeHistory history,
                    UnitStatus status) {
        this.board = board;
        this.currentUser = currentUser;
        this.words = words;
        this.history = history;
        this.status = status;
        setId("board-detail");
        setWidthFull();
        setMaxWidth("80rem");
    }

    /** Nothing shown: the list is. */
    void clear() {
        ratings = null;
        unrated = null;
        removeAll();
    }

    /** Shows a unit; {@code back} returns to the list of its cycle. */
    void show(UnitDetail d, Runnable back) {
        UnitRow u = d.unit();
        removeAll();
        Button backButton = new Button(getTranslation("calibrationBoard.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> back.run());
        backButton.setId("board-back");
        backButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);

        H2 name = new H2(u.unitName());
        name.addClassNames(LumoUtility.Margin.Vertical.NONE, LumoUtility.FontSize.XLARGE);
        Span state = new Span(status.line(u));
        state.setId("detail-status");
        state.addClassNames(LumoUtility.TextColor.SECONDARY);

        Div head = new Div(new Div(backButton), name, new Div(state));
        head.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
        VerticalLayout body = new VerticalLayout(head, action(d), FormKit.section(null, facts(u)));
        if (u.unitRating() == null && u.status() != Status.RELEASED) {
            body.add(firstStep(d));
        }
        if (u.reviewed() < u.appraisals()) {
            unrated = new UnratedList(history, currentUser.hasRole(Role.HR) || currentUser.hasRole(Role.ADMIN)
                    || currentUser.hasRole(Role.AUDITOR));
            unrated.show(board.unrated(u.calibrationId()));
            body.add(FormKit.section(getTranslation("calibrationBoard.unrated.title", u.appraisals() - u.reviewed(),
                    u.appraisals()), unrated));
        } else {
            unrated = null;
        }
        body.add(curveSection(d));

        ratings = new RatingsGrid(words);
        ratings.setId("board-ratings");
        ratings.setItems(d.appraisals().stream().map(a -> new RatingsGrid.Row(a, d.current().get(a.getId()))).toList());
        body.add(FormKit.section(getTranslation("calibrationForm.ratingsTitle"), ratings));

        history.show(d.changes(), d.appraisals().stream().collect(Collectors.toMap(Appraisal::getId,
                Function.identity())));
        body.add(FormKit.section(getTranslation("calibrationForm.historyTitle"), history.empty, history));
        body.setPadding(false);
        add(body);
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().retrieveExtendedClientDetails(x -> ratings.fitColumns(x.getWindowInnerWidth()));
        }
    }

    /** Fits the ratings' columns to the window's width. */
    void adaptTo(int width) {
        if (ratings != null) {
            ratings.fitColumns(width);
        }
    }

    private FlexLayout facts(UnitRow u) {
        history.learnNames(Arrays.asList(u.unitRatingSetBy(), u.releasedBy()));
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
        return facts;
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

    private Component curveSection(UnitDetail d) {
        UnitRow u = d.unit();
        String title = getTranslation("calibrationForm.curveTitle");
        if (u.unitRating() == null) {
            return FormKit.section(title, FormKit.hint(getTranslation("calibrationBoard.noCurveYet")));
        }
        if (!u.curveKnown()) {
            String asks = u.deviations().stream().map(b -> words.requirement(b.ratings(), b.minShare(), b.maxShare(),
                    b.mustExist())).collect(Collectors.joining("; "));
            Span none = FormKit.hint(getTranslation("calibrationBoard.noReviewsYet",
                    getTranslation("unitRating." + u.unitRating().name()), asks));
            none.setId("detail-curve-pending");
            return FormKit.section(title, none);
        }
        Div fits = new Div(status.badge(u.fits()));
        fits.setId("detail-curve");
        fits.getElement().setAttribute("data-fits", Boolean.toString(u.fits()));
        DeviationList deviations = new DeviationList(words);
        deviations.show(u.deviations());
        SpreadChart chart = new SpreadChart(words);
        chart.show(d.current().values(), u.deviations());
        return FormKit.section(title, fits, deviations, chart, FormKit.hint(getTranslation("calibrationForm.curveIsGuide")));
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
}
