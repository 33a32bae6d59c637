/**
 * Migration of running instances to another version of their process (issue 6), for HR and admins.
 *
 * <p>{@link id.kinerjaflow.designer.migration.MigrationService#check} builds the engine's migration
 * plan for the two versions ({@code createMigrationPlan(from, to).mapEqualActivities()}, in
 * {@code process/MigrationEngine}, the only class here that sees Camunda), keeps the engine's
 * objections to the plan, and looks at every running instance's activity instance tree: an
 * instance inside or at an activity the plan does not map cannot move, because the new version no
 * longer has that activity ({@code ACTIVITY_REMOVED}) or has it in a form the engine cannot map
 * ({@code ACTIVITY_NOT_MAPPED}). The view says all this in words.
 *
 * <p>{@link id.kinerjaflow.designer.migration.MigrationService#migrate} moves only the instances that
 * can move, as the engine's asynchronous batch (a seed job, one job per instance, a monitor job, run
 * by the job executor), and records the run in {@code migration_run} / {@code migration_run_instance}
 * (V8): the versions, the batch, the instances, who and when; the end and the failures are written
 * when the progress is read after the batch ended. The engine's history and the audit trail record
 * the migration too. Instances left behind stay on their version and can be moved by a later run to
 * a version that keeps their step.
 */
package id.kinerjaflow.designer.migration;
