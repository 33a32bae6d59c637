package id.kinerjaflow.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import id.kinerjaflow.IntegrationTest;
import id.kinerjaflow.appraisal.Stage;
import id.kinerjaflow.appraisal.UnitUnderCalibration;
import id.kinerjaflow.calibration.CalibrationService.Deviation;
import id.kinerjaflow.calibration.UnitRating;
import id.kinerjaflow.demo.DemoOrganisation;
import id.kinerjaflow.inbox.InboxService.OverdueTask;
import id.kinerjaflow.monitor.CycleDashboardService.Spread;
import id.kinerjaflow.monitor.CycleDashboardService.Stages;
import id.kinerjaflow.monitor.CycleDashboardService.UnitSpread;
import id.kinerjaflow.monitor.CycleDashboardService.UnitStages;
import id.kinerjaflow.rating.PerformanceRating;
import id.kinerjaflow.security.UserDirectory;
import id.kinerjaflow.security.SystemAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/** The dashboard's figures for a small cycle of our own: stages, overdue tasks and their holders, spread. */
@IntegrationTest
class CycleDashboardServiceIT {

    @Autowired ApplicationContext context;
    @Autowired CycleDashboardService dashboard;
    @Autowired UserDirectory users;
    @Autowired DemoOrganisation demo;

    @BeforeEach
    void demoOrganisation() {
        demo.load();
    }

    private <T> T as(String user, java.util.function.Supplier<T> work) {
        return SystemAuthentication.runAs(users.find(user).orElseThrow(), work);
    }

    @Test
    void countsTheAppraisalsPerUnitAndStage() {
        CycleFixture f = new CycleFixture(context);

        Stages stages = as("hr", () -> dashboard.stages(f.cycleId));

        assertThat(stages.appraisals()).isEqualTo(4);
        assertThat(stages.count(Stage.AGREEMENT)).isEqualTo(3);
        assertThat(stages.count(Stage.AWAITING_REVIEW_PHASE)).isEqualTo(1);
        assertThat(stages.count(Stage.FINAL)).isZero();
        // most appraisals first
        assertThat(stages.units()).extracting(UnitStages::unitId).containsExactly(f.unit.unitId, f.otherUnitId);
        UnitStages test = stages.units().get(0);
        assertThat(test.count(Stage.AGREEMENT)).isEqualTo(2);
        assertThat(test.count(Stage.AWAITING_REVIEW_PHASE)).isEqualTo(1);
        assertThat(test.total()).isEqualTo(3);
        assertThat(stages.units().get(1).count(Stage.AGREEMENT)).isEqualTo(1);
        assertThat(stages.units().get(1).unitName()).isEqualTo(f.other.getUnit().getName());
    }

