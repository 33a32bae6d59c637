package id.kinerjaflow.designer.migration;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import id.kinerjaflow.base.BusinessRuleException;
import id.kinerjaflow.designer.migration.process.MigrationEngine;
import id.kinerjaflow.designer.migration.process.MigrationEngine.Instance;
import id.kinerjaflow.designer.migration.process.MigrationEngine.Mapping;
import id.kinerjaflow.designer.migration.process.MigrationEngine.Plan;
import id.kinerjaflow.designer.migration.process.MigrationEngine.PlanProblem;
import id.kinerjaflow.designer.migration.process.MigrationEngine.Progress;
import id.kinerjaflow.designer.migration.process.MigrationEngine.Version;
import id.kinerjaflow.security.CurrentUser;
import id.kinerjaflow.security.Roles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving running instances (appraisals, calibrations) from one version of their process to
 * another, for HR and admins: the check says which activities map, which instances can move, and
 * which cannot and why, in words; the migration runs as the engine's asynchronous batch, recorded
 * with who started it and when (table {@code migration_run}, V8), and its progress is read until it
 * ends. An instance that waits at (or is inside) an activity the new version does not have, or that
 * the plan does not map, cannot move; it stays on its version and is left out of the batch.
 */
@Service
public class MigrationService {

    private final MigrationEngine engine;
    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    MigrationService(MigrationEngine engine, JdbcTemplate jdbc, CurrentUser currentUser, Clock clock) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Why an instance cannot move. */
    public enum Reason {
        /** It waits at (or is inside) an activity the new version does not have. */
        ACTIVITY_REMOVED,
        /** The new version has the activity, but the engine cannot map it (e.g. its kind changed). */
        ACTIVITY_NOT_MAPPED
    }

    /** The instances waiting at one activity that cannot move, and why. */
    public record Blocked(String activityId, String activityName, Reason reason, List<Instance> instances) {
    }

    /** The check of a migration: mappings, the engine's objections, the instances that move and those that stay. */
    public record Report(Version from, Version to, List<Mapping> mappings, List<PlanProblem> problems,
                         List<Instance> movable, List<Blocked> blocked) {

        /** Whether a migration can start: the plan is valid and at least one instance can move. */
        public boolean canMigrate() {
            return problems.isEmpty() && !movable.isEmpty();
        }
    }

    /** A migration started: what, from which version to which, the batch, who and when, how it ended. */
    public record Run(Long id, String processKey, String fromDefinitionId, int fromVersion, String toDefinitionId,
                      int toVersion, String batchId, int instances, String startedBy, Instant startedAt,
                      Instant finishedAt, int failed) {
    }

    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public List<Version> versions(String processKey) {
        return engine.versions(processKey);
    }

    /** Checks moving the running instances of {@code fromId} to {@code toId}, both versions of {@code processKey}. */
    @Transactional(readOnly = true)
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public Report check(String processKey, String fromId, String toId) {
        Version from = engine.version(fromId).filter(v -> v.key().equals(processKey))
                .orElseThrow(() -> new BusinessRuleException("migration.VERSION_UNKNOWN", String.valueOf(fromId)));
        Version to = engine.version(toId).filter(v -> v.key().equals(processKey))
                .orElseThrow(() -> new BusinessRuleException("migration.VERSION_UNKNOWN", String.valueOf(toId)));
        if (from.definitionId().equals(to.definitionId())) {
            throw new BusinessRuleException("migration.SAME_VERSION", from.version());
        }
        Plan plan = engine.plan(from, to);
        java.util.Set<String> mapped = new java.util.HashSet<>();
        plan.mappings().forEach(m -> mapped.add(m.sourceId()));
        List<Instance> movable = new ArrayList<>();
        Map<String, List<Instance>> blockedAt = new LinkedHashMap<>();
        for (Instance i : plan.instances()) {
            List<String> unmapped = i.activityIds().stream().filter(a -> !mapped.contains(a)).toList();
            if (unmapped.isEmpty()) {
                movable.add(i);
            } else {
                unmapped.forEach(a -> blockedAt.computeIfAbsent(a, k -> new ArrayList<>()).add(i));
            }
        }
        List<Blocked> blocked = new ArrayList<>();
        blockedAt.forEach((activity, instances) -> blocked.add(new Blocked(activity,
                plan.sourceNames().getOrDefault(activity, activity),
                plan.targetIds().contains(activity) ? Reason.ACTIVITY_NOT_MAPPED : Reason.ACTIVITY_REMOVED,
                List.copyOf(instances))));
        return new Report(from, to, plan.mappings(), plan.problems(), List.copyOf(movable), List.copyOf(blocked));
    }

