package id.kinerjaflow.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import id.kinerjaflow.appeal.Appeal;
import id.kinerjaflow.appeal.AppealService;
import id.kinerjaflow.appraisal.AgreementRound;
import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.audit.process.ProcessHistory;
import id.kinerjaflow.audit.process.ProcessHistory.Decision;
import id.kinerjaflow.audit.process.ProcessHistory.History;
import id.kinerjaflow.base.BusinessRuleException;
import id.kinerjaflow.calibration.CalibrationChange;
import id.kinerjaflow.calibration.CalibrationService;
import id.kinerjaflow.calibration.UnitCalibration;
import id.kinerjaflow.process.ProcessIds;
import id.kinerjaflow.security.Roles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One appraisal's whole story for an auditor, in time order: every step of its process (and of
 * its unit's calibration process) started and ended, every task created, assigned, claimed,
 * completed or cancelled with who and how long, comments, every agreement round, every decision
 * table evaluated with its inputs and outputs, the board's changes and the appeal with their
 * reasons, and every revision of the appraisal's own data with before and after. Also the path it
 * took (which steps ended, which run now, how often each ran) on the version of the process it
 * runs on. Reads the engine's history (audit/process), the domain's tables and the revisions; it
 * changes nothing.
 */
@Service
@Transactional(readOnly = true)
public class AppraisalTimeline {

    /** What an entry is about; the view filters by it. */
    public enum Kind {
        STEP, TASK, AGREEMENT, DECISION, CALIBRATION, APPEAL, DATA
    }

    /** Which process the entry belongs to. */
    public enum Process {
        APPRAISAL, CALIBRATION
    }

    /**
     * One entry: when, what kind, in which process and at which step (the BPMN element id, for the
     * diagram), the action (a code the view translates: {@code task.completed}, {@code round.returned},
     * ...), who, details in the data's own words (reasons, inputs and outputs, before and after), and
     * how long it took where that applies.
     */
    public record Entry(Instant at, Kind kind, Process process, String stepId, String stepName, String action,
                        String actor, String detail, Long durationMs) {
    }

    /** The appraisal the story is about. */
    public record Subject(Long appraisalId, String employeeName, String nip, String unitName, String cycleName,
                          String stage, String originalRating, String calibratedRating, String finalRating) {
    }

    /**
     * The path on the process version the instance runs on: how often each step ran, those ended at
     * least once, and those running now.
     */
    public record Path(String definitionId, String definitionKey, int version, Map<String, Integer> runs,
                       Set<String> done, Set<String> current) {

        public static final Path NONE = new Path(null, null, 0, Map.of(), Set.of(), Set.of());
    }

    /** The whole story. */
    public record Timeline(Subject subject, String processInstanceId, Path path, Path calibrationPath,
                           List<Entry> entries, List<Decision> decisions, List<EntityRevisions.Revision> revisions) {

        /** The entries of one step (a BPMN element id). */
        public List<Entry> at(String stepId) {
            return entries.stream().filter(e -> stepId.equals(e.stepId())).toList();
        }
    }

    private final JdbcTemplate jdbc;
    private final ProcessHistory history;
    private final AppraisalService appraisals;
    private final CalibrationService calibrations;
    private final AppealService appeals;
    private final EntityRevisions revisions;

    AppraisalTimeline(JdbcTemplate jdbc, ProcessHistory history, AppraisalService appraisals,
                      CalibrationService calibrations, AppealService appeals, EntityRevisions revisions) {
        this.jdbc = jdbc;
        this.history = history;
        this.appraisals = appraisals;
        this.calibrations = calibrations;
        this.appeals = appeals;
        this.revisions = revisions;
    }

    private record Row(Subject subject, String processInstanceId, Long cycleId, Long unitId) {
    }

