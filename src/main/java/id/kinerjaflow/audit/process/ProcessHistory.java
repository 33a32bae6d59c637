package id.kinerjaflow.audit.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * What the engine's history holds about one process instance, read through Camunda's history API
 * and handed to the audit as plain records: the instance and the version of its definition, every
 * activity instance (started, ended, by whom, how long), every task, the assignments and candidate
 * groups, people's operations (claim, assign, complete ...), comments, and every decision evaluated
 * with its inputs and outputs. Also the definition's XML as deployed (not the current file).
 */
@Component
public class ProcessHistory {

    private final HistoryService history;
    private final RepositoryService repository;
    private final TaskService tasks;

    ProcessHistory(HistoryService history, RepositoryService repository, TaskService tasks) {
        this.history = history;
        this.repository = repository;
        this.tasks = tasks;
    }

    /** A process instance and the version of the definition it runs on. */
    public record Instance(String id, String definitionId, String definitionKey, String definitionName, int version,
                           String businessKey, Instant start, Instant end, String state, String startUser) {
    }

    /** One activity instance: a step started and (perhaps) ended. */
    public record Step(String activityInstanceId, String activityId, String name, String type, Instant start,
                       Instant end, Long durationMs, String assignee, String taskId, boolean canceled) {
    }

    /** One task: created, due, ended (completed or deleted, and why), and who held it at the end. */
    public record TaskRun(String taskId, String key, String name, String assignee, Instant created, Instant due,
                          Instant end, Long durationMs, String deleteReason) {
    }

    /** An assignment or a candidate group given to or taken from a task. */
    public record Link(Instant at, String taskId, String type, String userId, String groupId, String operation,
                       String assigner) {
    }

    /** An operation a person made on a task or the instance (claim, assign, complete, ...). */
    public record Operation(Instant at, String user, String type, String taskId, String property, String from,
                            String to) {
    }

    /** A comment written on a task or the instance. */
    public record Comment(Instant at, String user, String taskId, String text) {
    }

    /** A named value of a decision's input or output. */
    public record Value(String name, String value) {
    }

    /**
     * One decision evaluated: which table, where in the process, by whom, inputs and outputs. A
     * preview (a form's evaluation outside any process instance) has no process instance.
     */
    public record Decision(String id, Instant at, String key, String name, String activityId, String user,
                           boolean preview, List<Value> inputs, List<Value> outputs) {
    }

    /** Everything the history holds about one instance. */
    public record History(Instance instance, List<Step> steps, List<TaskRun> tasks, List<Link> links,
                          List<Operation> operations, List<Comment> comments, List<Decision> decisions) {
    }

    /** The history of the instance, or empty when the engine does not know it. */
    public Optional<History> of(String processInstanceId) {
        if (processInstanceId == null) {
            return Optional.empty();
        }
        HistoricProcessInstance p = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (p == null) {
            return Optional.empty();
        }
        ProcessDefinition d = repository.getProcessDefinition(p.getProcessDefinitionId());
        Instance instance = new Instance(p.getId(), d.getId(), d.getKey(), d.getName(), d.getVersion(),
                p.getBusinessKey(), at(p.getStartTime()), at(p.getEndTime()), p.getState(), p.getStartUserId());
        List<Step> steps = history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list().stream()
                .filter(a -> !"multiInstanceBody".equals(a.getActivityType()))
                .map(ProcessHistory::step).toList();
        List<TaskRun> taskRuns = history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
                .orderByHistoricActivityInstanceStartTime().asc().list().stream().map(ProcessHistory::task).toList();
        // the identity link log has no process instance filter: one query per task (a dozen or so)
        List<Link> links = taskRuns.stream().flatMap(t -> history.createHistoricIdentityLinkLogQuery()
                        .taskId(t.taskId()).list().stream()).map(ProcessHistory::link)
                .sorted(Comparator.comparing(Link::at)).toList();
        List<Operation> operations = operations(processInstanceId);
        List<Comment> comments = tasks.getProcessInstanceComments(processInstanceId).stream()
                .map(c -> new Comment(at(c.getTime()), c.getUserId(), c.getTaskId(), c.getFullMessage()))
                .sorted(Comparator.comparing(Comment::at)).toList();
        List<Decision> decisions = history.createHistoricDecisionInstanceQuery().processInstanceId(processInstanceId)
                .includeInputs().includeOutputs().orderByEvaluationTime().asc().list().stream()
                .map(ProcessHistory::decision).toList();
        return Optional.of(new History(instance, steps, taskRuns, links, operations, comments, decisions));
    }

    /** The instance of this process with this business key (the latest, should there be several). */
    public Optional<String> instanceId(String processKey, String businessKey) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).orderByProcessInstanceStartTime().desc().list().stream()
                .findFirst().map(HistoricProcessInstance::getId);
    }

    /** The BPMN XML of a deployed definition, exactly as it was deployed. */
    public String definitionXml(String definitionId) {
        try (InputStream in = repository.getProcessModel(definitionId)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The operations of the instance, one per operation (the engine logs one row per changed property). */
    private List<Operation> operations(String processInstanceId) {
        Map<String, Operation> byId = new LinkedHashMap<>();
        for (UserOperationLogEntry o : history.createUserOperationLogQuery().processInstanceId(processInstanceId)
                .orderByTimestamp().asc().list()) {
            Operation op = new Operation(at(o.getTimestamp()), o.getUserId(), o.getOperationType(), o.getTaskId(),
                    o.getProperty(), o.getOrgValue(), o.getNewValue());
            Operation first = byId.putIfAbsent(o.getOperationId(), op);
            if (first != null && "assignee".equals(o.getProperty())) {
                byId.put(o.getOperationId(), op);
            }
        }
        return List.copyOf(byId.values());
    }

    private static Step step(HistoricActivityInstance a) {
        return new Step(a.getId(), a.getActivityId(), a.getActivityName(), a.getActivityType(), at(a.getStartTime()),
                at(a.getEndTime()), a.getDurationInMillis(), a.getAssignee(), a.getTaskId(), a.isCanceled());
    }

    private static TaskRun task(HistoricTaskInstance t) {
        return new TaskRun(t.getId(), t.getTaskDefinitionKey(), t.getName(), t.getAssignee(), at(t.getStartTime()),
                at(t.getDueDate()), at(t.getEndTime()), t.getDurationInMillis(), t.getDeleteReason());
    }

    private static Link link(HistoricIdentityLinkLog l) {
        return new Link(at(l.getTime()), l.getTaskId(), l.getType(), l.getUserId(), l.getGroupId(),
                l.getOperationType(), l.getAssignerId());
    }

    private static Decision decision(HistoricDecisionInstance d) {
        return new Decision(d.getId(), at(d.getEvaluationTime()), d.getDecisionDefinitionKey(),
                d.getDecisionDefinitionName(), d.getActivityId(), d.getUserId(), d.getProcessInstanceId() == null,
                d.getInputs().stream().map(i -> new Value(i.getClauseName(), String.valueOf(i.getValue()))).toList(),
                d.getOutputs().stream().map(o -> new Value(o.getClauseName() != null ? o.getClauseName()
                        : o.getVariableName(), String.valueOf(o.getValue()))).toList());
    }

    private static Instant at(Date date) {
        return date == null ? null : date.toInstant();
    }
}
