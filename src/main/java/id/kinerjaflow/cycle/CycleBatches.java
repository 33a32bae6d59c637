package id.kinerjaflow.cycle;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.kinerjaflow.base.BusinessRuleException;
import id.kinerjaflow.process.ProcessIds;
import id.kinerjaflow.process.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans a cycle's bulk work into chunks and runs one chunk at a time. Planning writes the batch and
 * its chunks and starts one {@code cycle-batch} instance per chunk, whose first step waits for the
 * job executor: once the planning transaction commits, the chunks run in parallel, each in its own
 * transaction, and survive a restart. Each chunk processes the keys still pending in its range, so
 * running it twice changes nothing.
 */
@Component
class CycleBatches {

    private static final Logger log = LoggerFactory.getLogger(CycleBatches.class);

    private final CycleBatchRepository batches;
    private final CycleBatchChunkRepository chunks;
    private final ObjectProvider<CycleWork> works;
    private final Workflow workflow;
    private final Clock clock;
    private final int chunkSize;

    CycleBatches(CycleBatchRepository batches, CycleBatchChunkRepository chunks, ObjectProvider<CycleWork> works,
                 Workflow workflow, Clock clock, @Value("${kinerjaflow.cycle.batch-chunk-size:100}") int chunkSize) {
        this.batches = batches;
        this.chunks = chunks;
        this.works = works;
        this.workflow = workflow;
        this.clock = clock;
        if (chunkSize < 1) {
            throw new IllegalArgumentException("kinerjaflow.cycle.batch-chunk-size must be positive");
        }
        this.chunkSize = chunkSize;
    }

    /** The running batch of this kind for the cycle, if one is still running. */
    CycleBatch running(Long cycleId, CycleBatch.Kind kind) {
        return batches.findRunning(cycleId, kind).stream().findFirst().orElse(null);
    }

    boolean anyRunning(Long cycleId) {
        return batches.countRunning(cycleId) > 0;
    }

    /**
     * Plans a batch of this kind over the cycle's units: every pending key of each work of the
     * kind, in chunks. Returns null when nothing is pending. Runs in the caller's transaction.
     */
    CycleBatch plan(AppraisalCycle cycle, Set<Long> unitIds, CycleBatch.Kind kind, String startedBy) {
        Map<CycleWork.Kind, List<Long>> pending = new EnumMap<>(CycleWork.Kind.class);
        works.orderedStream().filter(w -> w.kind().batch() == kind)
                .forEach(w -> pending.put(w.kind(), w.pending(cycle, unitIds)));
        int items = pending.values().stream().mapToInt(List::size).sum();
        if (items == 0) {
            return null;
        }
        CycleBatch batch = batches.saveAndFlush(new CycleBatch(cycle.getId(), kind, startedBy, clock.instant()));
        List<CycleBatchChunk> planned = new ArrayList<>();
        pending.forEach((work, keys) -> {
            for (int from = 0; from < keys.size(); from += chunkSize) {
                List<Long> part = keys.subList(from, Math.min(keys.size(), from + chunkSize));
                planned.add(new CycleBatchChunk(batch.getId(), planned.size(), work, part.get(0),
                        part.get(part.size() - 1), part.size()));
            }
        });
        chunks.saveAll(planned);
        batch.planned(items, planned.size());
        for (CycleBatchChunk chunk : planned) {
            workflow.start(ProcessIds.CycleBatch.PROCESS,
                    ProcessIds.CycleBatch.businessKey(batch.getId(), chunk.getChunkNo()),
                    Map.of(ProcessIds.Vars.BATCH_ID, batch.getId(), ProcessIds.Vars.CHUNK_NO, chunk.getChunkNo(),
                            ProcessIds.Vars.CYCLE_ID, cycle.getId()));
        }
        log.info("Cycle {}: {} planned, {} items in {} chunks", cycle.getId(), kind, items, planned.size());
        return batch;
    }

    /**
     * Runs one chunk, in the caller's (the job's) transaction: the work for the keys still pending
     * in its range, then the chunk is marked done. A chunk already done is left alone.
     */
    @Transactional
    void run(AppraisalCycle cycle, Set<Long> unitIds, long batchId, int chunkNo) {
        CycleBatchChunk chunk = chunks.findById(new CycleBatchChunk.Key(batchId, chunkNo))
                .orElseThrow(() -> new BusinessRuleException("cycle.BATCH_UNKNOWN", batchId));
        if (chunk.isDone()) {
            return;
        }
        CycleWork work = works.orderedStream().filter(w -> w.kind() == chunk.getWork()).findFirst()
                .orElseThrow(() -> new IllegalStateException("No work of kind " + chunk.getWork()));
        int done = work.process(cycle, unitIds, chunk.getFirstKey(), chunk.getLastKey());
        chunk.done(done, clock.instant());
    }

    Long cycleOf(long batchId) {
        return batches.findById(batchId).map(CycleBatch::getCycleId)
                .orElseThrow(() -> new BusinessRuleException("cycle.BATCH_UNKNOWN", batchId));
    }

    /** The latest batch of the cycle, with its progress; null when the cycle had none. */
    BatchProgress latest(Long cycleId) {
        return batches.findByCycleIdOrderByIdDesc(cycleId).stream().findFirst().map(this::progress).orElse(null);
    }

    BatchProgress progress(CycleBatch batch) {
        List<CycleBatchChunk> all = chunks.findByBatchIdOrderByChunkNo(batch.getId());
        int itemsDone = 0;
        int chunksDone = 0;
        int processed = 0;
        Instant finished = null;
        for (CycleBatchChunk c : all) {
            if (c.isDone()) {
                chunksDone++;
                itemsDone += c.getItemCount();
                processed += c.getProcessedCount();
                finished = finished == null || c.getDoneAt().isAfter(finished) ? c.getDoneAt() : finished;
            }
        }
        boolean done = chunksDone == all.size();
        String prefix = batch.getId() + ":";
        List<BatchProgress.Failure> failures = workflow.failedJobs(ProcessIds.CycleBatch.PROCESS).stream()
                .filter(f -> f.businessKey() != null && f.businessKey().startsWith(prefix))
                .map(f -> new BatchProgress.Failure(Integer.parseInt(f.businessKey().substring(prefix.length())),
                        f.message(), f.retriesLeft(), f.jobId()))
                .toList();
        return new BatchProgress(batch.getId(), batch.getCycleId(), batch.getKind(), batch.getItemCount(), itemsDone,
                processed, all.size(), chunksDone, batch.getStartedBy(), batch.getStartedAt(), done ? finished : null,
                failures);
    }

    /** Runs the failed chunks of the batch again (their jobs get their retries back). */
    void retryFailed(BatchProgress progress) {
        progress.failures().forEach(f -> workflow.retry(f.jobId(), 3));
    }
}
