package id.kinerjaflow.inbox.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.kinerjaflow.KaribuTest;
import id.kinerjaflow.appraisal.Appraisal;
import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.appraisal.UnitUnderCalibration;
import id.kinerjaflow.calibration.CalibrationService;
import id.kinerjaflow.cycle.AppraisalCycle;
import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.cycle.CycleSettings;
import id.kinerjaflow.inbox.InboxService;
import id.kinerjaflow.rating.PerformanceRating;
import id.kinerjaflow.security.SystemAuthentication;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Tim saya": the appraiser's team per cycle with stage, overdue tasks and results; staff are refused. */
class TeamViewIT extends KaribuTest {

    @Autowired AppraisalService appraisals;
    @Autowired CalibrationService calibrations;
    @Autowired CycleService cycles;
    @Autowired InboxService inbox;

    /** The row of the grid for this appraisal. */
    private static int rowOf(TeamView view, Long appraisalId) {
        for (int i = 0; i < _size(view.grid); i++) {
            if (com.github.mvysny.kaributesting.v10.GridKt._get(view.grid, i).appraisal().getId().equals(appraisalId)) {
                return i;
            }
        }
        throw new AssertionError("no row for appraisal " + appraisalId);
    }

    @Test
    void anAppraiserSeesTheTeamWithStageOverdueTasksAndResults() {
        // last cycle's unit went all the way to released results, one of them calibrated down
        UnitUnderCalibration u = new UnitUnderCalibration(context).readyForTheBoard("GOOD");
        Long calibrated = u.staff.get(0).getId();
        u.unit.as("board", () -> calibrations.changeRating(u.calibration.getId(), calibrated, PerformanceRating.NEEDS_IMPROVEMENT,
                "Dua RHK utama di bawah target."));
        u.unit.as("board", () -> {
            calibrations.approve(u.calibration.getId());
            return null;
        });
        // a newer cycle whose agreement deadline has passed: two staff have not drafted theirs
        Instant now = Instant.now();
        AppraisalCycle late = SystemAuthentication.runAsSystem(() -> cycles.create(new CycleSettings(2026,
                "Periode Terlambat " + u.unitId, now.minus(5, ChronoUnit.DAYS), now.plus(60, ChronoUnit.DAYS), 7,
                now.plus(90, ChronoUnit.DAYS), 14)));
        Appraisal lateFirst = SystemAuthentication.runAsSystem(() -> appraisals.start(late.getId(), u.unit.staffId(0)));
        Appraisal lateSecond = SystemAuthentication.runAsSystem(() -> appraisals.start(late.getId(), u.unit.staffId(1)));

        login(u.unit.headUser());
        UI.getCurrent().navigate(TeamView.class);
        TeamView view = _get(TeamView.class);

        // the latest cycle first: its two appraisals, each with its overdue draft
        assertThat(view.cycle.getValue().getId()).isEqualTo(late.getId());
        assertThat(_size(view.grid)).isEqualTo(2);
        for (Appraisal a : List.of(lateFirst, lateSecond)) {
            int row = rowOf(view, a.getId());
            assertThat(_getFormatted(view.grid, row, "stage")).isEqualTo("Perencanaan SKP");
            assertThat(_getCellComponent(view.grid, row, "overdue").getElement().getTextRecursively()).isEqualTo("1");
            assertThat(_getFormatted(view.grid, row, "result")).isEqualTo("\u2014");
        }
        assertThat(view.summary.getText()).isEqualTo("2 pegawai \u00b7 2 dengan tugas terlambat");

        // the earlier cycle: three at their result, nothing overdue, the calibrated ratings
        AppraisalCycle earlier = view.cycle.getListDataView().getItems()
                .filter(c -> c.getId().equals(u.unit.cycleId())).findFirst().orElseThrow();
        _setValue(view.cycle, earlier);
        assertThat(_size(view.grid)).isEqualTo(3);
        int first = rowOf(view, calibrated);
        assertThat(_getFormatted(view.grid, first, "stage")).isEqualTo("Hasil penilaian");
        assertThat(_getFormatted(view.grid, first, "result")).isEqualTo("Butuh Perbaikan (setelah kalibrasi)");
        assertThat(_getFormatted(view.grid, rowOf(view, u.staff.get(1).getId()), "result"))
                .isEqualTo("Baik (setelah kalibrasi)");
        assertThat(_getCellComponent(view.grid, first, "overdue").getElement().getTextRecursively()).isEqualTo("0");

        // the counts come from the inbox read model, in one query for the whole team
        Map<Long, Long> expected = new HashMap<>();
        expected.put(lateFirst.getId(), 1L);
        expected.put(lateSecond.getId(), 1L);
        assertThat(inbox.overdueTasksPerAppraisal(List.of(lateFirst.getId(), lateSecond.getId(), calibrated)))
                .isEqualTo(expected);
    }

    @Test
    void staffWithoutTheAppraiserRoleAreRefused() {
        UnitUnderCalibration u = new UnitUnderCalibration(context);
        login(u.unit.staffUser(0));
        assertThatThrownBy(() -> UI.getCurrent().navigate(TeamView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate("tim-saya"))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
