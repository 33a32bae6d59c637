package id.kinerjaflow.process.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import id.kinerjaflow.IntegrationTest;
import id.kinerjaflow.demo.DemoOrganisation;
import id.kinerjaflow.process.Workflow;
import id.kinerjaflow.security.AppUser;
import id.kinerjaflow.security.SystemAuthentication;
import id.kinerjaflow.security.UserDirectory;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine's own history names the person who acted (issue 17, item 8), read back from HistoryService. */
@IntegrationTest
class ActingUserIT {

    @Autowired
    Workflow workflow;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    RepositoryService repository;
    @Autowired
    HistoryService history;
    @Autowired
    IdentityService identity;
    @Autowired
    UserDirectory users;
    @Autowired
    DemoOrganisation demo;

    private String deploymentId;

    @BeforeEach
    void deploy() {
        demo.load();
        deploymentId = SystemAuthentication.runAs(user("admin"), () -> repository.createDeployment()
                .name("acting-user-check").addClasspathResource("processes/candidate-group-check.bpmn").deploy().getId());
    }

    @AfterEach
    void undeploy() {
        repository.deleteDeployment(deploymentId, true);
    }

    private AppUser user(String name) {
        return users.find(name).orElseThrow();
    }

    @Test
    void startClaimAndCompletionNameTheUserInTheEnginesHistory() {
        AppUser hr = user("hr");
        String instanceId = SystemAuthentication.runAs(hr, () -> workflow.start("candidate-group-check", "acting-user", Map.of()));
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult().getStartUserId())
                .isEqualTo("hr");

        Task task = tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey("Task_ForHr").singleResult();
        SystemAuthentication.runAs(hr, () -> {
            workflow.claim(task.getId(), hr);
            workflow.complete(workflow.openTask("candidate-group-check", "acting-user", "Task_ForHr").orElseThrow(), hr,
                    Map.of());
            return null;
        });

        List<UserOperationLogEntry> log = history.createUserOperationLogQuery().taskId(task.getId()).list();
        assertThat(log).extracting(UserOperationLogEntry::getOperationType)
                .contains(UserOperationLogEntry.OPERATION_TYPE_CLAIM, UserOperationLogEntry.OPERATION_TYPE_COMPLETE);
        assertThat(log).extracting(UserOperationLogEntry::getUserId).containsOnly("hr");
        List<HistoricIdentityLinkLog> links = history.createHistoricIdentityLinkLogQuery().taskId(task.getId())
                .type(IdentityLinkType.ASSIGNEE).list();
        assertThat(links).isNotEmpty().allSatisfy(link -> {
            assertThat(link.getUserId()).isEqualTo("hr");
            assertThat(link.getAssignerId()).isEqualTo("hr");
        });
        // cleared after every command: nothing leaks to the next work on this thread
        assertThat(identity.getCurrentAuthentication()).isNull();
    }

    @Test
    void aDeploymentNamesTheUserWhoDeployedIt() {
        List<UserOperationLogEntry> created = history.createUserOperationLogQuery().deploymentId(deploymentId)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_CREATE).list();
        assertThat(created).isNotEmpty().extracting(UserOperationLogEntry::getUserId).containsOnly("admin");
        Deployment deployment = repository.createDeploymentQuery().deploymentId(deploymentId).singleResult();
        assertThat(deployment).isNotNull();
    }

    @Test
    void anAuthenticationAlreadySetIsLeftAsItIs() {
        identity.setAuthentication("admin", List.of("ADMIN"));
        try {
            SystemAuthentication.runAs(user("hr"), () -> repository.createDeploymentQuery().count());
            assertThat(identity.getCurrentAuthentication().getUserId()).isEqualTo("admin");
        } finally {
            identity.clearAuthentication();
        }
    }

    @Test
    void withNobodySignedInTheEngineActsForNobody() {
        String instanceId = runtime.startProcessInstanceByKey("candidate-group-check").getId();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult().getStartUserId())
                .isNull();
    }
}
