package id.kinerjaflow.inbox;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * One open user task as the inbox shows it: written by the engine's task events only (never by
 * people), so it needs no optimistic lock.
 */
@Entity
@Table(name = "inbox_entry")
public class InboxEntry {

    @Id
    @Column(name = "task_id")
    private String taskId;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "process_key")
    private String processKey;

    @Column(name = "task_key")
    private String taskKey;

    @Column(name = "task_name")
    private String taskName;

    @Column(name = "appraisal_id")
    private Long appraisalId;

    @Column(name = "calibration_id")
    private Long calibrationId;

    @Column(name = "cycle_id")
    private Long cycleId;

    private String assignee;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "due_at")
    private Instant dueAt;

    /** Who sees the task: {@code user:<name>} for the assignee, {@code group:<role>} per candidate group. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "inbox_audience", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "principal")
    private Set<String> audience = new HashSet<>();

    protected InboxEntry() {
    }

    public InboxEntry(String taskId, String processInstanceId, String processKey, String taskKey, String taskName,
                      Long appraisalId, Long calibrationId, Long cycleId, String assignee, Set<String> candidateGroups,
                      Instant createdAt, Instant dueAt) {
        this.taskId = taskId;
        this.processInstanceId = processInstanceId;
        this.processKey = processKey;
        this.taskKey = taskKey;
        this.taskName = taskName;
        this.appraisalId = appraisalId;
        this.calibrationId = calibrationId;
        this.cycleId = cycleId;
        this.assignee = assignee;
        this.audience.addAll(audience(assignee, candidateGroups));
        this.createdAt = createdAt;
        this.dueAt = dueAt;
    }

    public String getTaskId() {
        return taskId;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getProcessKey() {
        return processKey;
    }

    public String getTaskKey() {
        return taskKey;
    }

    public String getTaskName() {
        return taskName;
    }

    public Long getAppraisalId() {
        return appraisalId;
    }

    public Long getCalibrationId() {
        return calibrationId;
    }

    public Long getCycleId() {
        return cycleId;
    }

    public String getAssignee() {
        return assignee;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    void update(String assignee, Set<String> groups, Instant dueAt) {
        this.assignee = assignee;
        this.audience.clear();
        this.audience.addAll(audience(assignee, groups));
        this.dueAt = dueAt;
    }

    static String userPrincipal(String username) {
        return "user:" + username;
    }

    static String groupPrincipal(String group) {
        return "group:" + group;
    }

    private static Set<String> audience(String assignee, Set<String> groups) {
        Set<String> principals = new HashSet<>();
        if (assignee != null) {
            principals.add(userPrincipal(assignee));
        }
        groups.forEach(g -> principals.add(groupPrincipal(g)));
        return principals;
    }
}
