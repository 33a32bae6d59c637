package id.kinerjaflow.cycle.process;

import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.process.ProcessIds.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Runs one chunk of a cycle's batch work (bpmn/cycle/cycle-batch.bpmn), in the job's transaction. */
@Component("runCycleBatchChunk")
class RunCycleBatchChunkDelegate implements JavaDelegate {

    private final CycleService cycles;

    RunCycleBatchChunkDelegate(CycleService cycles) {
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cycles.runChunk(((Number) execution.getVariable(Vars.BATCH_ID)).longValue(),
                ((Number) execution.getVariable(Vars.CHUNK_NO)).intValue());
    }
}
