package id.kinerjaflow.inbox;

import id.kinerjaflow.process.EngineSteps;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.appraisal.Stage;
import id.kinerjaflow.calibration.CalibrationService;
import id.kinerjaflow.process.ProcessIds;
import id.kinerjaflow.process.Workflow;
import id.kinerjaflow.security.AppUser;
import id.kinerjaflow.security.CurrentUser;
import id.kinerjaflow.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox: the tasks assigned to the user and those of the user's groups (claimable, or held by
 * a colleague), filtered by cycle, task (stage), overdue and a name or NIP; one query per page,
 * tasks and appraisal summaries together. Claim and release go through the engine.
 */
@Service
@Transactional(readOnly = true)
public class InboxService {

    private final InboxEntryRepository entries;
    private final AppraisalService appraisals;
    private final CalibrationService calibrations;
    private final Workflow workflow;
    private final CurrentUser currentUser;
    private final Clock clock;

    InboxService(InboxEntryRepository entries, AppraisalService appraisals, CalibrationService calibrations,
                 Workflow workflow, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.appraisals = appraisals;
        this.calibrations = calibrations;
        this.workflow = workflow;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** What to show: null or empty means "any". */
    public record InboxQuery(Long cycleId, Collection<String> taskKeys, boolean overdueOnly, String text) {

        public static InboxQuery all() {
            return new InboxQuery(null, List.of(), false, null);
        }
    }

    /** One row of the inbox. {@code claimable}: a group task nobody holds yet. */
    public record InboxItem(String taskId, String taskKey, String taskName, Long appraisalId, Long calibrationId,
                            Long cycleId, String employeeName, String employeeNip, Stage stage, String assignee,
                            boolean groupTask, boolean claimable, boolean mine, Instant created, Instant due,
                            boolean overdue) {
    }

    /** One page: one query for the tasks, one for the summaries of their appraisals. */
    public List<InboxItem> page(InboxQuery q, int offset, int limit) {
        AppUser user = currentUser.require();
        int size = Math.max(1, limit);
        Instant now = clock.instant();
        PageRequest page = PageRequest.of(offset / size, size);
        List<InboxEntry> rows = text(q) == null
                ? entries.page(principals(user), q.cycleId() == null, cycle(q), anyTask(q), taskKeys(q),
                        q.overdueOnly(), now, page)
                : entries.search(principals(user), q.cycleId() == null, cycle(q), anyTask(q), taskKeys(q),
                        q.overdueOnly(), now, text(q), page);
        Map<Long, AppraisalService.Summary> summaries = appraisals.summaries(rows.stream()
                .map(InboxEntry::getAppraisalId).filter(java.util.Objects::nonNull).toList());
        // calibration tasks (HR, the board) name their unit; a second query only when there are some
        Map<Long, String> units = calibrations.unitNames(rows.stream()
                .map(InboxEntry::getCalibrationId).filter(java.util.Objects::nonNull).distinct().toList());
        List<InboxItem> items = new ArrayList<>();
        for (InboxEntry e : rows) {
            AppraisalService.Summary summary = e.getAppraisalId() == null ? null : summaries.get(e.getAppraisalId());
            items.add(new InboxItem(e.getTaskId(), e.getTaskKey(), e.getTaskName(), e.getAppraisalId(),
                    e.getCalibrationId(), e.getCycleId(),
                    summary == null ? units.get(e.getCalibrationId()) : summary.employeeName(),
                    summary == null ? null : summary.employeeNip(), summary == null ? null : summary.stage(),
                    e.getAssignee(), e.isGroupEntry(), e.getAssignee() == null,
                    user.username().equals(e.getAssignee()), e.getCreatedAt(), e.getDueAt(),
                    e.getDueAt() != null && e.getDueAt().isBefore(now)));
        }
        return items;
    }

    public long count(InboxQuery q) {
        AppUser user = currentUser.require();
        return text(q) == null
                ? entries.count(principals(user), q.cycleId() == null, cycle(q), anyTask(q), taskKeys(q),
                        q.overdueOnly(), clock.instant())
                : entries.countSearch(principals(user), q.cycleId() == null, cycle(q), anyTask(q), taskKeys(q),
                        q.overdueOnly(), clock.instant(), text(q));
    }

    /** Open tasks per task key (the counts beside the filters). */
    public Map<String, Long> countsByTask() {
        AppUser user = currentUser.require();
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : entries.countByTaskKey(principals(user))) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    /**
     * How many open tasks of each appraisal are past their due date, whoever holds them, in one
     * query (appraisals without any are left out). The caller decides whose appraisals it asks about.
     */
    public Map<Long, Long> overdueTasksPerAppraisal(Collection<Long> appraisalIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (appraisalIds == null || appraisalIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : entries.countOverdueByAppraisal(appraisalIds, clock.instant())) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    /**
     * A task the current user opens to work on: their own, or a group task of theirs nobody holds
     * yet ({@code claimable}). Empty for anything else (done, held by a colleague, someone else's,
     * a guessed id), so a screen cannot tell those apart and learns nothing of others' work.
     */
    public Optional<OpenedTask> open(String taskId) {
        AppUser user = currentUser.require();
        return workflow.find(taskId).filter(t -> t.ref().mayBeWorkedOnBy(user)).map(t -> {
            Long appraisalId = ProcessIds.Appraisal.PROCESS.equals(t.processKey()) ? asId(t.businessKey()) : null;
            Long calibrationId = ProcessIds.Calibration.PROCESS.equals(t.processKey()) ? asId(t.businessKey()) : null;
            return new OpenedTask(t.ref().id(), t.ref().taskKey(), t.formKey(), t.ref().name(), appraisalId,
                    calibrationId, t.ref().assignee() == null, t.ref().created(), t.ref().due(),
                    t.ref().due() != null && t.ref().due().isBefore(clock.instant()));
        });
    }

    /** A task opened by its holder (or a member of its group, who must claim it to work on it). */
    public record OpenedTask(String taskId, String taskKey, String formKey, String taskName, Long appraisalId,
                             Long calibrationId, boolean claimable, Instant created, Instant due,
                             boolean overdue) {
    }

    private static Long asId(String businessKey) {
        try {
            return businessKey == null ? null : Long.valueOf(businessKey);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Takes a group task; refused when someone else took it meanwhile. */
    @Transactional
    public void claim(String taskId) {
        workflow.claim(taskId, currentUser.require());
    }

    /** Gives a claimed group task back to the group. */
    @Transactional
    public void release(String taskId) {
        workflow.release(taskId, currentUser.require());
    }

    // ---- fed by the engine's task events (inbox/process) ----------------------------------------

    public record NewTask(String taskId, String processInstanceId, String processKey, String taskKey, String name,
                          Long appraisalId, Long calibrationId, Long cycleId, String assignee, Set<String> groups,
                          Instant created, Instant due) {
    }

    @Transactional
    public void taskCreated(NewTask t) {
        EngineSteps.requireEngine();
        write(t, t.assignee(), t.groups(), t.created() == null ? clock.instant() : t.created(), t.due());
        WrittenTasks.remember(t.taskId(), t.assignee(), t.groups(), t.due());
    }

    @Transactional
    public void taskChanged(String taskId, String assignee, Set<String> groups, Instant due) {
        EngineSteps.requireEngine();
        if (WrittenTasks.unchanged(taskId, assignee, groups, due)) {
            // the engine reports the assignment of a task it has just created: answered from memory,
            // because a query would first flush and dirty-check everything the transaction holds (a
            // launch chunk holds hundreds of entities, so this was 40 % of a launch's time)
            return;
        }
        List<InboxEntry> rows = entries.findByTaskId(taskId);
        if (rows.isEmpty()) {
            return;
        }
        if (unchanged(rows, assignee, groups, due)) {
            // the engine reports the assignment of a new task too: nothing to rewrite then
            return;
        }
        NewTask task = rows.get(0).asTask();
        entries.deleteAll(rows);
        entries.flush();
        write(task, assignee, groups, task.created(), due);
        WrittenTasks.remember(taskId, assignee, groups, due);
    }

    @Transactional
    public void taskEnded(String taskId) {
        EngineSteps.requireEngine();
        entries.deleteAll(entries.findByTaskId(taskId));
    }

    private static boolean unchanged(List<InboxEntry> rows, String assignee, Set<String> groups, Instant due) {
        Set<String> principals = new java.util.HashSet<>();
        if (groups.isEmpty()) {
            if (assignee != null) {
                principals.add(InboxEntry.userPrincipal(assignee));
            }
        } else {
            groups.forEach(g -> principals.add(InboxEntry.groupPrincipal(g)));
        }
        return rows.size() == principals.size()
                && rows.stream().allMatch(r -> principals.contains(r.getPrincipal())
                && java.util.Objects.equals(r.getAssignee(), assignee) && java.util.Objects.equals(r.getDueAt(), due));
    }

    /** One row per principal: the assignee of a personal task, or each candidate group. */
    private void write(NewTask t, String assignee, Set<String> groups, Instant created, Instant due) {
        List<InboxEntry> rows = new ArrayList<>();
        if (groups.isEmpty()) {
            if (assignee != null) {
                rows.add(new InboxEntry(t, InboxEntry.userPrincipal(assignee), assignee, created, due));
            }
        } else {
            groups.forEach(g -> rows.add(new InboxEntry(t, InboxEntry.groupPrincipal(g), assignee, created, due)));
        }
        entries.saveAll(rows);
    }

    private static List<String> principals(AppUser user) {
        List<String> principals = new ArrayList<>();
        principals.add(InboxEntry.userPrincipal(user.username()));
        user.roles().forEach(r -> principals.add(InboxEntry.groupPrincipal(r.name())));
        return principals;
    }

    private static long cycle(InboxQuery q) {
        return q.cycleId() == null ? -1 : q.cycleId();
    }

    private static boolean anyTask(InboxQuery q) {
        return q.taskKeys() == null || q.taskKeys().isEmpty();
    }

    private static Collection<String> taskKeys(InboxQuery q) {
        return anyTask(q) ? List.of("-") : q.taskKeys();
    }

    private static String text(InboxQuery q) {
        return q.text() == null || q.text().isBlank() ? null : "%" + q.text().strip().toLowerCase(Locale.ROOT) + "%";
    }

    // ---- monitoring: overdue tasks of a whole cycle, whoever holds them ----------------------------

    /**
     * An open task past its due date and who holds it: the assignee, or else the candidate groups
     * (role names) that may claim it. Appraisal tasks name the employee; calibration tasks only the unit.
     */
    public record OverdueTask(String taskId, String taskKey, String taskName, Long appraisalId, Long calibrationId,
                              String employeeName, String employeeNip, Long unitId, String unitName, String assignee,
                              List<String> groups, Instant due, long daysOverdue) {
    }

    /**
     * The overdue open tasks of a cycle, in one unit or all (unitId null), earliest due first, in one
     * query. Org-wide data: for HR, the administrator, the auditor and the board only.
     */
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN, Roles.AUTH_AUDITOR, Roles.AUTH_BOARD})
    public List<OverdueTask> overdueTasks(Long cycleId, Long unitId) {
        Instant now = clock.instant();
        return overdue(entries.overdueInCycle(cycleId, unitId == null, unitId == null ? -1 : unitId, now), now);
    }

    /**
     * One page of {@link #overdueTasks}: {@code limit} tasks from {@code offset}, in the same order,
     * read for that page only (a cycle of thousands can have thousands overdue at a deadline).
     */
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN, Roles.AUTH_AUDITOR, Roles.AUTH_BOARD})
    public List<OverdueTask> overdueTasks(Long cycleId, Long unitId, int offset, int limit) {
        Instant now = clock.instant();
        boolean anyUnit = unitId == null;
        long unit = anyUnit ? -1 : unitId;
        int size = Math.max(1, limit);
        List<String> taskIds = entries.overdueTaskIdsInCycle(cycleId, anyUnit, unit, now,
                PageRequest.of(offset / size, size));
        return taskIds.isEmpty() ? List.of()
                : overdue(entries.overdueInCycle(cycleId, anyUnit, unit, now, taskIds), now);
    }

    /** How many tasks {@link #overdueTasks} gives. */
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN, Roles.AUTH_AUDITOR, Roles.AUTH_BOARD})
    public long countOverdueTasks(Long cycleId, Long unitId) {
        return entries.countOverdueTasksInCycle(cycleId, unitId == null, unitId == null ? -1 : unitId,
                clock.instant());
    }

    /** The rows of the overdue entries, one task each with its groups. */
    private static List<OverdueTask> overdue(List<Object[]> rows, Instant now) {
        Map<String, OverdueTask> tasks = new java.util.LinkedHashMap<>();
        for (Object[] r : rows) {
            String taskId = (String) r[0];
            String principal = (String) r[6];
            OverdueTask t = tasks.computeIfAbsent(taskId, id -> new OverdueTask(id, (String) r[1], (String) r[2],
                    (Long) r[3], (Long) r[4], (String) r[8], (String) r[9], (Long) r[10], (String) r[11],
                    (String) r[5], new ArrayList<>(), (Instant) r[7],
                    java.time.Duration.between((Instant) r[7], now).toDays()));
            if (principal.startsWith("group:")) {
                t.groups().add(principal.substring("group:".length()));
            }
        }
        return List.copyOf(tasks.values());
    }
}
