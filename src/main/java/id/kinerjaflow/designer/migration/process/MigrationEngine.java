package id.kinerjaflow.designer.migration.process;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.batch.history.HistoricBatch;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.springframework.stereotype.Component;

/**
 * The engine's side of migrating running instances from one version of a process to another:
 * the versions with their running instances, the migration plan (activities with the same id
 * mapped; {@code mapEqualActivities}) and the engine's validation of it, where each running
 * instance waits, and the migration as an asynchronous batch with its progress. Plain records out,
 * so the designer's migration service and view never see Camunda.
 */
@Component
public class MigrationEngine {

    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final ManagementService management;
    private final HistoryService history;

    MigrationEngine(RuntimeService runtime, RepositoryService repository, ManagementService management,
                    HistoryService history) {
        this.runtime = runtime;
        this.repository = repository;
        this.management = management;
        this.history = history;
    }

    /** One deployed version of a process and how many instances run on it now. */
    public record Version(String definitionId, String key, String name, int version, long running,
                         Instant deployedAt) {
    }

    /** An activity of the source version mapped to one of the target version. */
    public record Mapping(String sourceId, String sourceName, String targetId, String targetName) {
    }

    /** A mapping the engine refuses, with its reasons (the engine's words). */
    public record PlanProblem(String sourceId, String sourceName, String targetId, List<String> reasons) {
    }

    /** A running instance and every activity it is in now (waiting at, or inside as a scope). */
    public record Instance(String id, String businessKey, Set<String> activityIds) {
    }

    /**
     * The plan for two versions: the mappings, the problems the engine found with them, the
     * running instances of the source, and the names of the source's activities.
     */
    public record Plan(Version from, Version to, List<Mapping> mappings, List<PlanProblem> problems,
                       List<Instance> instances, Map<String, String> sourceNames, Set<String> targetIds) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** A batch's progress: jobs in all, done, failed (no retries left or an error); ended when the batch is gone. */
    public record Progress(String batchId, int total, int done, int failed, boolean ended, Instant endedAt) {
    }

