package id.kinerjaflow.calibration.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import id.kinerjaflow.KaribuTest;
import id.kinerjaflow.appraisal.Stage;
import id.kinerjaflow.appraisal.UnitUnderCalibration;
import id.kinerjaflow.calibration.CalibrationChange;
import id.kinerjaflow.calibration.CalibrationService;
import id.kinerjaflow.calibration.UnitCalibration;
import id.kinerjaflow.calibration.UnitRating;
import id.kinerjaflow.inbox.ui.InboxView;
import id.kinerjaflow.process.ProcessIds;
import id.kinerjaflow.process.Workflow;
import id.kinerjaflow.rating.PerformanceRating;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The two calibration forms through the task view, as HR and the board use them: the unit rating
 * (chosen, or refused when missing), and the board's calibration (a change needs a reason, is
 * recorded and shown; the curve in words and bars; approving releases the results).
 */
class CalibrationFormsIT extends KaribuTest {

    @Autowired CalibrationService calibrations;
    @Autowired Workflow workflow;

    private void openTask(String user, String taskId) {
        login(user);
        UI.getCurrent().navigate("tugas/" + taskId);
        // a group task: take it first (the form is disabled until then)
        _click(_get(Button.class, spec -> spec.withId("task-claim")));
    }

    private UnitCalibration reload(UnitUnderCalibration u) {
        return calibrations.calibration(u.calibration.getId());
    }

    // ---- unit rating ------------------------------------------------------------------------------

    @Test
    void hrSetsTheUnitRatingSeeingWhatEachMeansForTheCurve() {
        UnitUnderCalibration u = new UnitUnderCalibration(context);
        openTask("hr", u.unitRatingTaskId());
        UnitRatingForm form = _get(UnitRatingForm.class);
        assertThat(_get(Div.class, spec -> spec.withId("unit-rating-GOOD")).getElement().getTextRecursively())
                .contains("Baik paling banyak 70 %")
                .contains("Butuh Perbaikan atau Kurang/Misconduct harus ada");
        assertThat(_get(Div.class, spec -> spec.withId("unit-rating-VERY_POOR")).getElement().getTextRecursively())
                .contains("tidak ada Sangat Baik");

        _setValue(form.rating, UnitRating.GOOD);
        _click(_get(Button.class, spec -> spec.withId("submit")));

        assertThat(reload(u).getUnitRating()).isEqualTo(UnitRating.GOOD);
        assertThat(reload(u).getUnitRatingSetBy()).isEqualTo("hr");
        // the reviews are not in yet: calibration waits for them
        assertThat(reload(u).getStatus()).isEqualTo(UnitCalibration.Status.AWAITING_REVIEWS);
        assertThat(workflow.openTask(ProcessIds.Calibration.PROCESS, u.calibration.getId().toString(),
                ProcessIds.Calibration.TASK_SET_UNIT_RATING)).isEmpty();
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(InboxView.class);
    }

    @Test
    void aMissingUnitRatingIsRefusedNextToTheFieldAndNothingChanges() {
        UnitUnderCalibration u = new UnitUnderCalibration(context);
        String taskId = u.unitRatingTaskId();
        openTask("hr", taskId);
        UnitRatingForm form = _get(UnitRatingForm.class);

        _click(_get(Button.class, spec -> spec.withId("submit")));

        assertThat(form.rating.isInvalid()).isTrue();
        assertThat(form.rating.getErrorMessage()).isEqualTo("Pilih predikat kinerja organisasi");
        expectNotifications("Periksa kembali isian yang ditandai.");
        assertThat(reload(u).getUnitRating()).isNull();
        assertThat(u.unitRatingTaskId()).isEqualTo(taskId);
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(InboxView.class);
    }

    // ---- calibration ----------------------------------------------------------------------------

