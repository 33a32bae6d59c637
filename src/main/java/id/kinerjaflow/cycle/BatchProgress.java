package id.kinerjaflow.cycle;

import java.time.Instant;
import java.util.List;

/**
 * How far a cycle's batch has come: items (employees, units, appraisals) planned and done, chunks
 * done, and the chunks that failed (with the error, and whether the engine still retries them).
 */
public record BatchProgress(Long batchId, Long cycleId, CycleBatch.Kind kind, int items, int itemsDone,
                            int processed, int chunks, int chunksDone, String startedBy, Instant startedAt,
                            Instant finishedAt, List<Failure> failures) {

    public BatchProgress {
        failures = List.copyOf(failures);
    }

    /** A chunk whose job failed: the engine retries it while retries are left; then it waits for HR. */
    public record Failure(int chunkNo, String message, int retriesLeft, String jobId) {
        public boolean stuck() {
            return retriesLeft <= 0;
        }
    }

    public boolean done() {
        return chunksDone == chunks;
    }

    /** Done share between 0 and 1, by items. */
    public double fraction() {
        return items == 0 ? 1.0 : (double) itemsDone / items;
    }

    public boolean stuck() {
        return failures.stream().anyMatch(Failure::stuck);
    }
}
