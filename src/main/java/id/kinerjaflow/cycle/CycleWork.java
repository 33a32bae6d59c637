package id.kinerjaflow.cycle;

import java.util.List;
import java.util.Set;

/**
 * Work a cycle hands out in chunks (launching appraisals and calibrations, opening the review
 * phase), done by the feature that owns it. The cycle's batch plans the chunks from
 * {@link #pending} and runs each chunk in one job of the engine through {@link #process}.
 * Processing is idempotent: a key already done is skipped, so a chunk run twice (after a crash, or
 * by a second launch) changes nothing the second time.
 */
public interface CycleWork {

    /** Which work this is, as stored with each chunk. */
    Kind kind();

    /** The keys still to do in the cycle for these units (employee, unit or appraisal ids), ascending. */
    List<Long> pending(AppraisalCycle cycle, Set<Long> unitIds);

    /**
     * Does the work for the keys still pending between {@code firstKey} and {@code lastKey}
     * (inclusive), in the caller's transaction; returns how many keys were done.
     */
    int process(AppraisalCycle cycle, Set<Long> unitIds, long firstKey, long lastKey);

    /** The kinds of work, and the batch each belongs to. */
    enum Kind {
        LAUNCH_APPRAISALS(CycleBatch.Kind.LAUNCH),
        LAUNCH_CALIBRATIONS(CycleBatch.Kind.LAUNCH),
        OPEN_REVIEW_PHASE(CycleBatch.Kind.OPEN_REVIEW_PHASE);

        private final CycleBatch.Kind batch;

        Kind(CycleBatch.Kind batch) {
            this.batch = batch;
        }

        public CycleBatch.Kind batch() {
            return batch;
        }
    }
}
