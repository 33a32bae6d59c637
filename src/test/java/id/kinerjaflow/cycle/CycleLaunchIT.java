package id.kinerjaflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;

import id.kinerjaflow.IntegrationTest;
import id.kinerjaflow.base.BusinessRuleException;
import id.kinerjaflow.demo.DemoOrganisation;
import id.kinerjaflow.process.ProcessIds;
import id.kinerjaflow.security.SystemAuthentication;
import id.kinerjaflow.security.UserDirectory;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * HR launches a cycle for a whole agency: one appraisal per active employee and one calibration
 * per unit with people, in chunks run as jobs (three keys per chunk in this suite). Launching
 * again, a crash in the middle of a chunk and a failing chunk never start anyone twice.
 */
@IntegrationTest
class CycleLaunchIT {

    @Autowired ApplicationContext context;
    @Autowired DemoOrganisation demo;
    @Autowired CycleService cycles;
    @Autowired UserDirectory users;
    @Autowired TaskService tasks;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    CycleBatchJobs jobs;

    @BeforeEach
    void accounts() {
        demo.load(); // the demo's hr and board accounts
        jobs = new CycleBatchJobs(context);
    }

    private <T> T asHr(Supplier<T> work) {
        return SystemAuthentication.runAs(users.find("hr").orElseThrow(), work);
    }

    private int appraisals(Long cycleId) {
        return jdbc.queryForObject("select count(*) from appraisal where cycle_id = ?", Integer.class, cycleId);
    }

    private int appraisedEmployees(Long cycleId) {
        return jdbc.queryForObject("select count(distinct employee_id) from appraisal where cycle_id = ?",
                Integer.class, cycleId);
    }

    private int calibrations(Long cycleId) {
        return jdbc.queryForObject("select count(*) from unit_calibration where cycle_id = ?", Integer.class, cycleId);
    }

    private long draftTasks(Long cycleId) {
        return tasks.createTaskQuery().processDefinitionKey(ProcessIds.Appraisal.PROCESS)
                .taskDefinitionKey(ProcessIds.Appraisal.TASK_DRAFT_AGREEMENT)
                .processVariableValueEquals(ProcessIds.Vars.CYCLE_ID, cycleId).count();
    }

    @Test
    void launchStartsAnAppraisalPerEmployeeAndACalibrationPerUnitAsJobs() {
        LaunchOrganisation org = new LaunchOrganisation(context);
        AppraisalCycle cycle = asHr(() -> cycles.create(org.settings(2026)));
        assertThat(cycle.getStatus()).isEqualTo(CycleStatus.DRAFT);
        assertThat(asHr(() -> cycles.unitIds(cycles.cycle(cycle.getId())))).hasSize(4);

        List<CycleProblem> problems = asHr(() -> cycles.preflight(cycle.getId()));
        assertThat(problems).noneMatch(CycleProblem::blocks);
        assertThat(problems).extracting(CycleProblem::code).contains("HR_FOR_HEAD_OF_REGION", "UNIT_EMPTY");

        BatchProgress launch = asHr(() -> cycles.launch(cycle.getId()));
        // 7 employees in chunks of 3, and 3 units with people in one chunk
        assertThat(launch.items()).isEqualTo(10);
        assertThat(launch.chunks()).isEqualTo(4);
        assertThat(launch.done()).isFalse();
        assertThat(cycles.cycle(cycle.getId()).getStatus()).isEqualTo(CycleStatus.LAUNCHED);
        assertThat(cycles.cycle(cycle.getId()).getLaunchedBy()).isEqualTo("hr");
        assertThat(appraisals(cycle.getId())).as("nothing starts before the jobs run").isZero();

        jobs.runAll(launch);

        assertThat(appraisals(cycle.getId())).isEqualTo(7);
        assertThat(appraisedEmployees(cycle.getId())).isEqualTo(7);
        assertThat(draftTasks(cycle.getId())).as("every appraisal waits at its first task").isEqualTo(7);
        assertThat(tasks.createTaskQuery().taskAssignee(org.nips.get(3))
                .taskDefinitionKey(ProcessIds.Appraisal.TASK_DRAFT_AGREEMENT).count()).isEqualTo(1);
        assertThat(calibrations(cycle.getId())).isEqualTo(3);
        assertThat(tasks.createTaskQuery().processDefinitionKey(ProcessIds.Calibration.PROCESS)
                .processVariableValueEquals(ProcessIds.Vars.CYCLE_ID, cycle.getId()).count()).isEqualTo(3);
        BatchProgress done = cycles.latestBatch(cycle.getId());
        assertThat(done.done()).isTrue();
        assertThat(done.itemsDone()).isEqualTo(10);
        assertThat(done.processed()).isEqualTo(10);
        assertThat(done.fraction()).isEqualTo(1.0);
        assertThat(done.finishedAt()).isNotNull();
        assertThat(done.failures()).isEmpty();
    }