    @Test
    void listsTheOverdueTasksWithTheirHolders() {
        CycleFixture f = new CycleFixture(context);

        List<OverdueTask> all = as("auditor", () -> dashboard.overdueTasks(f.cycleId, null));

        // earliest due first: HR's unit rating (a group task), then the staff member's own draft
        assertThat(all).extracting(OverdueTask::taskId).containsExactly(f.overdueUnitRatingTaskId, f.overdueDraftTaskId);
        OverdueTask rating = all.get(0);
        assertThat(rating.assignee()).isNull();
        assertThat(rating.groups()).containsExactly("HR");
        assertThat(rating.unitId()).isEqualTo(f.unit.unitId);
        assertThat(rating.employeeName()).isNull();
        assertThat(rating.daysOverdue()).isEqualTo(10);
        OverdueTask draft = all.get(1);
        assertThat(draft.assignee()).isEqualTo(f.unit.unit.staffUser(1));
        assertThat(draft.groups()).isEmpty();
        assertThat(draft.employeeName()).isEqualTo("Bayu Pratama");
        assertThat(draft.employeeNip()).isEqualTo(f.unit.unit.staffUser(1));
        assertThat(draft.unitName()).isEqualTo(f.unit.staff.get(1).getUnit().getName());
        assertThat(draft.daysOverdue()).isEqualTo(7);

        // one unit: its tasks only
        assertThat(as("hr", () -> dashboard.overdueTasks(f.cycleId, f.unit.unitId))).hasSize(2);
        assertThat(as("hr", () -> dashboard.overdueTasks(f.cycleId, f.otherUnitId))).isEmpty();

        // the grid's pages: each task once, in the same order, with the same holders, and the count
        assertThat(as("auditor", () -> dashboard.countOverdueTasks(f.cycleId, null))).isEqualTo(2);
        assertThat(as("auditor", () -> dashboard.overdueTasks(f.cycleId, null, 0, 50))).isEqualTo(all);
        assertThat(as("auditor", () -> dashboard.overdueTasks(f.cycleId, null, 0, 1))).containsExactly(rating);
        assertThat(as("auditor", () -> dashboard.overdueTasks(f.cycleId, null, 1, 1))).containsExactly(draft);
        assertThat(as("auditor", () -> dashboard.overdueTasks(f.cycleId, null, 2, 1))).isEmpty();
        assertThat(as("hr", () -> dashboard.countOverdueTasks(f.cycleId, f.unit.unitId))).isEqualTo(2);
        assertThat(as("hr", () -> dashboard.countOverdueTasks(f.cycleId, f.otherUnitId))).isZero();
        assertThat(as("hr", () -> dashboard.overdueTasks(f.cycleId, f.otherUnitId, 0, 50))).isEmpty();
    }

    @Test
    void weighsTheSpreadOfEachUnitAgainstTheCurveOfItsUnitRating() {
        UnitUnderCalibration u = new UnitUnderCalibration(context).readyForTheBoard("GOOD");

        Spread spread = as("board", () -> dashboard.spread(u.unit.cycleId()));

        assertThat(spread.rated()).isEqualTo(3);
        assertThat(spread.count(PerformanceRating.GOOD)).isEqualTo(3);
        UnitSpread unit = spread.units().get(0);
        assertThat(unit.unitId()).isEqualTo(u.unitId);
        assertThat(unit.unitRating()).isEqualTo(UnitRating.GOOD);
        assertThat(unit.rated()).isEqualTo(3);
        assertThat(unit.fits()).isFalse();
        assertThat(unit.deviations()).filteredOn(d -> d.band().equals("GOOD_GOOD_MAX")).singleElement()
                .satisfies(d -> {
                    assertThat(d.share()).isEqualTo(1.0);
                    assertThat(d.maxShare()).isEqualTo(0.7);
                    assertThat(d.fits()).isFalse();
                });
        assertThat(unit.deviations()).filteredOn(Deviation::mustExist).allMatch(d -> !d.fits() && d.count() == 0);
    }

    @Test
    void aUnitWithoutUnitRatingHasNoCurveYet() {
        CycleFixture f = new CycleFixture(context);

        Spread spread = as("hr", () -> dashboard.spread(f.cycleId));

        assertThat(spread.rated()).isZero();
        assertThat(spread.units()).singleElement().satisfies(u -> {
            assertThat(u.unitId()).isEqualTo(f.unit.unitId);
            assertThat(u.unitRating()).isNull();
            assertThat(u.deviations()).isEmpty();
            assertThat(u.fits()).isTrue();
        });
    }

    @Test
    void onlyHrAdminAndTheAuditorSeeTheFiguresAndTheBoardTheSpread() {
        CycleFixture f = new CycleFixture(context);
        assertThatThrownBy(() -> as("staf", () -> dashboard.stages(f.cycleId))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("board", () -> dashboard.overdueTasks(f.cycleId, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("board", () -> dashboard.overdueTasks(f.cycleId, null, 0, 50)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("staf", () -> dashboard.countOverdueTasks(f.cycleId, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("kadis", () -> dashboard.spread(f.cycleId))).isInstanceOf(AccessDeniedException.class);
        assertThat(as("admin", () -> dashboard.stages(f.cycleId)).appraisals()).isEqualTo(4);
    }
}
