package id.kinerjaflow.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import id.kinerjaflow.security.AppUser;
import id.kinerjaflow.security.Role;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The features' one door to the process engine: start processes, find and complete a user's
 * task (only its assignee or a member of its candidate groups may), correlate messages, evaluate
 * decisions. Calls join the caller's transaction, so a task completes together with the domain
 * change it carries, or not at all.
 */
@Component
public class Workflow {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final DecisionService decisions;
    private final ManagementService management;
    private final RepositoryService repository;
    /** Evaluates previews: the default DMN configuration, the one the decision tables are tested with. */
    private final DmnEngine previewEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    /** Each decision version parsed once for previews (a handful of tables, tens of versions). */
    private final Map<String, DmnDecision> parsedForPreview = new ConcurrentHashMap<>();

    Workflow(RuntimeService runtime, TaskService tasks, DecisionService decisions, ManagementService management,
             RepositoryService repository) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.decisions = decisions;
        this.management = management;
        this.repository = repository;
    }

    /** Starts a process; returns the instance id. */
    public String start(String processKey, String businessKey, Map<String, Object> variables) {
        return runtime.startProcessInstanceByKey(processKey, businessKey, variables).getId();
    }

    /** A started process instance, and the version of the process it runs on. */
    public record Started(String instanceId, String processVersion) {
    }

    /**
     * Starts a process at the version given, or at the latest when none is given; a launch passes
     * the version its first start returned, since a start by key asks the database for the latest
     * version every time.
     */
    public Started start(String processKey, String processVersion, String businessKey,
                         Map<String, Object> variables) {
        ProcessInstance instance = processVersion == null
                ? runtime.startProcessInstanceByKey(processKey, businessKey, variables)
                : runtime.startProcessInstanceById(processVersion, businessKey, variables);
        return new Started(instance.getId(), instance.getProcessDefinitionId());
    }


    /** The open task of this definition key for the business key, if the process is there. */
    public Optional<TaskRef> openTask(String processKey, String businessKey, String taskKey) {
        return tasks.createTaskQuery().processDefinitionKey(processKey).processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey).active().list().stream().findFirst().map(this::ref);
    }

    /** Every open task of this definition key for the business key (e.g. one per peer). */
    public List<TaskRef> openTasks(String processKey, String businessKey, String taskKey) {
        return tasks.createTaskQuery().processDefinitionKey(processKey).processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey).active().list().stream().map(this::ref).toList();
    }

    /**
     * The open tasks of a process's instances with these business keys, by business key: one query
     * for the tasks and one for their instances' keys (plus each task's candidate groups).
     */
    public Map<String, List<TaskRef>> openTasksByBusinessKey(String processKey, Collection<String> businessKeys) {
        if (businessKeys.isEmpty()) {
            return Map.of();
        }
        List<Task> open = tasks.createTaskQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKeyIn(businessKeys.toArray(String[]::new)).active().orderByDueDate().asc()
                .list();
        if (open.isEmpty()) {
            return Map.of();
        }
        Map<String, String> keyOf = new HashMap<>();
        runtime.createProcessInstanceQuery().processInstanceIds(open.stream().map(Task::getProcessInstanceId)
                .collect(Collectors.toSet())).list().forEach(p -> keyOf.put(p.getId(), p.getBusinessKey()));
        Map<String, List<TaskRef>> byKey = new HashMap<>();
        for (Task t : open) {
            byKey.computeIfAbsent(keyOf.get(t.getProcessInstanceId()), k -> new java.util.ArrayList<>()).add(ref(t));
        }
        return byKey;
    }

    /**
     * The user's open task of this definition key for the business key. Refused when there is no
     * such task or it belongs to someone else.
     */
    public TaskRef requireTask(String processKey, String businessKey, String taskKey, AppUser user) {
        return openTasks(processKey, businessKey, taskKey).stream().filter(t -> t.mayBeWorkedOnBy(user))
                .findFirst().orElseThrow(() -> new TaskNotAvailableException(taskKey));
    }

    /** Completes the user's task with the given variables (checked as {@link #requireTask}). */
    public void complete(String processKey, String businessKey, String taskKey, AppUser user,
                         Map<String, Object> variables) {
        TaskRef task = requireTask(processKey, businessKey, taskKey, user);
        complete(task, user, variables);
    }

    /** Completes a task the caller already checked, as the given user (recorded in history). */
    public void complete(TaskRef task, AppUser user, Map<String, Object> variables) {
        if (!task.mayBeWorkedOnBy(user)) {
            throw new TaskNotAvailableException(task.taskKey());
        }
        Task current = tasks.createTaskQuery().taskId(task.id()).singleResult();
        if (current == null) {
            throw new TaskNotAvailableException(task.taskKey());
        }
        if (current.getAssignee() == null) {
            tasks.claim(task.id(), user.username());
        }
        tasks.complete(task.id(), variables);
    }

    /** An open task by its id, with its form key and process, or empty when it is not open (any more). */
    public Optional<TaskDetails> find(String taskId) {
        if (taskId == null || taskId.isBlank()) {
            return Optional.empty();
        }
        Task task = tasks.createTaskQuery().taskId(taskId).active().initializeFormKeys().singleResult();
        if (task == null) {
            return Optional.empty();
        }
        String definitionId = task.getProcessDefinitionId();
        String processKey = definitionId == null ? "" : definitionId.substring(0, definitionId.indexOf(':'));
        String businessKey = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult().getBusinessKey();
        return Optional.of(new TaskDetails(ref(task), task.getFormKey(), processKey, businessKey));
    }

    /** The user takes an unassigned task of one of their groups; refused if someone else holds it. */
    public void claim(String taskId, AppUser user) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new TaskNotAvailableException(taskId);
        }
        TaskRef ref = ref(task);
        if (ref.assignee() != null) {
            if (ref.assignee().equals(user.username())) {
                return;
            }
            throw new TaskNotAvailableException(task.getTaskDefinitionKey());
        }
        if (!ref.mayBeWorkedOnBy(user)) {
            throw new TaskNotAvailableException(task.getTaskDefinitionKey());
        }
        tasks.claim(taskId, user.username());
    }

    /** The user gives a group task they hold back to the group. Personal tasks cannot be released. */
    public void release(String taskId, AppUser user) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || !user.username().equals(task.getAssignee())) {
            throw new TaskNotAvailableException(task == null ? taskId : task.getTaskDefinitionKey());
        }
        TaskRef ref = ref(task);
        if (ref.candidateGroups().isEmpty()) {
            throw new TaskNotAvailableException(task.getTaskDefinitionKey());
        }
        tasks.setAssignee(taskId, null);
    }

    /** Correlates a message to the one instance with this business key that waits for it. */
    public boolean correlate(String message, String businessKey, Map<String, Object> variables) {
        List<MessageCorrelationResult> results = runtime.createMessageCorrelation(message)
                .processInstanceBusinessKey(businessKey).setVariables(variables).correlateAllWithResult();
        return !results.isEmpty();
    }

    /** Correlates a message to every instance waiting for it whose variable has this value. */
    public int correlateAll(String message, String variable, Object value) {
        return runtime.createMessageCorrelation(message).processInstanceVariableEquals(variable, value)
                .correlateAllWithResult().size();
    }

    /**
     * Evaluates a decision table that must give one single result. The evaluation is recorded in
     * the engine's decision history, so the caller's transaction must not be read-only.
     */
    public Object decide(String decisionKey, Map<String, Object> inputs) {
        VariableMap variables = Variables.fromMap(inputs);
        return decisions.evaluateDecisionTableByKey(decisionKey, variables).getSingleEntry();
    }

    /** Evaluates a decision table that collects rows (each row a map of output name to value); recorded. */
    public List<Map<String, Object>> decideAll(String decisionKey, Map<String, Object> inputs) {
        return decisions.evaluateDecisionTableByKey(decisionKey, Variables.fromMap(inputs)).getResultList();
    }

    /**
     * Evaluates the latest version of a decision table that must give one single result, without
     * recording it: for what decides nothing (a form's suggestion while someone types, the curve's
     * bands on a screen). {@link #decide} would write each evaluation to the engine's decision
     * history and so to the audit trail, which keeps everything for ten years.
     */
    public Object preview(String decisionKey, Map<String, Object> inputs) {
        return evaluateUnrecorded(decisionKey, inputs).getSingleEntry();
    }

    /** {@link #preview} for a decision table that collects rows (each row a map of output name to value). */
    public List<Map<String, Object>> previewAll(String decisionKey, Map<String, Object> inputs) {
        return evaluateUnrecorded(decisionKey, inputs).getResultList();
    }

    private DmnDecisionResult evaluateUnrecorded(String decisionKey, Map<String, Object> inputs) {
        DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey)
                .latestVersion().singleResult();
        if (latest == null) {
            throw new IllegalStateException("No decision " + decisionKey + " is deployed");
        }
        DmnDecision decision = parsedForPreview.computeIfAbsent(latest.getId(), id -> {
            try (InputStream model = repository.getDecisionModel(id)) {
                return previewEngine.parseDecision(decisionKey, model);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return previewEngine.evaluateDecision(decision, Variables.fromMap(inputs));
    }

    private TaskRef ref(Task task) {
        Set<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).collect(Collectors.toSet());
        return new TaskRef(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getAssignee(), groups,
                task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant());
    }

    /** A job that failed: whose process (business key), the error, and how many retries remain. */
    public record FailedJob(String jobId, String businessKey, String message, int retriesLeft) {
    }

    /**
     * The jobs of a process that failed at least once and are waiting for a retry or, with no
     * retries left, for someone to look (an incident), with the business keys of their instances.
     */
    public List<FailedJob> failedJobs(String processKey) {
        List<Job> jobs = management.createJobQuery().processDefinitionKey(processKey)
                .withException().list();
        if (jobs.isEmpty()) {
            return List.of();
        }
        Map<String, String> keys = new HashMap<>();
        runtime.createProcessInstanceQuery().processInstanceIds(jobs.stream()
                        .map(Job::getProcessInstanceId)
                        .collect(Collectors.toSet())).list()
                .forEach(p -> keys.put(p.getId(), p.getBusinessKey()));
        return jobs.stream().map(j -> new FailedJob(j.getId(), keys.get(j.getProcessInstanceId()),
                j.getExceptionMessage(), j.getRetries())).toList();
    }

    /** Gives a failed job its retries back, so that the job executor runs it again. */
    public void retry(String jobId, int retries) {
        management.setJobRetries(jobId, retries);
    }

    /** A task with what a screen needs to open it. */
    public record TaskDetails(TaskRef ref, String formKey, String processKey, String businessKey) {
    }

    /** What the features need to know of a task. */
    public record TaskRef(String id, String taskKey, String name, String assignee, Set<String> candidateGroups,
                          java.time.Instant created, java.time.Instant due) {

        /** Its assignee, or (unassigned) a member of one of its candidate groups. */
        public boolean mayBeWorkedOnBy(AppUser user) {
            if (user == null) {
                return false;
            }
            if (assignee != null) {
                return assignee.equals(user.username());
            }
            return memberOfAny(user, candidateGroups);
        }

        private static boolean memberOfAny(AppUser user, Collection<String> groups) {
            return user.roles().stream().map(Role::name).anyMatch(groups::contains);
        }
    }
}
