package id.kinerjaflow.process.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import id.kinerjaflow.IntegrationTest;
import id.kinerjaflow.demo.DemoOrganisation;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine's users and groups are KinerjaFlow's accounts and roles. */
@IntegrationTest
class CamundaIdentityIT {

    @Autowired
    IdentityService identity;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    DemoOrganisation demo;
    @Autowired
    AuthorizationService authorizations;

    @BeforeEach
    void demoOrganisation() {
        demo.load();
    }

    @Test
    void aUsersGroupsAreTheirRoles() {
        assertThat(identity.createGroupQuery().groupMember("kasubbid").list()).extracting(Group::getId)
                .containsExactly("APPRAISER", "EMPLOYEE");
        assertThat(identity.createGroupQuery().groupMember("staf").list()).extracting(Group::getId)
                .containsExactly("EMPLOYEE");
        assertThat(identity.createGroupQuery().groupMember("hr").list()).extracting(Group::getId)
                .contains("HR", "EMPLOYEE");
        assertThat(identity.createGroupQuery().groupMember("admin").list()).extracting(Group::getId)
                .containsExactly("ADMIN");
        assertThat(identity.createGroupQuery().list()).extracting(Group::getId)
                .containsExactly("ADMIN", "APPRAISER", "AUDITOR", "BOARD", "EMPLOYEE", "HR");
    }

    @Test
    void usersAreFoundByIdGroupAndNameWithPaging() {
        User staf = identity.createUserQuery().userId("staf").singleResult();
        assertThat(staf.getFirstName()).isEqualTo("Abdul Rahman Taha");
        assertThat(identity.createUserQuery().memberOfGroup("BOARD").list()).extracting(User::getId)
                .containsExactly("board");
        assertThat(identity.createUserQuery().userFirstNameLike("%rahma%").list()).extracting(User::getId)
                .contains("kabid", "staf");
        long employees = identity.createUserQuery().memberOfGroup("EMPLOYEE").count();
        assertThat(employees).isGreaterThanOrEqualTo(60);
        List<User> page = identity.createUserQuery().memberOfGroup("EMPLOYEE").listPage(5, 10);
        assertThat(page).hasSize(10);
        assertThat(page.get(0).getId())
                .isEqualTo(identity.createUserQuery().memberOfGroup("EMPLOYEE").list().get(5).getId());
        assertThat(identity.createUserQuery().userId("nobody").singleResult()).isNull();
    }

    @Test
    void administratorsMayOpenCockpitAndOthersMayNot() {
        assertThat(authorizations.isUserAuthorized("admin", List.of("ADMIN"), Permissions.ACCESS,
                Resources.APPLICATION, "cockpit")).isTrue();
        assertThat(authorizations.isUserAuthorized("admin", List.of("ADMIN"), Permissions.READ,
                Resources.PROCESS_INSTANCE, "any")).isTrue();
        assertThat(authorizations.isUserAuthorized("hr", List.of("HR", "EMPLOYEE"), Permissions.ACCESS,
                Resources.APPLICATION, "cockpit")).isFalse();
    }

    @Test
    void passwordsAreCheckedAgainstTheSameStore() {
        assertThat(identity.checkPassword("staf", "demo")).isTrue();
        assertThat(identity.checkPassword("staf", "salah")).isFalse();
        assertThat(identity.checkPassword("nobody", "demo")).isFalse();
    }

    @Test
    void aTaskQueryAsAUserSeesTheTasksOfThatUsersGroups() {
        repository.createDeployment().name("candidate-group-check").addClasspathResource("processes/candidate-group-check.bpmn")
                .enableDuplicateFiltering(true).deploy();
        ProcessInstance instance = runtime.startProcessInstanceByKey("candidate-group-check");
        try {
            assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).taskCandidateUser("hr").list())
                    .extracting(Task::getTaskDefinitionKey).containsExactly("Task_ForHr");
            assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).taskCandidateUser("staf").list())
                    .isEmpty();
            assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).taskCandidateUser("board").list())
                    .isEmpty();
        } finally {
            runtime.deleteProcessInstance(instance.getId(), "test finished");
        }
    }
}
