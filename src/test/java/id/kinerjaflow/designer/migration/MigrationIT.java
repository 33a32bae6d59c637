package id.kinerjaflow.designer.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;

import id.kinerjaflow.IntegrationTest;
import id.kinerjaflow.base.BusinessRuleException;
import id.kinerjaflow.demo.DemoOrganisation;
import id.kinerjaflow.designer.migration.MigrationService.Reason;
import id.kinerjaflow.designer.migration.MigrationService.Report;
import id.kinerjaflow.designer.migration.MigrationService.Run;
import id.kinerjaflow.designer.migration.process.MigrationEngine;
import id.kinerjaflow.security.SystemAuthentication;
import id.kinerjaflow.security.UserDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * Running instances move to a new version of their process: a compatible change (a longer
 * deadline, a task added after the one they wait at) moves them all through the engine's batch, and
 * they then follow the new version; an incompatible one (the task an instance waits at removed)
 * leaves that instance on its version with the reason, moves the others, and is refused outright
 * when none can move. Only HR and admins migrate.
 */
@IntegrationTest
class MigrationIT {

    @Autowired ApplicationContext context;
    @Autowired DemoOrganisation demo;
    @Autowired UserDirectory users;
    @Autowired MigrationService migrations;

    private static int keys;

    @BeforeEach
    void demo() {
        demo.load();
    }

    private MigrationSample sample() {
        return new MigrationSample(context, "migration-sample-it-" + (++keys) + "-" + System.nanoTime() % 100_000);
    }

    private <T> T as(String user, Supplier<T> work) {
        return SystemAuthentication.runAs(users.find(user).orElseThrow(), work::get);
    }

    @Test
    void aCompatibleChangeMovesEveryRunningInstanceAsABatchAndTheyFollowTheNewVersion() {
        MigrationSample p = sample();
        String v1 = p.deployFirst();
        String first = p.start(v1, "A-1");
        String second = p.start(v1, "A-2");
        String v2 = p.deployCompatible();

        Report report = as("hr", () -> migrations.check(p.key, v1, v2));
        assertThat(report.from().version()).isEqualTo(1);
        assertThat(report.to().version()).isEqualTo(2);
        assertThat(report.from().running()).isEqualTo(2);
        assertThat(report.problems()).isEmpty();
        assertThat(report.mappings()).extracting(MigrationEngine.Mapping::sourceId)
                .contains("Task_Prepare", "Task_Check");
        assertThat(report.mappings()).filteredOn(m -> m.sourceId().equals("Task_Prepare")).singleElement()
                .satisfies(m -> {
                    assertThat(m.targetId()).isEqualTo("Task_Prepare");
                    assertThat(m.sourceName()).isEqualTo("Siapkan berkas");
                });
        assertThat(report.movable()).extracting(MigrationEngine.Instance::businessKey).containsExactly("A-1", "A-2");
        assertThat(report.blocked()).isEmpty();
        assertThat(report.canMigrate()).isTrue();

        Run run = as("hr", () -> migrations.migrate(p.key, v1, v2));
        assertThat(run.startedBy()).isEqualTo("hr");
        assertThat(run.instances()).isEqualTo(2);
        assertThat(run.fromVersion()).isEqualTo(1);
        assertThat(run.toVersion()).isEqualTo(2);
        assertThat(run.finishedAt()).isNull();
        assertThat(as("hr", () -> migrations.instancesOf(run.id()))).containsExactlyInAnyOrder(first, second);
        assertThat(p.definitionOf(first)).as("nothing moved before the batch runs").isEqualTo(v1);

        // the batch: seeded, not yet run
        p.seed(run.batchId());
        MigrationEngine.Progress seeded = as("hr", () -> migrations.progress(run.id()));
        assertThat(seeded.ended()).isFalse();
        assertThat(seeded.total()).isEqualTo(2);
        assertThat(seeded.done()).isZero();

        p.runBatch(run.batchId());
        MigrationEngine.Progress ended = as("hr", () -> migrations.progress(run.id()));
        assertThat(ended.ended()).isTrue();
        assertThat(ended.failed()).isZero();
        assertThat(as("hr", () -> migrations.run(run.id())).finishedAt()).isNotNull();
        assertThat(as("auditor", () -> migrations.runs(p.key))).extracting(Run::id).containsExactly(run.id());
        assertThat(p.definitionOf(first)).isEqualTo(v2);
        assertThat(p.definitionOf(second)).isEqualTo(v2);

        // the moved instance now takes the new step
        p.complete(first, "Task_Prepare");
        assertThat(p.openTasks(first)).containsExactly("Task_Verify");
        assertThat(as("hr", () -> migrations.check(p.key, v1, v2)).movable()).isEmpty();
    }