    @Test
    void launchingAgainOrCrashingInTheMiddleNeverStartsAnyoneTwice() {
        LaunchOrganisation org = new LaunchOrganisation(context);
        AppraisalCycle cycle = asHr(() -> cycles.create(org.settings(2026)));
        BatchProgress launch = asHr(() -> cycles.launch(cycle.getId()));
        var pending = jobs.pending(launch);
        assertThat(pending).hasSize(4);
        jobs.run(pending.get(0));
        assertThat(appraisals(cycle.getId())).isEqualTo(3);

        // launching again while the launch runs gives the same launch back
        BatchProgress again = asHr(() -> cycles.launch(cycle.getId()));
        assertThat(again.batchId()).isEqualTo(launch.batchId());
        assertThat(again.chunksDone()).isEqualTo(1);
        assertThat(jobs.pending(launch)).hasSize(3);

        // a crash in the middle of the second chunk: its transaction never commits
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            cycles.runChunk(launch.batchId(), 1);
            throw new IllegalStateException("the server stops here");
        })).hasMessageContaining("the server stops here");
        assertThat(appraisals(cycle.getId())).isEqualTo(3);
        assertThat(jobs.pending(launch)).as("the chunk's job is still there after the crash").hasSize(3);

        // after the restart the jobs run; a chunk already done runs again without effect
        jobs.runAll(launch);
        SystemAuthentication.runAsSystem(() -> cycles.runChunk(launch.batchId(), 0));
        assertThat(appraisals(cycle.getId())).isEqualTo(7);
        assertThat(appraisedEmployees(cycle.getId())).isEqualTo(7);
        assertThat(draftTasks(cycle.getId())).isEqualTo(7);
        assertThat(calibrations(cycle.getId())).isEqualTo(3);

        // and a second launch finds nothing left to start
        assertThatThrownBy(() -> asHr(() -> cycles.launch(cycle.getId()))).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("cycle.NOTHING_TO_LAUNCH");
        assertThat(appraisals(cycle.getId())).isEqualTo(7);

        // the database itself refuses a second appraisal for an employee in the cycle
        assertThatThrownBy(() -> jdbc.update("insert into appraisal (cycle_id, employee_id, unit_id, stage) "
                + "select cycle_id, employee_id, unit_id, stage from appraisal where cycle_id = ? and employee_id = "
                + "(select min(employee_id) from appraisal where cycle_id = ?)", cycle.getId(), cycle.getId()))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("insert into unit_calibration (cycle_id, unit_id, status) "
                + "values (?, ?, 'AWAITING_UNIT_RATING')", cycle.getId(), org.unitId(org.divisionA)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aChunkThatFailsShowsItsErrorAndRunsAgainOnceTheCauseIsFixed() {
        LaunchOrganisation org = new LaunchOrganisation(context);
        AppraisalCycle cycle = asHr(() -> cycles.create(org.settings(2026)));
        BatchProgress launch = asHr(() -> cycles.launch(cycle.getId()));
        // after the check, an administrator disables the account of an employee of the first chunk
        String nip = org.nips.get(0);
        jdbc.update("update app_user set enabled = false where username = ?", nip);

        var first = jobs.pending(launch).get(0);
        assertThatThrownBy(() -> jobs.run(first)).hasMessageContaining("appraisal.NO_ACCOUNT");
        jobs.pending(launch).stream().skip(1).forEach(jobs::run);

        BatchProgress failed = cycles.latestBatch(cycle.getId());
        assertThat(failed.done()).isFalse();
        assertThat(failed.chunksDone()).isEqualTo(3);
        assertThat(failed.failures()).singleElement().satisfies(f -> {
            assertThat(f.chunkNo()).isZero();
            assertThat(f.message()).contains("appraisal.NO_ACCOUNT");
        });
        assertThat(appraisals(cycle.getId())).as("the failed chunk left nothing behind").isEqualTo(4);

        jdbc.update("update app_user set enabled = true where username = ?", nip);
        asHr(() -> {
            cycles.retryFailed(cycle.getId());
            return null;
        });
        jobs.runAll(launch);
        assertThat(cycles.latestBatch(cycle.getId()).done()).isTrue();
        assertThat(cycles.latestBatch(cycle.getId()).failures()).isEmpty();
        assertThat(appraisedEmployees(cycle.getId())).isEqualTo(7);
    }

    @Test
    void theCheckBeforeLaunchListsWhatBlocksItAndTheLaunchIsRefusedWhileItDoes() {
        LaunchOrganisation org = new LaunchOrganisation(context, true);
        // division A alone was launched in another cycle of the same year
        AppraisalCycle earlier = asHr(() -> cycles.create(org.settings(2031)
                .withScope(List.of(new ScopeUnit(org.unitId(org.divisionA), false)))));
        jobs.runAll(asHr(() -> cycles.launch(earlier.getId())));
        assertThat(appraisals(earlier.getId())).isEqualTo(3);

        AppraisalCycle cycle = asHr(() -> cycles.create(org.settings(2031)));
        List<CycleProblem> problems = asHr(() -> cycles.preflight(cycle.getId()));
        assertThat(problems.stream().filter(CycleProblem::blocks).map(p -> p.code() + " " + p.nip()))
                .containsExactlyInAnyOrder(
                        "NO_SUPERVISOR " + org.noSupervisorNip,
                        "NO_ACCOUNT " + org.noAccountNip,
                        "ALREADY_APPRAISED_IN_YEAR " + org.nips.get(1),
                        "ALREADY_APPRAISED_IN_YEAR " + org.nips.get(2),
                        "ALREADY_APPRAISED_IN_YEAR " + org.nips.get(3));
        assertThat(problems.stream().filter(p -> !p.blocks()).map(CycleProblem::code))
                .containsExactlyInAnyOrder("HR_FOR_HEAD_OF_REGION", "UNIT_EMPTY");
        assertThat(problems.get(0).blocks()).as("blocking problems come first").isTrue();
        assertThat(problems).filteredOn(p -> p.code().equals("ALREADY_APPRAISED_IN_YEAR")).first()
                .satisfies(p -> assertThat(p.args()).containsExactly(earlier.getName(), 2031));

        assertThatThrownBy(() -> asHr(() -> cycles.launch(cycle.getId()))).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("cycle.LAUNCH_BLOCKED").hasMessageContaining("5");
        assertThat(cycles.cycle(cycle.getId()).getStatus()).isEqualTo(CycleStatus.DRAFT);
        assertThat(cycles.latestBatch(cycle.getId())).isNull();
        assertThat(appraisals(cycle.getId())).isZero();

        // a cycle without units cannot launch either
        AppraisalCycle empty = asHr(() -> cycles.create(org.settings(2032).withScope(List.of())));
        assertThat(asHr(() -> cycles.preflight(empty.getId()))).extracting(CycleProblem::code)
                .containsExactly("NO_UNITS");
    }

    @Test
    void aDraftCanBeEditedUntilItIsLaunched() {
        LaunchOrganisation org = new LaunchOrganisation(context);
        AppraisalCycle cycle = asHr(() -> cycles.create(org.settings(2026)));
        CycleSettings changed = new CycleSettings(2026, "Periode Uji Diubah", cycle.getAgreementDeadline(),
                cycle.getReviewPhaseStart(), 10, cycle.getCalibrationDate(), 21,
                List.of(new ScopeUnit(org.unitId(org.divisionA), true)));
        AppraisalCycle saved = asHr(() -> cycles.update(cycle.getId(), cycle.getVersion(), changed));
        assertThat(saved.getName()).isEqualTo("Periode Uji Diubah");
        assertThat(saved.getPeerFeedbackDays()).isEqualTo(10);
        assertThat(saved.getAppealWindowDays()).isEqualTo(21);
        assertThat(saved.getScope()).extracting(ScopeUnit::getUnitId).containsExactly(org.unitId(org.divisionA));

        // an edit made on an old copy is refused, and so are dates out of order; nothing changes
        assertThatThrownBy(() -> asHr(() -> cycles.update(cycle.getId(), cycle.getVersion(), org.settings(2026))))
                .hasMessageContaining("cycle.CHANGED_MEANWHILE");
        CycleSettings backwards = new CycleSettings(2026, "Mundur", cycle.getReviewPhaseStart(),
                cycle.getAgreementDeadline(), 7, cycle.getCalibrationDate(), 14, List.of());
        assertThatThrownBy(() -> asHr(() -> cycles.update(cycle.getId(), saved.getVersion(), backwards)))
                .hasMessageContaining("cycle.REVIEW_BEFORE_AGREEMENT_DEADLINE");
        assertThat(cycles.cycle(cycle.getId()).getName()).isEqualTo("Periode Uji Diubah");

        jobs.runAll(asHr(() -> cycles.launch(cycle.getId())));
        AppraisalCycle launched = cycles.cycle(cycle.getId());
        assertThat(appraisals(cycle.getId())).as("division A: its head and two staff").isEqualTo(3);
        assertThatThrownBy(() -> asHr(() -> cycles.update(cycle.getId(), launched.getVersion(), changed)))
                .hasMessageContaining("cycle.NOT_EDITABLE");
    }

    @Test
    void onlyHrAndAdministratorsRunCycles() {
        LaunchOrganisation org = new LaunchOrganisation(context);
        AppraisalCycle cycle = asHr(() -> cycles.create(org.settings(2026)));
        for (String user : List.of("board", "auditor", org.nips.get(1))) {
            SystemAuthentication.runAs(users.find(user).orElseThrow(), () -> {
                assertThatThrownBy(() -> cycles.create(org.settings(2026)))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> cycles.launch(cycle.getId()))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> cycles.openReviewPhase(cycle.getId()))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> cycles.close(cycle.getId()))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> cycles.update(cycle.getId(), 0, org.settings(2026)))
                        .isInstanceOf(AccessDeniedException.class);
                return null;
            });
        }
        assertThat(cycles.cycle(cycle.getId()).getStatus()).isEqualTo(CycleStatus.DRAFT);
    }
}
