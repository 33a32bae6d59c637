package id.kinerjaflow.audit.process;

import java.util.List;
import java.util.stream.Collectors;

import id.kinerjaflow.audit.AuditEntry;
import id.kinerjaflow.audit.AuditTrail;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionEvaluationEvent;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInstanceEntity;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Turns the engine's history events into entries of the audit trail, in the engine's transaction:
 * process instances started and ended, every activity started and ended, every task created,
 * assigned, completed or deleted, candidate groups, variables, decision evaluations (with inputs
 * and outputs; one outside any process instance, such as the suggestions a submitted review keeps,
 * is recorded as {@code decision.standalone}, while a form's previews are not evaluated by the
 * engine at all, see {@code Workflow.preview}) and the operations people made (claim, release,
 * ...). The actor is the signed-in user, else the engine's authenticated user. Not a bean: Camunda's Spring Boot starter
 * would register a HistoryEventHandler bean a second time.
 */
class AuditHistoryEvents implements HistoryEventHandler {

    private final AuditTrail trail;

    AuditHistoryEvents(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        AuditEntry entry = toEntry(event);
        if (entry != null) {
            trail.append(entry);
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }

    private AuditEntry toEntry(HistoryEvent e) {
        String pid = e.getProcessInstanceId();
        String type = e.getEventType();
        if (e instanceof HistoricProcessInstanceEventEntity p) {
            return entry("process." + type, pid, p.getBusinessKey(),
                    "process=" + p.getProcessDefinitionKey() + " businessKey=" + p.getBusinessKey()
                            + (p.getEndTime() == null ? "" : " durationMs=" + p.getDurationInMillis()));
        }
        if (e instanceof HistoricTaskInstanceEventEntity t) {
            return entry("task." + type, pid, null, "task=" + t.getTaskDefinitionKey() + " name=" + t.getName()
                    + " taskId=" + t.getTaskId() + " assignee=" + t.getAssignee()
                    + (t.getEndTime() == null ? "" : " durationMs=" + t.getDurationInMillis())
                    + (t.getDeleteReason() == null ? "" : " reason=" + t.getDeleteReason()));
        }
        if (e instanceof HistoricActivityInstanceEventEntity a) {
            if (!"start".equals(type) && !"end".equals(type)) {
                return null;
            }
            return entry("activity." + type, pid, null, "activity=" + a.getActivityId() + " type="
                    + a.getActivityType() + " name=" + a.getActivityName() + " instance=" + a.getActivityInstanceId()
                    + (a.getTaskAssignee() == null ? "" : " assignee=" + a.getTaskAssignee())
                    + (a.getEndTime() == null ? "" : " durationMs=" + a.getDurationInMillis()));
        }
        if (e instanceof HistoricDecisionEvaluationEvent d) {
            HistoricDecisionInstanceEntity root = d.getRootHistoricDecisionInstance();
            return entry(root.getProcessInstanceId() == null ? "decision.standalone" : "decision",
                    root.getProcessInstanceId(), null, "decision=" + root.getDecisionDefinitionKey()
                            + " activity=" + root.getActivityId() + " inputs={" + inputs(root.getInputs())
                            + "} outputs={" + outputs(root.getOutputs()) + "}");
        }
        if (e instanceof HistoricIdentityLinkLogEventEntity l) {
            return entry("identityLink." + l.getOperationType(), pid, null, "type=" + l.getType() + " task="
                    + l.getTaskId() + (l.getGroupId() == null ? "" : " group=" + l.getGroupId())
                    + (l.getUserId() == null ? "" : " user=" + l.getUserId()));
        }
        if (e instanceof HistoricVariableUpdateEventEntity v) {
            Object value = v.getTextValue() != null ? v.getTextValue()
                    : v.getLongValue() != null ? (Object) v.getLongValue() : (Object) v.getDoubleValue();
            return entry("variable." + type, pid, null, "name=" + v.getVariableName() + " value=" + value);
        }
        if (e instanceof UserOperationLogEntryEventEntity o) {
            return entry("operation." + o.getOperationType(), pid, null, "entity=" + o.getEntityType() + " task="
                    + o.getTaskId() + " property=" + o.getProperty() + " from=" + o.getOrgValue() + " to="
                    + o.getNewValue() + " user=" + o.getUserId());
        }
        return null;
    }

    private AuditEntry entry(String kind, String pid, String businessKey, String detail) {
        return AuditEntry.of(AuditEntry.Source.ENGINE, kind, pid, null, actor(), detail);
    }

    private static String inputs(List<HistoricDecisionInputInstance> inputs) {
        return inputs == null ? "" : inputs.stream().map(i -> i.getClauseName() + "=" + i.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String outputs(List<HistoricDecisionOutputInstance> outputs) {
        return outputs == null ? "" : outputs.stream().map(o -> o.getVariableName() + "=" + o.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null) {
            return auth.getName();
        }
        CommandContext command = Context.getCommandContext();
        return command == null ? null : command.getAuthenticatedUserId();
    }
}
