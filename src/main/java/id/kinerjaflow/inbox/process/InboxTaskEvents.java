package id.kinerjaflow.inbox.process;

import java.util.Set;
import java.util.stream.Collectors;

import id.kinerjaflow.inbox.InboxService;
import id.kinerjaflow.process.TaskDrafts;
import id.kinerjaflow.process.ProcessIds.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the inbox in step with the engine: every user task's creation, (re)assignment, completion
 * and deletion, in the engine's own transaction (the Spring eventing bridge publishes them).
 */
@Component
class InboxTaskEvents {

    private final InboxService inbox;
    private final TaskDrafts drafts;

    InboxTaskEvents(InboxService inbox, TaskDrafts drafts) {
        this.inbox = inbox;
        this.drafts = drafts;
    }

    @EventListener
    public void onTask(DelegateTask task) {
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> inbox.taskCreated(new InboxService.NewTask(task.getId(),
                    task.getProcessInstanceId(), processKey(task), task.getTaskDefinitionKey(), task.getName(),
                    asLong(task.getVariable(Vars.APPRAISAL_ID)), asLong(task.getVariable(Vars.CALIBRATION_ID)),
                    asLong(task.getVariable(Vars.CYCLE_ID)), task.getAssignee(), groups(task),
                    task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
                    task.getDueDate() == null ? null : task.getDueDate().toInstant()));
            case TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE -> inbox.taskChanged(task.getId(),
                    task.getAssignee(), groups(task), task.getDueDate() == null ? null : task.getDueDate().toInstant());
            case TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE -> {
                inbox.taskEnded(task.getId());
                drafts.discard(task.getId());
            }
            default -> {
                // timeout: nothing changes in the inbox
            }
        }
    }

    private static String processKey(DelegateTask task) {
        String definitionId = task.getProcessDefinitionId();
        if (definitionId == null) {
            return "";
        }
        // key:version:uuid, or only a uuid when that would be longer than 64 characters (a long key)
        int colon = definitionId.indexOf(':');
        return colon > 0 ? definitionId.substring(0, colon) : task.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(definitionId).getKey();
    }

    private static Set<String> groups(DelegateTask task) {
        return task.getCandidates().stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                .map(IdentityLink::getGroupId).filter(g -> g != null).collect(Collectors.toSet());
    }

    private static Long asLong(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }
}
