package id.kinerjaflow.calibration.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import id.kinerjaflow.KaribuTest;
import id.kinerjaflow.appraisal.UnitUnderCalibration;
import id.kinerjaflow.appraisal.Stage;
import id.kinerjaflow.calibration.CalibrationBoardService;
import id.kinerjaflow.calibration.CalibrationBoardService.UnitRow;
import id.kinerjaflow.calibration.CalibrationChange;
import id.kinerjaflow.calibration.CalibrationService;
import id.kinerjaflow.calibration.UnitCalibration;
import id.kinerjaflow.inbox.ui.TaskView;
import id.kinerjaflow.org.OrganisationService;
import id.kinerjaflow.process.ProcessIds;
import id.kinerjaflow.rating.PerformanceRating;
import id.kinerjaflow.security.SystemAuthentication;
import id.kinerjaflow.security.UserDirectory;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The calibration overview: every unit of a cycle with its state and counts, one unit in detail
 * (original and current ratings, the deviations in words, the history), read-only for auditors and
 * HR, and the way a board member goes from here to the unit's task form and changes a rating.
 */
class CalibrationBoardViewIT extends KaribuTest {

    @Autowired CalibrationService calibrations;
    @Autowired OrganisationService organisation;
    @Autowired CalibrationBoardService board;
    @Autowired UserDirectory users;

    private CalibrationBoardView openList(String user, Long cycleId) {
        login(user);
        UI.getCurrent().navigate(CalibrationBoardView.class, QueryParameters.of(CalibrationBoardView.CYCLE,
                cycleId.toString()));
        return _get(CalibrationBoardView.class);
    }

    private CalibrationBoardView openUnit(String user, UnitUnderCalibration u) {
        CalibrationBoardView view = openList(user, u.unit.cycleId());
        // the unit's name is a link to its detail
        int row = rowOf(view, u.calibration.getId());
        Div cell = (Div) _getCellComponent(view.grid, row, "unit");
        String href = _get(cell, com.vaadin.flow.router.RouterLink.class).getHref();
        UI.getCurrent().navigate(href.substring(0, href.indexOf('?')),
                QueryParameters.fromString(href.substring(href.indexOf('?') + 1)));
        CalibrationBoardView shown = _get(CalibrationBoardView.class);
        assertThat(shown.detail.isVisible()).isTrue();
        return shown;
    }