    private CalibrationForm openCalibration(UnitUnderCalibration u) {
        assertThat(reload(u).getStatus()).isEqualTo(UnitCalibration.Status.CALIBRATING);
        openTask("board", u.calibrationTaskId());
        return _get(CalibrationForm.class);
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    @Test
    void aChangeNeedsAReasonAndIsRecordedAndShownWithTheCurve() {
        UnitUnderCalibration u = new UnitUnderCalibration(context).readyForTheBoard("GOOD");
        CalibrationForm form = openCalibration(u);
        Long third = u.staff.get(2).getId();

        // all three Baik in a Baik unit: too many Baik, and no Butuh Perbaikan / Kurang at all
        assertThat(_size(form.grid)).isEqualTo(3);
        assertThat(form.status.getElement().getAttribute("data-fits")).isEqualTo("false");
        assertThat(text(form.status)).contains("belum sesuai kurva");
        assertThat(text(_get(ListItem.class, spec -> spec.withId("deviation-GOOD_GOOD_MAX"))))
                .isEqualTo("Baik 100 % > 70 %");
        assertThat(text(_get(ListItem.class, spec -> spec.withId("deviation-GOOD_NEEDS_IMPROVEMENT_OR_POOR_MUST_EXIST"))))
                .contains("Butuh Perbaikan atau Kurang/Misconduct").contains("belum ada");
        Div goodBar = _get(Div.class, spec -> spec.withId("bar-GOOD"));
        assertThat(goodBar.getElement().getAttribute("data-share")).isEqualTo("100");
        assertThat(goodBar.getElement().getAttribute("data-fits")).isEqualTo("false");
        assertThat(form.approveStatus.getElement().getAttribute("data-fits")).isEqualTo("false");
        assertThat(form.noChanges.isVisible()).isTrue();

        // no reason: the error is next to the field and nothing is changed
        _click((Button) _getCellComponent(form.grid, 2, "action"));
        ChangeRatingDialog dialog = _get(ChangeRatingDialog.class);
        _setValue(dialog.newRating, PerformanceRating.NEEDS_IMPROVEMENT);
        _click(dialog.save);
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("Alasan perubahan wajib diisi");
        expectNotifications("Periksa kembali isian yang ditandai.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(calibrations.changes(u.calibration.getId())).isEmpty();
        // blanks are no reason either
        _setValue(dialog.reason, "   ");
        _click(dialog.save);
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(calibrations.changes(u.calibration.getId())).isEmpty();

        // with a reason: recorded, shown in the grid and the history, and the curve now fits
        _setValue(dialog.reason, "Target utama tidak tercapai menurut laporan triwulan.");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        List<CalibrationChange> changes = calibrations.changes(u.calibration.getId());
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.getAppraisalId()).isEqualTo(third);
            assertThat(c.getFromRating()).isEqualTo(PerformanceRating.GOOD);
            assertThat(c.getToRating()).isEqualTo(PerformanceRating.NEEDS_IMPROVEMENT);
            assertThat(c.getChangedBy()).isEqualTo("board");
        });
        assertThat(text(_getCellComponent(form.grid, 2, "current"))).startsWith("Butuh Perbaikan");
        assertThat(_getFormatted(form.grid, 2, "original")).isEqualTo("Baik");
        assertThat(text(_getCellComponent(form.grid, 2, "current"))).contains("semula Baik");
        assertThat(form.history.isVisible()).isTrue();
        assertThat(form.noChanges.isVisible()).isFalse();
        // who (the board member's name), when, whose rating from what to what, and why
        String entry = text(_get(Div.class, spec -> spec.withId("change-entry-" + changes.get(0).getId())));
        assertThat(entry).contains(users.find("board").orElseThrow().displayName())
                .contains(u.reload(2).getEmployee().getName() + ": Baik \u2192 Butuh Perbaikan")
                .contains("Target utama tidak tercapai menurut laporan triwulan.")
                .contains(String.valueOf(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).getYear()));
        assertThat(form.status.getElement().getAttribute("data-fits")).isEqualTo("true");
        assertThat(text(_get(ListItem.class, spec -> spec.withId("deviation-GOOD_GOOD_MAX")))).contains("Baik 67 %");
        assertThat(_get(Div.class, spec -> spec.withId("bar-NEEDS_IMPROVEMENT")).getElement().getAttribute("data-share"))
                .isEqualTo("33");
        // the original stays; nothing is released before the board approves
        assertThat(u.reload(2).getOriginalRating()).isEqualTo(PerformanceRating.GOOD);
        assertThat(u.reload(2).getCalibratedRating()).isNull();
        assertThat(u.reload(2).getStage()).isEqualTo(Stage.CALIBRATION);
    }

    @Test
    void approvingAFittingSpreadReleasesTheResults() {
        UnitUnderCalibration u = new UnitUnderCalibration(context).readyForTheBoard("GOOD");
        u.unit.as("board", () -> calibrations.changeRating(u.calibration.getId(), u.staff.get(0).getId(),
                PerformanceRating.NEEDS_IMPROVEMENT, "Capaian di bawah target pada dua RHK utama."));
        CalibrationForm form = openCalibration(u);
        assertThat(form.status.getElement().getAttribute("data-fits")).isEqualTo("true");
        assertThat(form.history.getChildren().count()).isEqualTo(1);

        _click(form.approve);

        assertThat(_find(ConfirmDialog.class)).isEmpty();
        assertThat(reload(u).getStatus()).isEqualTo(UnitCalibration.Status.RELEASED);
        for (int i = 0; i < 3; i++) {
            assertThat(u.reload(i).getStage()).isEqualTo(Stage.RESULT);
            assertThat(u.reload(i).getResultPublishedAt()).isNotNull();
        }
        assertThat(u.reload(0).getCalibratedRating()).isEqualTo(PerformanceRating.NEEDS_IMPROVEMENT);
        assertThat(u.reload(1).getCalibratedRating()).isEqualTo(PerformanceRating.GOOD);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(InboxView.class);
    }

    @Test
    void approvingASpreadThatDeviatesAsksFirstThenReleases() {
        UnitUnderCalibration u = new UnitUnderCalibration(context).readyForTheBoard("GOOD");
        CalibrationForm form = openCalibration(u);

        _click(form.approve);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getText(confirm)).contains("belum sesuai kurva");
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(reload(u).getStatus()).isEqualTo(UnitCalibration.Status.CALIBRATING);

        _click(form.approve);
        ConfirmDialogKt._fireConfirm(_find(ConfirmDialog.class).get(_find(ConfirmDialog.class).size() - 1));
        assertThat(reload(u).getStatus()).isEqualTo(UnitCalibration.Status.RELEASED);
        for (int i = 0; i < 3; i++) {
            assertThat(u.reload(i).getStage()).isEqualTo(Stage.RESULT);
            assertThat(u.reload(i).getCalibratedRating()).isEqualTo(PerformanceRating.GOOD);
        }
    }
}