    /**
     * Starts the migration of every instance that can move, as the engine's batch, and records it.
     * Refused when the plan is invalid or nothing can move; nothing is changed then.
     */
    @Transactional
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public Run migrate(String processKey, String fromId, String toId) {
        Report report = check(processKey, fromId, toId);
        if (!report.problems().isEmpty()) {
            throw new BusinessRuleException("migration.PLAN_INVALID", report.problems().size());
        }
        if (report.movable().isEmpty()) {
            throw new BusinessRuleException("migration.NOTHING_TO_MOVE", report.from().version());
        }
        List<String> ids = report.movable().stream().map(Instance::id).toList();
        String batchId = engine.migrateAsync(fromId, toId, ids);
        String user = currentUser.require().username();
        Instant now = clock.instant();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into migration_run (process_key, from_definition_id, from_version,"
                    + " to_definition_id, to_version, batch_id, instances, started_by, started_at, failed)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", new String[]{"id"});
            ps.setString(1, processKey);
            ps.setString(2, fromId);
            ps.setInt(3, report.from().version());
            ps.setString(4, toId);
            ps.setInt(5, report.to().version());
            ps.setString(6, batchId);
            ps.setInt(7, ids.size());
            ps.setString(8, user);
            ps.setTimestamp(9, Timestamp.from(now));
            return ps;
        }, key);
        long runId = Objects.requireNonNull(key.getKey()).longValue();
        jdbc.batchUpdate("insert into migration_run_instance (run_id, process_instance_id, business_key)"
                + " values (?, ?, ?)", report.movable().stream()
                .map(i -> new Object[]{runId, i.id(), i.businessKey()}).toList());
        return run(runId);
    }

    /** How far the run's batch is; when it has ended, the run records the end and the failures. */
    @Transactional
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public Progress progress(Long runId) {
        Run run = run(runId);
        Progress p = engine.progress(run.batchId());
        if (p.ended() && run.finishedAt() == null) {
            jdbc.update("update migration_run set finished_at = ? where id = ? and finished_at is null",
                    Timestamp.from(p.endedAt() == null ? clock.instant() : p.endedAt()), runId);
        }
        if (p.failed() != run.failed()) {
            jdbc.update("update migration_run set failed = ? where id = ?", p.failed(), runId);
        }
        return p;
    }

    /** The engine's messages for the instances of the run that failed to move. */
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public List<String> failures(Long runId) {
        return engine.failedJobMessages(run(runId).batchId());
    }

    @Transactional(readOnly = true)
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN, Roles.AUTH_AUDITOR})
    public Run run(Long runId) {
        return jdbc.query("select * from migration_run where id = ?", RUN, runId).stream().findFirst()
                .orElseThrow(() -> new BusinessRuleException("migration.RUN_UNKNOWN", runId));
    }

    /** Every migration of the process, newest first. */
    @Transactional(readOnly = true)
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN, Roles.AUTH_AUDITOR})
    public List<Run> runs(String processKey) {
        return jdbc.query("select * from migration_run where process_key = ? order by id desc", RUN, processKey);
    }

    /** The instances the run was asked to move. */
    @Transactional(readOnly = true)
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN, Roles.AUTH_AUDITOR})
    public List<String> instancesOf(Long runId) {
        return jdbc.queryForList("select process_instance_id from migration_run_instance where run_id = ?"
                + " order by process_instance_id", String.class, runId);
    }

    private static final org.springframework.jdbc.core.RowMapper<Run> RUN = (rs, n) -> new Run(rs.getLong("id"),
            rs.getString("process_key"), rs.getString("from_definition_id"), rs.getInt("from_version"),
            rs.getString("to_definition_id"), rs.getInt("to_version"), rs.getString("batch_id"),
            rs.getInt("instances"), rs.getString("started_by"), rs.getTimestamp("started_at").toInstant(),
            rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
            rs.getInt("failed"));
}