    /** The appraisal's story; refused with {@code audit.NOT_FOUND} for an unknown appraisal. */
    @Secured({Roles.AUTH_AUDITOR, Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public Timeline of(Long appraisalId) {
        Row row = jdbc.query("select a.id, e.name, e.nip, u.name unit_name, cy.name cycle_name, a.stage,"
                        + " a.original_rating, a.calibrated_rating, a.final_rating, a.process_instance_id, a.cycle_id,"
                        + " a.unit_id from appraisal a join employee e on e.id = a.employee_id"
                        + " join org_unit u on u.id = a.unit_id join appraisal_cycle cy on cy.id = a.cycle_id"
                        + " where a.id = ?",
                (rs, n) -> new Row(new Subject(rs.getLong("id"), rs.getString("name"), rs.getString("nip"),
                        rs.getString("unit_name"), rs.getString("cycle_name"), rs.getString("stage"),
                        rs.getString("original_rating"), rs.getString("calibrated_rating"),
                        rs.getString("final_rating")), rs.getString("process_instance_id"), rs.getLong("cycle_id"),
                        rs.getLong("unit_id")), appraisalId).stream().findFirst()
                .orElseThrow(() -> new BusinessRuleException("audit.NOT_FOUND", appraisalId));

        List<Entry> entries = new ArrayList<>();
        Optional<History> appraisal = history.of(row.processInstanceId());
        appraisal.ifPresent(h -> engine(h, Process.APPRAISAL, entries));
        Optional<UnitCalibration> calibration = calibrations.calibrationOf(row.cycleId(), row.unitId());
        Optional<History> calibrationHistory = calibration.flatMap(c -> history.of(c.getProcessInstanceId()));
        calibrationHistory.ifPresent(h -> engine(h, Process.CALIBRATION, entries));

        appraisals.rounds(appraisalId).forEach(r -> rounds(r, entries));
        calibration.ifPresent(c -> calibration(c, appraisalId, entries));
        appeals.appealOf(appraisalId).ifPresent(a -> appeal(a, row.subject(), appraisal, entries));
        List<EntityRevisions.Revision> revs = revisions.of(appraisalId);
        revs.forEach(r -> entries.add(new Entry(r.at(), Kind.DATA, Process.APPRAISAL, null, null,
                "data." + r.type().name(), r.username(), r.entity() + " #" + r.entityId() + ": " + r.changes().stream()
                .map(c -> c.property() + ": " + text(c.before()) + " → " + text(c.after()))
                .collect(Collectors.joining("; ")), null)));

        entries.sort(Comparator.comparing(Entry::at, Comparator.nullsLast(Comparator.naturalOrder())));
        List<Decision> decisions = new ArrayList<>();
        appraisal.ifPresent(h -> decisions.addAll(h.decisions()));
        calibrationHistory.ifPresent(h -> decisions.addAll(h.decisions()));
        decisions.sort(Comparator.comparing(Decision::at));
        return new Timeline(row.subject(), row.processInstanceId(), appraisal.map(AppraisalTimeline::path)
                .orElse(Path.NONE), calibrationHistory.map(AppraisalTimeline::path).orElse(Path.NONE),
                List.copyOf(entries), List.copyOf(decisions), revs);
    }

    /** The BPMN XML of the process version, as deployed (for the diagram). */
    @Secured({Roles.AUTH_AUDITOR, Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public String diagramXml(Path path) {
        return path.definitionId() == null ? null : history.definitionXml(path.definitionId());
    }

    // ---- the engine's history ---------------------------------------------------------------------

    private static void engine(History h, Process process, List<Entry> out) {
        Map<String, ProcessHistory.TaskRun> tasks = new HashMap<>();
        h.tasks().forEach(t -> tasks.put(t.taskId(), t));
        Map<String, String> names = new HashMap<>();
        h.steps().forEach(s -> names.putIfAbsent(s.activityId(), s.name()));
        out.add(new Entry(h.instance().start(), Kind.STEP, process, null, h.instance().definitionName(),
                "process.started", null, h.instance().definitionKey() + " v" + h.instance().version(), null));
        if (h.instance().end() != null) {
            out.add(new Entry(h.instance().end(), Kind.STEP, process, null, h.instance().definitionName(),
                    "process.ended", null, h.instance().state(), null));
        }
        for (ProcessHistory.Step s : h.steps()) {
            if ("userTask".equals(s.type())) {
                continue; // its task's entries tell more
            }
            boolean instant = s.end() != null && (s.durationMs() == null || s.durationMs() == 0);
            if (instant) {
                out.add(new Entry(s.start(), Kind.STEP, process, s.activityId(), s.name(),
                        s.canceled() ? "step.cancelled" : "step.passed", s.assignee(), null, 0L));
                continue;
            }
            out.add(new Entry(s.start(), Kind.STEP, process, s.activityId(), s.name(), "step.started", null, null,
                    null));
            if (s.end() != null) {
                out.add(new Entry(s.end(), Kind.STEP, process, s.activityId(), s.name(),
                        s.canceled() ? "step.cancelled" : "step.ended", null, null, s.durationMs()));
            }
        }
        for (ProcessHistory.TaskRun t : h.tasks()) {
            out.add(new Entry(t.created(), Kind.TASK, process, t.key(), t.name(), "task.created", null,
                    t.due() == null ? null : "due=" + t.due(), null));
            if (t.end() != null) {
                boolean completed = "completed".equals(t.deleteReason());
                out.add(new Entry(t.end(), Kind.TASK, process, t.key(), t.name(),
                        completed ? "task.completed" : "task.cancelled", completed ? t.assignee() : null,
                        completed ? null : t.deleteReason(), t.durationMs()));
            }
        }
        for (ProcessHistory.Link l : h.links()) {
            ProcessHistory.TaskRun t = tasks.get(l.taskId());
            String key = t == null ? null : t.key();
            String name = t == null ? null : t.name();
            boolean add = "add".equals(l.operation());
            if ("assignee".equals(l.type())) {
                out.add(new Entry(l.at(), Kind.TASK, process, key, name, add ? "task.assigned" : "task.unassigned",
                        l.assigner(), l.userId(), null));
            } else if ("candidate".equals(l.type())) {
                out.add(new Entry(l.at(), Kind.TASK, process, key, name,
                        add ? "task.candidate" : "task.candidateRemoved", l.assigner(),
                        l.groupId() != null ? l.groupId() : l.userId(), null));
            }
        }
        for (ProcessHistory.Operation o : h.operations()) {
            if ("Complete".equals(o.type()) || "Assign".equals(o.type())) {
                continue; // the task's own entries have them
            }
            ProcessHistory.TaskRun t = o.taskId() == null ? null : tasks.get(o.taskId());
            out.add(new Entry(o.at(), Kind.TASK, process, t == null ? null : t.key(), t == null ? null : t.name(),
                    "Claim".equals(o.type()) ? "task.claimed" : "operation", o.user(),
                    "Claim".equals(o.type()) ? null : o.type() + (o.property() == null ? ""
                            : " " + o.property() + ": " + text(o.from()) + " → " + text(o.to())), null));
        }
        for (ProcessHistory.Comment c : h.comments()) {
            ProcessHistory.TaskRun t = c.taskId() == null ? null : tasks.get(c.taskId());
            out.add(new Entry(c.at(), Kind.TASK, process, t == null ? null : t.key(), t == null ? null : t.name(),
                    "task.comment", c.user(), c.text(), null));
        }
        for (Decision d : h.decisions()) {
            // at its step (the business rule task), or, evaluated on a form, under the decision itself
            boolean atStep = d.activityId() != null;
            out.add(new Entry(d.at(), Kind.DECISION, process, atStep ? d.activityId() : d.key(),
                    atStep ? names.getOrDefault(d.activityId(), d.name()) : d.name(),
                    d.preview() ? "decision.preview" : "decision.evaluated", d.user(), decisionText(d), null));
        }
    }

    /** "input=value, ... → output=value, ..." (the decision is named by the entry's step, in the reader's words). */
    public static String decisionText(Decision d) {
        return values(d.inputs()) + " → " + values(d.outputs());
    }

    private static String values(List<ProcessHistory.Value> values) {
        return values.stream().map(v -> v.name() + "=" + v.value()).collect(Collectors.joining(", "));
    }

    private static Path path(History h) {
        Map<String, Integer> runs = new TreeMap<>();
        Set<String> done = new LinkedHashSet<>();
        Set<String> current = new LinkedHashSet<>();
        for (ProcessHistory.Step s : h.steps()) {
            runs.merge(s.activityId(), 1, Integer::sum);
            if (s.end() == null) {
                current.add(s.activityId());
            } else if (!s.canceled()) {
                done.add(s.activityId());
            }
        }
        return new Path(h.instance().definitionId(), h.instance().definitionKey(), h.instance().version(),
                Map.copyOf(runs), Set.copyOf(done), Set.copyOf(current));
    }

    // ---- the domain ---------------------------------------------------------------------------------

    private static void rounds(AgreementRound r, List<Entry> out) {
        out.add(new Entry(r.getSubmittedAt(), Kind.AGREEMENT, Process.APPRAISAL,
                ProcessIds.Appraisal.TASK_DRAFT_AGREEMENT, null, "round.submitted", r.getSubmittedBy(),
                "#" + r.getRoundNo() + " (" + r.getRowCount() + " RHK)", null));
        if (r.getDecision() != null) {
            out.add(new Entry(r.getDecidedAt(), Kind.AGREEMENT, Process.APPRAISAL,
                    ProcessIds.Appraisal.TASK_REVIEW_AGREEMENT, null,
                    r.getDecision() == AgreementRound.Decision.RETURNED ? "round.returned" : "round.approved",
                    r.getDecidedBy(), "#" + r.getRoundNo() + (r.getComment() == null ? "" : ": " + r.getComment()),
                    null));
        }
    }

    private void calibration(UnitCalibration c, Long appraisalId, List<Entry> out) {
        for (CalibrationChange ch : calibrations.changes(c.getId())) {
            if (appraisalId.equals(ch.getAppraisalId())) {
                out.add(new Entry(ch.getChangedAt(), Kind.CALIBRATION, Process.CALIBRATION,
                        ProcessIds.Calibration.TASK_CALIBRATE_UNIT, null, "calibration.changed", ch.getChangedBy(),
                        ch.getFromRating() + " → " + ch.getToRating() + ": " + text(ch.getReason()), null));
            }
        }
        if (c.getReleasedAt() != null) {
            out.add(new Entry(c.getReleasedAt(), Kind.CALIBRATION, Process.CALIBRATION, "Task_ReleaseResults", null,
                    "calibration.released", c.getReleasedBy(), c.getUnitRating() == null ? null
                    : "unitRating=" + c.getUnitRating(), null));
        }
    }

    private static void appeal(Appeal a, Subject subject, Optional<History> h, List<Entry> out) {
        out.add(new Entry(a.getFiledAt(), Kind.APPEAL, Process.APPRAISAL, "Event_AppealFiled", null, "appeal.filed",
                subject.nip(), a.getReasons(), null));
        if (a.getEmployeeExplanation() != null) {
            out.add(new Entry(completion(h, ProcessIds.Appraisal.TASK_EXPLAIN_APPEAL_EMPLOYEE, a.getFiledAt()),
                    Kind.APPEAL, Process.APPRAISAL, ProcessIds.Appraisal.TASK_EXPLAIN_APPEAL_EMPLOYEE, null,
                    "appeal.explainedByEmployee", subject.nip(), a.getEmployeeExplanation(), null));
        }
        if (a.getAppraiserExplanation() != null) {
            out.add(new Entry(completion(h, ProcessIds.Appraisal.TASK_EXPLAIN_APPEAL_APPRAISER, a.getFiledAt()),
                    Kind.APPEAL, Process.APPRAISAL, ProcessIds.Appraisal.TASK_EXPLAIN_APPEAL_APPRAISER, null,
                    "appeal.explainedByAppraiser", assignee(h, ProcessIds.Appraisal.TASK_EXPLAIN_APPEAL_APPRAISER),
                    a.getAppraiserExplanation(), null));
        }
        if (a.getDecision() != null) {
            out.add(new Entry(a.getDecidedAt(), Kind.APPEAL, Process.APPRAISAL, ProcessIds.Appraisal.TASK_DECIDE_APPEAL,
                    null, a.getDecision() == Appeal.Decision.CONFIRMED ? "appeal.confirmed" : "appeal.changed",
                    a.getDecidedBy(), (a.getDecidedRating() == null ? "" : a.getDecidedRating() + ": ")
                    + text(a.getDecisionReason()), null));
        }
    }

    /** When the last task of this kind ended (the domain keeps no time for an explanation). */
    private static Instant completion(Optional<History> h, String taskKey, Instant otherwise) {
        return h.flatMap(x -> x.tasks().stream().filter(t -> taskKey.equals(t.key()) && t.end() != null)
                .map(ProcessHistory.TaskRun::end).max(Comparator.naturalOrder())).orElse(otherwise);
    }

    private static String assignee(Optional<History> h, String taskKey) {
        return h.flatMap(x -> x.tasks().stream().filter(t -> taskKey.equals(t.key()) && t.assignee() != null)
                .map(ProcessHistory.TaskRun::assignee).reduce((a, b) -> b)).orElse(null);
    }

    private static String text(Object value) {
        return value == null ? "–" : value.toString();
    }
}
