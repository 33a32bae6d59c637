package id.kinerjaflow.cycle;

import java.util.Comparator;
import java.util.List;

import id.kinerjaflow.process.ProcessIds;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.ApplicationContext;

/**
 * Runs the jobs of a cycle's batch in the test's thread, as the job executor would (the
 * integration suite runs without one): no test waits for a background thread.
 */
public final class CycleBatchJobs {

    private final ManagementService management;
    private final RuntimeService runtime;

    public CycleBatchJobs(ApplicationContext context) {
        this.management = context.getBean(ManagementService.class);
        this.runtime = context.getBean(RuntimeService.class);
    }

    /** The batch's jobs still to run (one per chunk not yet done), chunk by chunk. */
    public List<Job> pending(BatchProgress batch) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(ProcessIds.CycleBatch.PROCESS)
                .processInstanceBusinessKeyLike(batch.batchId() + ":%").list().stream()
                .sorted(Comparator.comparing(p -> Integer.parseInt(
                        p.getBusinessKey().substring(p.getBusinessKey().indexOf(':') + 1))))
                .map(p -> management.createJobQuery().processInstanceId(p.getId()).singleResult())
                .filter(j -> j != null).toList();
    }

    /** Runs every pending job of the batch; a failing job throws (as it would fail in the executor). */
    public void runAll(BatchProgress batch) {
        if (batch == null) {
            return;
        }
        pending(batch).forEach(j -> management.executeJob(j.getId()));
    }

    /** Runs the job of one chunk. */
    public void run(Job job) {
        management.executeJob(job.getId());
    }
}