    @Test
    void anInstanceWaitingAtARemovedTaskStaysWithItsReasonAndAMigrationOfOnlySuchInstancesIsRefused() {
        MigrationSample p = sample();
        String v1 = p.deployFirst();
        String preparing = p.start(v1, "B-1");
        String checking = p.start(v1, "B-2");
        p.complete(checking, "Task_Prepare");
        String v2 = p.deployWithoutThePreparation();

        Report report = as("admin", () -> migrations.check(p.key, v1, v2));
        assertThat(report.problems()).isEmpty();
        assertThat(report.mappings()).extracting(MigrationEngine.Mapping::sourceId).contains("Task_Check")
                .doesNotContain("Task_Prepare");
        assertThat(report.movable()).extracting(MigrationEngine.Instance::id).containsExactly(checking);
        assertThat(report.blocked()).singleElement().satisfies(b -> {
            assertThat(b.activityId()).isEqualTo("Task_Prepare");
            assertThat(b.activityName()).isEqualTo("Siapkan berkas");
            assertThat(b.reason()).isEqualTo(Reason.ACTIVITY_REMOVED);
            assertThat(b.instances()).extracting(MigrationEngine.Instance::businessKey).containsExactly("B-1");
        });

        Run run = as("admin", () -> migrations.migrate(p.key, v1, v2));
        assertThat(run.instances()).isEqualTo(1);
        p.runBatch(run.batchId());
        assertThat(p.definitionOf(checking)).isEqualTo(v2);
        assertThat(p.definitionOf(preparing)).as("left on its version").isEqualTo(v1);
        assertThat(p.openTasks(preparing)).containsExactly("Task_Prepare");

        // only the instance that cannot move is left: refused, nothing recorded, nothing moved
        List<Run> before = as("admin", () -> migrations.runs(p.key));
        assertThatThrownBy(() -> as("admin", () -> migrations.migrate(p.key, v1, v2)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("migration.NOTHING_TO_MOVE"));
        assertThat(as("admin", () -> migrations.runs(p.key))).hasSameSizeAs(before);
        assertThat(p.definitionOf(preparing)).isEqualTo(v1);
    }

    @Test
    void badVersionsAreRefusedAndOnlyHrAndAdminsMigrate() {
        MigrationSample p = sample();
        String v1 = p.deployFirst();
        p.start(v1, "C-1");
        String v2 = p.deployCompatible();
        assertThatThrownBy(() -> as("hr", () -> migrations.check(p.key, v1, v1)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("migration.SAME_VERSION"));
        assertThatThrownBy(() -> as("hr", () -> migrations.check("employee-appraisal", v1, v2)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("migration.VERSION_UNKNOWN"));
        assertThatThrownBy(() -> as("hr", () -> migrations.check(p.key, v1, "nope:1:2")))
                .isInstanceOf(BusinessRuleException.class);
        for (String user : List.of("auditor", "staf", "board")) {
            assertThatThrownBy(() -> as(user, () -> migrations.migrate(p.key, v1, v2))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> migrations.check(p.key, v1, v2))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as("hr", () -> migrations.runs(p.key))).isEmpty();
    }
}
