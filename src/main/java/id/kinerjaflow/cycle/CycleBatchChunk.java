package id.kinerjaflow.cycle;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One chunk of a batch: the keys of one kind of work between two bounds, done in one job. */
@Entity
@Table(name = "cycle_batch_chunk")
@IdClass(CycleBatchChunk.Key.class)
class CycleBatchChunk {

    @Id
    @Column(name = "batch_id")
    private Long batchId;

    @Id
    @Column(name = "chunk_no")
    private int chunkNo;

    @Enumerated(EnumType.STRING)
    private CycleWork.Kind work;

    @Column(name = "first_key")
    private long firstKey;

    @Column(name = "last_key")
    private long lastKey;

    @Column(name = "item_count")
    private int itemCount;

    @Column(name = "processed_count")
    private Integer processedCount;

    @Column(name = "done_at")
    private Instant doneAt;

    @Version
    private long version;

    protected CycleBatchChunk() {
    }

    CycleBatchChunk(Long batchId, int chunkNo, CycleWork.Kind work, long firstKey, long lastKey, int itemCount) {
        this.batchId = batchId;
        this.chunkNo = chunkNo;
        this.work = work;
        this.firstKey = firstKey;
        this.lastKey = lastKey;
        this.itemCount = itemCount;
    }

    void done(int processed, Instant at) {
        this.processedCount = processed;
        this.doneAt = at;
    }

    boolean isDone() {
        return doneAt != null;
    }

    Long getBatchId() {
        return batchId;
    }

    int getChunkNo() {
        return chunkNo;
    }

    CycleWork.Kind getWork() {
        return work;
    }

    long getFirstKey() {
        return firstKey;
    }

    long getLastKey() {
        return lastKey;
    }

    int getItemCount() {
        return itemCount;
    }

    Integer getProcessedCount() {
        return processedCount;
    }

    Instant getDoneAt() {
        return doneAt;
    }

    /** The composite key (batch, chunk number). */
    static class Key implements Serializable {
        private Long batchId;
        private int chunkNo;

        protected Key() {
        }

        Key(Long batchId, int chunkNo) {
            this.batchId = batchId;
            this.chunkNo = chunkNo;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(batchId, k.batchId) && chunkNo == k.chunkNo;
        }

        @Override
        public int hashCode() {
            return Objects.hash(batchId, chunkNo);
        }
    }
}
