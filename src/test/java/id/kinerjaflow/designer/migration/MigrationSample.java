package id.kinerjaflow.designer.migration;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.context.ApplicationContext;

/**
 * A small process of two or three user tasks under its own key (so the application's processes are
 * untouched), deployed in versions with the engine's RepositoryService as HR's designer would, its
 * instances started and moved on, and a migration batch driven job by job (seed, one job per
 * instance, monitor): the job executor is off in tests.
 */
public final class MigrationSample {

    public final String key;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;

    public MigrationSample(ApplicationContext context, String key) {
        this.key = key;
        this.repository = context.getBean(RepositoryService.class);
        this.runtime = context.getBean(RuntimeService.class);
        this.tasks = context.getBean(TaskService.class);
        this.management = context.getBean(ManagementService.class);
    }

    /** Version 1: prepare (due in 3 days), then check. */
    public String deployFirst() {
        return deploy(Bpmn.createExecutableProcess(key).name("Contoh migrasi").camundaHistoryTimeToLive(3650)
                .startEvent("Event_Started")
                .userTask("Task_Prepare").name("Siapkan berkas").camundaDueDate("P3D")
                .userTask("Task_Check").name("Periksa berkas")
                .endEvent("Event_Done").done());
    }

    /** A compatible change: the deadline of the first task is longer and a task is added after it. */
    public String deployCompatible() {
        return deploy(Bpmn.createExecutableProcess(key).name("Contoh migrasi").camundaHistoryTimeToLive(3650)
                .startEvent("Event_Started")
                .userTask("Task_Prepare").name("Siapkan berkas").camundaDueDate("P5D")
                .userTask("Task_Verify").name("Verifikasi berkas")
                .userTask("Task_Check").name("Periksa berkas")
                .endEvent("Event_Done").done());
    }

    /** An incompatible change: the first task is gone. */
    public String deployWithoutThePreparation() {
        return deploy(Bpmn.createExecutableProcess(key).name("Contoh migrasi").camundaHistoryTimeToLive(3650)
                .startEvent("Event_Started")
                .userTask("Task_Check").name("Periksa berkas")
                .endEvent("Event_Done").done());
    }

    private String deploy(BpmnModelInstance model) {
        var deployment = repository.createDeployment().name(key).addModelInstance(key + ".bpmn", model).deploy();
        return repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).singleResult().getId();
    }

    public String start(String definitionId, String businessKey) {
        return runtime.startProcessInstanceById(definitionId, businessKey).getId();
    }

    /** Completes the instance's open task of this key. */
    public void complete(String instanceId, String taskKey) {
        tasks.complete(tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(taskKey)
                .singleResult().getId());
    }

    public String definitionOf(String instanceId) {
        return runtime.createProcessInstanceQuery().processInstanceId(instanceId).singleResult()
                .getProcessDefinitionId();
    }

    public List<String> openTasks(String instanceId) {
        return tasks.createTaskQuery().processInstanceId(instanceId).list().stream()
                .map(t -> t.getTaskDefinitionKey()).toList();
    }

    /** Runs the batch's seed job, then every job moving an instance, then the monitor that ends it. */
    public void runBatch(String batchId) {
        Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
        execute(batch.getSeedJobDefinitionId());
        execute(batch.getBatchJobDefinitionId());
        execute(batch.getMonitorJobDefinitionId());
    }

    /** Only the seed job: the instances' jobs exist but none ran yet. */
    public void seed(String batchId) {
        execute(management.createBatchQuery().batchId(batchId).singleResult().getSeedJobDefinitionId());
    }

    private void execute(String jobDefinitionId) {
        for (Job job : management.createJobQuery().jobDefinitionId(jobDefinitionId).list()) {
            management.executeJob(job.getId());
        }
    }
}