    private static int rowOf(CalibrationBoardView view, Long calibrationId) {
        List<UnitRow> rows = _fetch(view.grid, 0, 1000);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).calibrationId().equals(calibrationId)) {
                return i;
            }
        }
        throw new AssertionError("no row for calibration " + calibrationId);
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    private static String cell(CalibrationBoardView view, Long calibrationId, String key) {
        return text(_getCellComponent(view.grid, rowOf(view, calibrationId), key));
    }

    @Test
    void theListShowsEveryUnitOfTheCycleWithItsStateAndCounts() {
        // two of three reviewed, unit rated: waiting for the last review
        UnitUnderCalibration u = new UnitUnderCalibration(context).agreed().selfReviewed()
                .reviewed(0, "AS_EXPECTED", "AS_EXPECTED").reviewed(1, "AS_EXPECTED", "AS_EXPECTED").unitRated("GOOD");
        // a second unit of the same cycle, nobody appraised there, waiting for its unit rating
        Long otherUnit = organisation.unitByCode("PROV-GTO").orElseThrow().getId();
        UnitCalibration other = SystemAuthentication.runAsSystem(() -> calibrations.start(u.unit.cycleId(), otherUnit));

        CalibrationBoardView view = openList("board", u.unit.cycleId());

        assertThat(_size(view.grid)).isEqualTo(2);
        Long mine = u.calibration.getId();
        assertThat(cell(view, mine, "status")).contains("Menunggu penilaian atasan").contains("2 dari 3 dinilai");
        assertThat(_getFormatted(view.grid, rowOf(view, mine), "unitRating")).isEqualTo("Baik");
        assertThat(_getFormatted(view.grid, rowOf(view, mine), "appraisals")).isEqualTo("3");
        assertThat(_getFormatted(view.grid, rowOf(view, mine), "changes")).isEqualTo("0");
        // two Baik of two reviewed in a Baik unit: too many Baik, and nobody below
        Component curve = _getCellComponent(view.grid, rowOf(view, mine), "curve");
        assertThat(curve.getElement().getAttribute("data-fits")).isEqualTo("false");
        assertThat(text(curve)).contains("Menyimpang").contains("Baik 100 % > 70 %")
                .contains("Butuh Perbaikan atau Kurang/Misconduct: belum ada");

        assertThat(cell(view, other.getId(), "status")).isEqualTo("Menunggu predikat unit");
        assertThat(_getFormatted(view.grid, rowOf(view, other.getId()), "unitRating")).isEqualTo("\u2014");
        assertThat(_getFormatted(view.grid, rowOf(view, other.getId()), "appraisals")).isEqualTo("0");
        assertThat(cell(view, other.getId(), "curve")).isEqualTo("\u2014");

        // the counts per state in the header, and the filters
        assertThat(_get(Button.class, spec -> spec.withId("chip-all")).getText()).endsWith("(2)");
        assertThat(_get(Button.class, spec -> spec.withId("chip-AWAITING_UNIT_RATING")).getText())
                .isEqualTo("Menunggu predikat unit (1)");
        assertThat(_get(Button.class, spec -> spec.withId("chip-AWAITING_REVIEWS")).getText()).endsWith("(1)");
        assertThat(_get(Button.class, spec -> spec.withId("chip-RELEASED")).getText()).endsWith("(0)");
        _click(_get(Button.class, spec -> spec.withId("chip-AWAITING_UNIT_RATING")));
        assertThat(_fetch(view.grid, 0, 10)).extracting(UnitRow::calibrationId).containsExactly(other.getId());
        _click(_get(Button.class, spec -> spec.withId("chip-all")));
        _setValue(view.search, "dinas uji");
        assertThat(_fetch(view.grid, 0, 10)).extracting(UnitRow::calibrationId).containsExactly(mine);
        _setValue(view.search, "tidak ada unit seperti ini");
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.empty.isVisible()).isTrue();

        // the last review comes in: the board calibrates
        u.reviewed(2, "AS_EXPECTED", "AS_EXPECTED");
        view = openList("hr", u.unit.cycleId());
        assertThat(cell(view, mine, "status")).isEqualTo("Dikalibrasi tim penilai");
    }

    @Test
    void theDetailShowsOriginalAndCurrentRatingsTheDeviationsAndNothingToChangeForAnAuditor() {
        UnitUnderCalibration u = new UnitUnderCalibration(context).readyForTheBoard("GOOD");
        Long first = u.staff.get(0).getId();
        u.unit.as("board", () -> calibrations.changeRating(u.calibration.getId(), first, PerformanceRating.VERY_GOOD,
                "Inovasi layanan yang diakui provinsi."));

        CalibrationBoardView view = openUnit("auditor", u);

        assertThat(_size(view.detail.ratings)).isEqualTo(3);
        int row = 0;
        while (!_fetch(view.detail.ratings, row, 1).get(0).appraisal().getId().equals(first)) {
            row++;
        }
        assertThat(_getFormatted(view.detail.ratings, row, "original")).isEqualTo("Baik");
        assertThat(text(_getCellComponent(view.detail.ratings, row, "current"))).startsWith("Sangat Baik").contains("semula Baik");
        // two Baik and one Sangat Baik in a Baik unit: Baik 67 % fits, but nobody is below Baik
        assertThat(_get(Div.class, spec -> spec.withId("detail-curve")).getElement().getAttribute("data-fits"))
                .isEqualTo("false");
        assertThat(text(_get(ListItem.class, spec -> spec.withId("deviation-GOOD_GOOD_MAX")))).contains("Baik 67 %");
        assertThat(text(_get(ListItem.class, spec -> spec.withId("deviation-GOOD_NEEDS_IMPROVEMENT_OR_POOR_MUST_EXIST"))))
                .contains("belum ada");
        assertThat(_get(Div.class, spec -> spec.withId("bar-VERY_GOOD")).getElement().getAttribute("data-share"))
                .isEqualTo("33");
        assertThat(text(_get(Div.class, spec -> spec.withId("detail-unit-rating")))).contains("Baik");
        assertThat(text(_get(Div.class, spec -> spec.withId("detail-changes")))).contains("1");
        assertThat(text(view.history)).contains("Baik \u2192 Sangat Baik").contains("Inovasi layanan yang diakui provinsi.")
                .contains(users.find("board").orElseThrow().displayName());

        // read-only: no button to take the task, no change per row
        assertThat(_find(Button.class, spec -> spec.withId("take-task"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Ubah"))).isEmpty();
        assertThat(view.detail.ratings.getColumnByKey("action")).isNull();
        assertThat(_get(Span.class, spec -> spec.withId("board-read-only")).getText()).contains("Hanya untuk dibaca");
    }

    @Test
    void withoutTheUnitRatingTheBoardReadsWhatComesFirstAndWhoTheCurveStillWaitsFor() {
        // one of three reviewed, no unit rating yet
        UnitUnderCalibration u = new UnitUnderCalibration(context).agreed().selfReviewed()
                .reviewed(0, "AS_EXPECTED", "AS_EXPECTED");
        String head = users.find(u.unit.headUser()).orElseThrow().displayName();

        // the service: the two not rated, each at the head's review
        List<CalibrationBoardService.Unrated> unrated = u.unit.as("board", () -> board.unrated(u.calibration.getId()));
        assertThat(unrated).extracting(CalibrationBoardService.Unrated::appraisalId)
                .containsExactlyInAnyOrder(u.staff.get(1).getId(), u.staff.get(2).getId());
        assertThat(unrated).allSatisfy(r -> {
            assertThat(r.stage()).isEqualTo(Stage.SUPERVISOR_REVIEW);
            assertThat(r.taskKey()).isEqualTo(ProcessIds.Appraisal.TASK_SUPERVISOR_REVIEW);
            assertThat(r.holder()).isEqualTo(u.unit.headUser());
            assertThat(r.mayOpenTask()).as("the board does not review").isFalse();
        });

        // the board: the first step is HR's, and the two missing are named with who holds them
        CalibrationBoardView view = openUnit("board", u);
        assertThat(text(_get(Div.class, spec -> spec.withId("board-first-step"))))
                .contains("Langkah pertama").contains("Tetapkan predikat kinerja unit")
                .contains("menunggu di kotak masuk BKD / Kepegawaian");
        assertThat(text(_get(Div.class, spec -> spec.withId("detail-reviewed")))).contains("1 dari 3 dinilai");
        assertThat(view.detail.unrated).isNotNull();
        for (int i = 1; i <= 2; i++) {
            Long id = u.staff.get(i).getId();
            String row = text(_get(Div.class, spec -> spec.withId("unrated-" + id)));
            assertThat(row).contains(u.reload(i).getEmployee().getName()).contains("Penilaian atasan")
                    .contains("Dipegang oleh " + head);
            // the board may not open the appraisal's trail nor the head's task
            assertThat(_find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("unrated-open-" + id)))
                    .isEmpty();
        }
        assertThat(_find(Div.class, spec -> spec.withId("unrated-" + u.staff.get(0).getId()))).isEmpty();

        // HR: the first step is its own, and each missing appraisal opens on its trail
        openUnit("hr", u);
        assertThat(text(_get(Div.class, spec -> spec.withId("board-first-step"))))
                .contains("dapat Anda kerjakan sekarang");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withId("unrated-open-" + u.staff.get(1).getId())).getHref())
                .isEqualTo("audit/" + u.staff.get(1).getId());

        // the head, were they on the board, would open the review itself; days overdue are told
        UnratedList list = new UnratedList(view.history, false);
        java.time.Instant due = java.time.Instant.parse("2026-12-01T17:00:00Z");
        CalibrationBoardService.Unrated late = new CalibrationBoardService.Unrated(7L, "Sari", "1", Stage.SUPERVISOR_REVIEW,
                "t1", ProcessIds.Appraisal.TASK_SUPERVISOR_REVIEW, "Rate", null, List.of("APPRAISER"), due, 3, 0, true);
        list.show(List.of(late));
        assertThat(list.due(late)).isEqualTo("Terlambat 3 hari (tenggat 2 Des 2026)");
        assertThat(list.holder(late)).isEqualTo("Kelompok: Pejabat Penilai Kinerja");
        assertThat(_get(list, com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("unrated-open-7"))
                .getHref()).isEqualTo("tugas/t1");

        // once rated, the note and the list are gone
        u.reviewed(1, "AS_EXPECTED", "AS_EXPECTED").reviewed(2, "AS_EXPECTED", "AS_EXPECTED").unitRated("GOOD");
        view = openUnit("board", u);
        assertThat(_find(Div.class, spec -> spec.withId("board-first-step"))).isEmpty();
        assertThat(view.detail.unrated).isNull();
    }

    @Test
    void hrReadsTheBoardsUnitWithoutChangingItAndTakesItsOwnUnitRatingTask() {
        UnitUnderCalibration calibrating = new UnitUnderCalibration(context).readyForTheBoard("GOOD");
        openUnit("hr", calibrating);
        assertThat(_find(Button.class, spec -> spec.withId("take-task"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Ubah"))).isEmpty();

        UnitUnderCalibration waiting = new UnitUnderCalibration(context);
        openUnit("board", waiting);
        assertThat(_find(Button.class, spec -> spec.withId("take-task"))).isEmpty();
        openUnit("hr", waiting);
        Button take = _get(Button.class, spec -> spec.withId("take-task"));
        assertThat(take.getText()).isEqualTo("Tetapkan predikat unit");

        _click(take);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(TaskView.class);
        assertThat(_find(UnitRatingForm.class)).hasSize(1);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("tugas/" + waiting.unitRatingTaskId());
    }

    @Test
    void aBoardMemberGoesToTheUnitsTaskAndChangesARatingOnlyWithAReason() {
        UnitUnderCalibration u = new UnitUnderCalibration(context).readyForTheBoard("GOOD");
        Long third = u.staff.get(2).getId();
        openUnit("board", u);
        Button take = _get(Button.class, spec -> spec.withId("take-task"));
        assertThat(take.getText()).isEqualTo("Kalibrasi unit ini");

        _click(take);

        // claimed for the board member, and the existing form opens
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(TaskView.class);
        CalibrationForm form = _get(CalibrationForm.class);
        assertThat(_find(Button.class, spec -> spec.withId("task-claim"))).isEmpty();

        // without a reason: refused next to the field, nothing changed
        int row = 0;
        while (!_fetch(form.grid, row, 1).get(0).appraisal().getId().equals(third)) {
            row++;
        }
        _click((Button) _getCellComponent(form.grid, row, "action"));
        ChangeRatingDialog dialog = _get(ChangeRatingDialog.class);
        _setValue(dialog.newRating, PerformanceRating.NEEDS_IMPROVEMENT);
        _click(dialog.save);
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("Alasan perubahan wajib diisi");
        assertThat(calibrations.changes(u.calibration.getId())).isEmpty();

        // with a reason: recorded
        _setValue(dialog.reason, "Dua RHK utama tidak tercapai.");
        _click(dialog.save);
        List<CalibrationChange> changes = calibrations.changes(u.calibration.getId());
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.getAppraisalId()).isEqualTo(third);
            assertThat(c.getToRating()).isEqualTo(PerformanceRating.NEEDS_IMPROVEMENT);
            assertThat(c.getReason()).isEqualTo("Dua RHK utama tidak tercapai.");
            assertThat(c.getChangedBy()).isEqualTo("board");
        });

        // and shown in the overview: the count, the fit, the history with who and why
        CalibrationBoardView view = openList("board", u.unit.cycleId());
        assertThat(_getFormatted(view.grid, rowOf(view, u.calibration.getId()), "changes")).isEqualTo("1");
        assertThat(_getCellComponent(view.grid, rowOf(view, u.calibration.getId()), "curve").getElement()
                .getAttribute("data-fits")).isEqualTo("true");
        view = openUnit("board", u);
        String entry = text(_get(Div.class, spec -> spec.withId("change-entry-" + changes.get(0).getId())));
        assertThat(entry).contains(users.find("board").orElseThrow().displayName())
                .contains(u.reload(2).getEmployee().getName() + ": Baik \u2192 Butuh Perbaikan")
                .contains("Dua RHK utama tidak tercapai.");
        // the task is the board member's now: the button opens it again
        assertThat(_get(Button.class, spec -> spec.withId("take-task")).getText()).isEqualTo("Kalibrasi unit ini");

        // approved: released, with the date and who
        u.unit.as("board", () -> {
            calibrations.approve(u.calibration.getId());
            return null;
        });
        view = openList("auditor", u.unit.cycleId());
        assertThat(cell(view, u.calibration.getId(), "status")).contains("Hasil diumumkan")
                .contains("oleh " + users.find("board").orElseThrow().displayName());
    }
}
