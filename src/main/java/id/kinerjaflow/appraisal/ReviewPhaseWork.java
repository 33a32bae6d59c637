package id.kinerjaflow.appraisal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import id.kinerjaflow.cycle.AppraisalCycle;
import id.kinerjaflow.cycle.CycleWork;
import id.kinerjaflow.process.ProcessIds;
import id.kinerjaflow.process.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opening the review phase: every appraisal of the cycle that waits for it moves on to self-review;
 * one that comes to wait after HR opened the phase (a late agreement, a late joiner) moves on as
 * soon as it gets there ({@link #catchUpAfterCommit}).
 */
@Component
class ReviewPhaseWork implements CycleWork {

    private static final Logger log = LoggerFactory.getLogger(ReviewPhaseWork.class);

    private final AppraisalRepository appraisals;
    private final Workflow workflow;
    private final TransactionTemplate separately;

    ReviewPhaseWork(AppraisalRepository appraisals, Workflow workflow, PlatformTransactionManager transactions) {
        this.appraisals = appraisals;
        this.workflow = workflow;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * An appraisal has just come to wait for the review phase, which HR has already opened for its
     * cycle: once the running transaction has committed (the process then waits for the message),
     * it gets the same message the phase's batch gave the others, in a transaction of its own.
     * Should that fail, the appraisal waits for the phase's date as before, and HR can open the
     * phase again for whoever still waits.
     */
    void catchUpAfterCommit(Long appraisalId) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    separately.executeWithoutResult(s -> workflow.correlate(
                            ProcessIds.Appraisal.MESSAGE_REVIEW_PHASE_OPENED, appraisalId.toString(), Map.of()));
                } catch (RuntimeException e) {
                    log.warn("Appraisal {} came to wait after the review phase opened and could not move on; "
                            + "it waits for the phase's date, or for HR to open the phase again", appraisalId, e);
                }
            }
        });
    }

    @Override
    public Kind kind() {
        return Kind.OPEN_REVIEW_PHASE;
    }

    @Override
    public List<Long> pending(AppraisalCycle cycle, Set<Long> unitIds) {
        return appraisals.idsInStage(cycle.getId(), Stage.AWAITING_REVIEW_PHASE);
    }

    @Override
    public int process(AppraisalCycle cycle, Set<Long> unitIds, long firstKey, long lastKey) {
        int moved = 0;
        for (Long id : appraisals.idsInStage(cycle.getId(), Stage.AWAITING_REVIEW_PHASE, firstKey, lastKey)) {
            if (workflow.correlate(ProcessIds.Appraisal.MESSAGE_REVIEW_PHASE_OPENED, id.toString(), Map.of())) {
                moved++;
            }
        }
        return moved;
    }
}