    /** Every version of the process, newest first. */
    public List<Version> versions(String processKey) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .orderByProcessDefinitionVersion().desc().list().stream().map(this::version).toList();
    }

    /** The version with this definition id, if deployed. */
    public Optional<Version> version(String definitionId) {
        if (definitionId == null || definitionId.isBlank()) {
            return Optional.empty();
        }
        return repository.createProcessDefinitionQuery().processDefinitionId(definitionId).list().stream()
                .findFirst().map(this::version);
    }

    private Version version(ProcessDefinition d) {
        var deployment = repository.createDeploymentQuery().deploymentId(d.getDeploymentId()).singleResult();
        return new Version(d.getId(), d.getKey(), d.getName(), d.getVersion(),
                runtime.createProcessInstanceQuery().processDefinitionId(d.getId()).count(),
                deployment == null || deployment.getDeploymentTime() == null ? null
                        : deployment.getDeploymentTime().toInstant());
    }

    /** The plan mapping the activities with equal ids, the engine's validation, and where each instance is. */
    public Plan plan(Version from, Version to) {
        Map<String, String> sourceNames = names(from.definitionId());
        Map<String, String> targetNames = names(to.definitionId());
        List<Mapping> mappings = new ArrayList<>();
        List<PlanProblem> problems = new ArrayList<>();
        try {
            MigrationPlan plan = runtime.createMigrationPlan(from.definitionId(), to.definitionId())
                    .mapEqualActivities().build();
            for (MigrationInstruction i : plan.getInstructions()) {
                mappings.add(new Mapping(i.getSourceActivityId(), sourceNames.get(i.getSourceActivityId()),
                        i.getTargetActivityId(), targetNames.get(i.getTargetActivityId())));
            }
        } catch (MigrationPlanValidationException e) {
            for (MigrationInstructionValidationReport r : e.getValidationReport().getInstructionReports()) {
                MigrationInstruction i = r.getMigrationInstruction();
                problems.add(new PlanProblem(i.getSourceActivityId(), sourceNames.get(i.getSourceActivityId()),
                        i.getTargetActivityId(), r.getFailures()));
            }
            if (problems.isEmpty()) {
                problems.add(new PlanProblem(null, null, null, List.of(e.getMessage())));
            }
        }
        List<Instance> instances = new ArrayList<>();
        for (ProcessInstance p : runtime.createProcessInstanceQuery().processDefinitionId(from.definitionId())
                .orderByProcessInstanceId().asc().list()) {
            Set<String> activities = new LinkedHashSet<>();
            ActivityInstance tree = runtime.getActivityInstance(p.getId());
            if (tree != null) {
                collect(tree, activities, true);
            }
            instances.add(new Instance(p.getId(), p.getBusinessKey(), activities));
        }
        return new Plan(from, to, mappings, problems, instances, sourceNames, targetNames.keySet());
    }

    private static void collect(ActivityInstance a, Set<String> out, boolean root) {
        if (!root) {
            out.add(a.getActivityId());
        }
        for (ActivityInstance child : a.getChildActivityInstances()) {
            collect(child, out, false);
        }
        for (TransitionInstance t : a.getChildTransitionInstances()) {
            out.add(t.getActivityId());
        }
    }

    /** Activity id to name (or id) of every flow node and scope of the version. */
    private Map<String, String> names(String definitionId) {
        BpmnModelInstance model = repository.getBpmnModelInstance(definitionId);
        Map<String, String> names = new HashMap<>();
        for (FlowNode n : model.getModelElementsByType(FlowNode.class)) {
            names.put(n.getId(), n.getName() == null || n.getName().isBlank() ? n.getId() : n.getName());
        }
        return names;
    }

    /**
     * Starts moving these instances as an asynchronous batch (seed job, one job per instance, a
     * monitor job); returns the batch id. The plan is built again, so a plan the engine refuses is
     * refused here too.
     */
    public String migrateAsync(String fromDefinitionId, String toDefinitionId, List<String> processInstanceIds) {
        MigrationPlan plan = runtime.createMigrationPlan(fromDefinitionId, toDefinitionId).mapEqualActivities()
                .build();
        Batch batch = runtime.newMigration(plan).processInstanceIds(processInstanceIds).executeAsync();
        return batch.getId();
    }

    /** The engine's words when it refuses one instance (used by tests and to explain a failed job). */
    public static List<String> failures(MigratingProcessInstanceValidationException e) {
        List<String> out = new ArrayList<>(e.getValidationReport().getFailures());
        e.getValidationReport().getActivityInstanceReports().forEach(r -> out.addAll(r.getFailures()));
        return out;
    }

    /** How far the batch is. */
    public Progress progress(String batchId) {
        Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
        if (batch == null) {
            HistoricBatch h = history.createHistoricBatchQuery().batchId(batchId).singleResult();
            int total = h == null ? 0 : h.getTotalJobs();
            return new Progress(batchId, total, total, 0, true,
                    h == null || h.getEndTime() == null ? null : h.getEndTime().toInstant());
        }
        BatchStatistics s = management.createBatchStatisticsQuery().batchId(batchId).singleResult();
        if (s == null) {
            return new Progress(batchId, batch.getTotalJobs(), 0, 0, false, null);
        }
        int failed = s.getFailedJobs();
        // a job that failed but has retries left is still to do
        return new Progress(batchId, s.getTotalJobs(), s.getCompletedJobs(), failed, false, null);
    }

    /** The error messages of the batch's failed jobs (one per instance that did not move). */
    public List<String> failedJobMessages(String batchId) {
        Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
        if (batch == null) {
            return List.of();
        }
        return management.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).withException().list()
                .stream().map(j -> j.getExceptionMessage()).toList();
    }
}
