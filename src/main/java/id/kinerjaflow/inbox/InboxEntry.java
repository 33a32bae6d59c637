package id.kinerjaflow.inbox;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * One open user task as one principal's inbox shows it: {@code user:<name>} for a personal task,
 * {@code group:<role>} per candidate group. Written by the engine's task events only (never by
 * people), so it needs no optimistic lock.
 */
@Entity
@Table(name = "inbox_entry")
@IdClass(InboxEntry.Key.class)
public class InboxEntry implements Persistable<InboxEntry.Key> {

    /** Undated tasks sort after every dated one. */
    static final Instant NO_DUE_DATE = Instant.parse("9999-12-31T00:00:00Z");

    @Id
    @Column(name = "task_id")
    private String taskId;

    @Id
    private String principal;

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

    @Column(name = "due_sort")
    private Instant dueSort;

    /** Written once and never updated: a new row is persisted, not merged (its id is assigned). */
    @Transient
    private boolean fresh;

    protected InboxEntry() {
    }

    InboxEntry(InboxService.NewTask t, String principal, String assignee, Instant createdAt, Instant dueAt) {
        this.taskId = t.taskId();
        this.principal = principal;
        this.processInstanceId = t.processInstanceId();
        this.processKey = t.processKey();
        this.taskKey = t.taskKey();
        this.taskName = t.name();
        this.appraisalId = t.appraisalId();
        this.calibrationId = t.calibrationId();
        this.cycleId = t.cycleId();
        this.assignee = assignee;
        this.createdAt = createdAt;
        this.dueAt = dueAt;
        this.dueSort = dueAt == null ? NO_DUE_DATE : dueAt;
        this.fresh = true;
    }

    @PostLoad
    @PostPersist
    void stored() {
        this.fresh = false;
    }

    @Override
    public Key getId() {
        return new Key(taskId, principal);
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    public String getTaskId() {
        return taskId;
    }

    public String getPrincipal() {
        return principal;
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

    /** The same task as a {@link InboxService.NewTask}, to write it again for other principals. */
    InboxService.NewTask asTask() {
        return new InboxService.NewTask(taskId, processInstanceId, processKey, taskKey, taskName, appraisalId,
                calibrationId, cycleId, assignee, java.util.Set.of(), createdAt, dueAt);
    }

    /** Seen through a candidate group (a task one claims), not as a personal task. */
    public boolean isGroupEntry() {
        return principal.startsWith("group:");
    }

    static String userPrincipal(String username) {
        return "user:" + username;
    }

    static String groupPrincipal(String group) {
        return "group:" + group;
    }

    /** The composite key: task and principal. */
    public static class Key implements Serializable {
        private String taskId;
        private String principal;

        public Key() {
        }

        public Key(String taskId, String principal) {
            this.taskId = taskId;
            this.principal = principal;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(taskId, k.taskId) && Objects.equals(principal, k.principal);
        }

        @Override
        public int hashCode() {
            return Objects.hash(taskId, principal);
        }
    }
}
