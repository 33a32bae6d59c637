package id.kinerjaflow.cycle;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A cycle's bulk work started by HR: the launch (an appraisal per employee, a calibration per
 * unit) or a phase change. It is split into {@link CycleBatchChunk chunks}, each run as one job.
 */
@Entity
@Table(name = "cycle_batch")
public class CycleBatch {

    /** What the batch does for the whole cycle. */
    public enum Kind {
        LAUNCH, OPEN_REVIEW_PHASE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id")
    private Long cycleId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Column(name = "item_count")
    private int itemCount;

    @Column(name = "chunk_count")
    private int chunkCount;

    @Column(name = "started_by")
    private String startedBy;

    @Column(name = "started_at")
    private Instant startedAt;

    protected CycleBatch() {
    }

    CycleBatch(Long cycleId, Kind kind, String startedBy, Instant startedAt) {
        this.cycleId = cycleId;
        this.kind = kind;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    void planned(int items, int chunks) {
        this.itemCount = items;
        this.chunkCount = chunks;
    }

    public Long getId() {
        return id;
    }

    public Long getCycleId() {
        return cycleId;
    }

    public Kind getKind() {
        return kind;
    }

    public int getItemCount() {
        return itemCount;
    }

    public int getChunkCount() {
        return chunkCount;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }
}
