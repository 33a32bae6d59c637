package id.kinerjaflow.process;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** What a user filled in on a task's form so far, not yet submitted (JSON of the form's fields). */
@Entity
@Table(name = "task_draft")
@IdClass(TaskDraft.Key.class)
class TaskDraft {

    @Id
    @Column(name = "task_id")
    private String taskId;

    @Id
    private String owner;

    private String payload;

    @Column(name = "saved_at")
    private Instant savedAt;

    @Version
    private long version;

    protected TaskDraft() {
    }

    TaskDraft(String taskId, String owner) {
        this.taskId = taskId;
        this.owner = owner;
    }

    void update(String payload, Instant savedAt) {
        this.payload = payload;
        this.savedAt = savedAt;
    }

    String getPayload() {
        return payload;
    }

    Instant getSavedAt() {
        return savedAt;
    }

    /** The composite key: task and user. */
    static class Key implements Serializable {
        private String taskId;
        private String owner;

        Key() {
        }

        Key(String taskId, String owner) {
            this.taskId = taskId;
            this.owner = owner;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(taskId, k.taskId) && Objects.equals(owner, k.owner);
        }

        @Override
        public int hashCode() {
            return Objects.hash(taskId, owner);
        }
    }
}
