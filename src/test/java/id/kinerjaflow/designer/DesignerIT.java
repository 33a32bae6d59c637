package id.kinerjaflow.designer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import id.kinerjaflow.IntegrationTest;
import id.kinerjaflow.appraisal.Appraisal;
import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.appraisal.AppraisalTestUnit;
import id.kinerjaflow.base.BusinessRuleException;
import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.demo.DemoOrganisation;
import id.kinerjaflow.designer.process.StartupDeployment;
import id.kinerjaflow.designer.ModelFiles.ModelFile;
import id.kinerjaflow.org.OrganisationImportService;
import id.kinerjaflow.org.OrganisationService;
import id.kinerjaflow.process.ProcessIds;
import id.kinerjaflow.security.SystemAuthentication;
import id.kinerjaflow.security.UserDirectory;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The designer end to end on the real appraisal process: a changed process (an added step, a changed
 * deadline) checked, approved by a second person, deployed, and followed by a new appraisal while
 * an old one keeps its version; four eyes; edits void checks and approvals; refused code; and a
 * restart that keeps HR's version current. Every test removes the versions it deployed, so the
 * other tests run on the processes of bpmn/.
 */
@IntegrationTest
class DesignerIT {

    @Autowired DesignerService designer;
    @Autowired StartupDeployment startup;
    @Autowired DemoOrganisation demo;
    @Autowired UserDirectory users;
    @Autowired OrganisationImportService importer;
    @Autowired OrganisationService organisation;
    @Autowired CycleService cycles;
    @Autowired AppraisalService appraisals;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;

    private final List<String> deployments = new ArrayList<>();

    @BeforeEach
    void demoAccounts() {
        demo.load();
    }

    @AfterEach
    void removeTheVersionsDeployedHere() {
        for (String id : deployments) {
            repository.deleteDeployment(id, true);
        }
    }

    private <T> T as(String user, Supplier<T> work) {
        return SystemAuthentication.runAs(users.find(user).orElseThrow(), work);
    }

    private ProcessDefinition currentAppraisal() {
        return repository.createProcessDefinitionQuery().processDefinitionKey(DesignerFixture.APPRAISAL)
                .latestVersion().singleResult();
    }

    /** hr drafts the text, checks it; admin approves; hr deploys. */
    private DesignDraft deployedByHr(String xml) {
        DesignDraft draft = as("hr", () -> designer.createDraft(currentAppraisal().getId(), xml));
        DesignDraft checked = as("hr", () -> designer.check(draft.getId()));
        assertThat(designer.report(checked)).isEmpty();
        assertThat(checked.getState()).isEqualTo(DraftState.CHECKED);
        DesignDraft approved = as("admin", () -> designer.approve(draft.getId(), checked.getVersion()));
        DesignDraft deployed = as("hr", () -> designer.deploy(draft.getId(), approved.getVersion()));
        deployments.add(deployed.getDeploymentId());
        return deployed;
    }

    @Test
    void everyCurrentProcessAndDecisionPassesTheCheck() {
        List<DesignerService.Definition> definitions = as("hr", designer::definitions);
        assertThat(definitions).extracting(DesignerService.Definition::key).contains("employee-appraisal",
                "unit-calibration", "cycle-batch", "performance-rating", "distribution-curve");
        // the files of bpmn/ (other tests deploy test processes of their own into the same engine)
        for (DesignerService.Definition d : definitions.stream()
                .filter(d -> StartupDeployment.DEPLOYMENT_NAME.equals(d.current().version().deploymentName())).toList()) {
            String xml = as("hr", () -> designer.xml(d.current().version().definitionId()));
            assertThat(as("hr", () -> designer.problems(d.kind(), d.key(), xml))).as(d.key()).isEmpty();
        }
    }

    @Test
    void whatTheEngineRefusesIsReportedToo() {
        String broken = DesignerFixture.appraisalFile().replace("targetRef=\"Task_ReviewAgreement\"",
                "targetRef=\"Task_Nowhere\"");
        assertThat(as("hr", () -> designer.problems(DraftKind.BPMN, DesignerFixture.APPRAISAL, broken)))
                .extracting(Problem::code).contains("designer.problem.ENGINE");
        // and a check that the engine refuses still stores its report
        DesignDraft draft = as("hr", () -> designer.createDraft(currentAppraisal().getId(), broken));
        DesignDraft checked = as("hr", () -> designer.check(draft.getId()));
        assertThat(checked.getState()).isEqualTo(DraftState.DRAFT);
        assertThat(designer.report(checked)).extracting(Problem::code).contains("designer.problem.ENGINE");
    }

    @Test
    void aChangedProcessIsCheckedApprovedDeployedAndNewAppraisalsFollowItWhileOldOnesKeepTheirVersion() {
        AppraisalTestUnit unit = AppraisalTestUnit.create(importer, organisation, users, cycles);
        ProcessDefinition before = currentAppraisal();
        Appraisal old = as("hr", () -> appraisals.start(unit.cycleId(), unit.staffId(0)));

        String changed = DesignerFixture.withAddedStepAndChangedDeadline(as("hr", () -> designer.xml(before.getId())));
        DesignDraft draft = as("hr", () -> designer.createDraft(before.getId(), changed));
        assertThat(draft.getAuthor()).isEqualTo("hr");
        assertThat(as("hr", () -> designer.compareWithBase(draft.getId())))
                .extracting(c -> c.kind() + " " + c.elementId())
                .contains("ADDED " + DesignerFixture.ADDED_STEP, "ADDED Flow_AppraisalConfirmed",
                        "CHANGED Flow_ToAgreement", "CHANGED SubProcess_AgreeTargets",
                        "CHANGED Event_PeerFeedbackDeadline");
        DesignDraft checked = as("hr", () -> designer.check(draft.getId()));
        assertThat(designer.report(checked)).isEmpty();

        assertThatThrownBy(() -> as("hr", () -> designer.approve(draft.getId(), checked.getVersion())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("designer.OWN_DRAFT");
        assertThatThrownBy(() -> as("hr", () -> designer.deploy(draft.getId(), checked.getVersion())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("designer.NOT_APPROVED");
        DesignDraft approved = as("admin", () -> designer.approve(draft.getId(), checked.getVersion()));
        assertThat(approved.getApprover()).isEqualTo("admin");
        assertThat(approved.getApprovedAt()).isNotNull();
        DesignDraft deployed = as("hr", () -> designer.deploy(draft.getId(), approved.getVersion()));
        deployments.add(deployed.getDeploymentId());

        ProcessDefinition after = currentAppraisal();
        assertThat(after.getVersion()).isEqualTo(before.getVersion() + 1);
        assertThat(after.getId()).isEqualTo(deployed.getDefinitionId());
        DesignerService.VersionInfo current = as("hr", () -> designer.versions(DraftKind.BPMN, DesignerFixture.APPRAISAL))
                .get(0);
        assertThat(current.deployedBy()).isEqualTo("hr");
        assertThat(current.draftId()).isEqualTo(draft.getId());
        assertThat(current.version().deploymentName()).isEqualTo("designer:" + draft.getId());
        DesignDraft record = as("hr", () -> designer.draft(draft.getId()));
        assertThat(record.getState()).isEqualTo(DraftState.DEPLOYED);
        assertThat(record.getCheckReport()).isEqualTo("[]");
        assertThat(record.getApprover()).isEqualTo("admin");
        assertThat(record.getDeployedBy()).isEqualTo("hr");

        Appraisal fresh = as("hr", () -> appraisals.start(unit.cycleId(), unit.staffId(1)));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(fresh.getProcessInstanceId()).singleResult()
                .getProcessDefinitionId()).isEqualTo(after.getId());
        assertThat(tasks.createTaskQuery().processInstanceId(fresh.getProcessInstanceId()).list())
                .extracting(t -> t.getTaskDefinitionKey()).containsExactly(DesignerFixture.ADDED_STEP);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(old.getProcessInstanceId()).singleResult()
                .getProcessDefinitionId()).isEqualTo(before.getId());
        assertThat(tasks.createTaskQuery().processInstanceId(old.getProcessInstanceId()).list())
                .extracting(t -> t.getTaskDefinitionKey())
                .containsExactly(ProcessIds.Appraisal.TASK_DRAFT_AGREEMENT);
        // the running counts follow the instances
        List<DesignerService.VersionInfo> versions = as("hr",
                () -> designer.versions(DraftKind.BPMN, DesignerFixture.APPRAISAL));
        assertThat(versions.get(0).version().running()).isEqualTo(1);
        // the comparison of the two versions names the same changes
        assertThat(as("hr", () -> designer.compareVersions(before.getId(), after.getId())))
                .extracting(c -> c.kind() + " " + c.elementId()).contains("ADDED " + DesignerFixture.ADDED_STEP,
                        "CHANGED Event_PeerFeedbackDeadline");
    }

    @Test
    void anEditAfterTheCheckOrTheApprovalVoidsThem() {
        ProcessDefinition current = currentAppraisal();
        String xml = as("hr", () -> designer.xml(current.getId()));
        DesignDraft draft = as("hr", () -> designer.createDraft(current.getId(), null));
        DesignDraft checked = as("hr", () -> designer.check(draft.getId()));
        DesignDraft approved = as("admin", () -> designer.approve(draft.getId(), checked.getVersion()));
        assertThat(approved.getState()).isEqualTo(DraftState.APPROVED);

        String edited = xml.replace("name=\"Review own performance\"", "name=\"Review your own performance\"");
        DesignDraft after = as("hr", () -> designer.save(draft.getId(), approved.getVersion(), edited));
        assertThat(after.getState()).isEqualTo(DraftState.DRAFT);
        assertThat(after.getApprover()).isNull();
        assertThatThrownBy(() -> as("hr", () -> designer.deploy(draft.getId(), after.getVersion())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("designer.NOT_APPROVED");
        assertThatThrownBy(() -> as("admin", () -> designer.approve(draft.getId(), after.getVersion())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("designer.NOT_CHECKED");
        // someone who read the older version cannot overwrite the newer one
        assertThatThrownBy(() -> as("admin", () -> designer.save(draft.getId(), approved.getVersion(), xml)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("designer.CHANGED_MEANWHILE");
        // the last editor cannot approve either: admin edits, checks; admin may not approve, hr may
        DesignDraft byAdmin = as("admin", () -> designer.save(draft.getId(), after.getVersion(), xml));
        DesignDraft rechecked = as("admin", () -> designer.check(draft.getId()));
        assertThat(byAdmin.getUpdatedBy()).isEqualTo("admin");
        assertThatThrownBy(() -> as("admin", () -> designer.approve(draft.getId(), rechecked.getVersion())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("designer.OWN_DRAFT");
        assertThat(currentAppraisal().getId()).isEqualTo(current.getId());
    }

    @Test
    void codeInAModelIsRefusedWithItsElementAndNothingIsDeployed() {
        ProcessDefinition current = currentAppraisal();
        String xml = DesignerFixture.withCodeInIt(as("hr", () -> designer.xml(current.getId())));
        DesignDraft draft = as("hr", () -> designer.createDraft(current.getId(), xml));
        DesignDraft checked = as("hr", () -> designer.check(draft.getId()));
        assertThat(checked.getState()).isEqualTo(DraftState.DRAFT);
        assertThat(designer.report(checked)).extracting(p -> p.code() + "@" + p.elementId()).containsExactlyInAnyOrder(
                "designer.problem.SCRIPT@Task_DraftAgreement", "designer.problem.EXPRESSION_CALL@Task_DraftAgreement");
        assertThatThrownBy(() -> as("admin", () -> designer.approve(draft.getId(), checked.getVersion())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("designer.NOT_CHECKED");
        assertThat(currentAppraisal().getId()).isEqualTo(current.getId());
    }

    @Test
    void uploadsAreRefusedWhenTheyAreNoModelTooBigOrAnUnknownProcess() {
        assertThatThrownBy(() -> as("hr", () -> designer.upload("x.txt", "hello".getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("designer.UPLOAD_TYPE");
        assertThatThrownBy(() -> as("hr", () -> designer.upload("x.bpmn", new byte[DesignerService.MAX_BYTES + 1])))
                .hasMessageContaining("designer.UPLOAD_SIZE");
        assertThatThrownBy(() -> as("hr", () -> designer.upload("x.bpmn",
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"
                        .getBytes(StandardCharsets.UTF_8)))).hasMessageContaining("designer.XML_INVALID");
        // a process that uses none of the application's forms is not one of its processes
        String foreign = """
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="D" targetNamespace="t">
                  <bpmn:process id="my-process" isExecutable="true">
                    <bpmn:userTask id="Activity_1" name="Do it" camunda:formKey="my-form" />
                  </bpmn:process>
                </bpmn:definitions>
                """;
        assertThatThrownBy(() -> as("hr", () -> designer.upload("mine.bpmn", foreign.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("designer.UPLOAD_UNKNOWN_PROCESS");
        // the appraisal saved by Camunda Modeler under another process id is taken as the appraisal
        String renamed = DesignerFixture.appraisalFile().replace("id=\"employee-appraisal\"", "id=\"Process_0abc\"")
                .replace("bpmnElement=\"employee-appraisal\"", "bpmnElement=\"Process_0abc\"");
        DesignDraft adopted = as("hr", () -> designer.upload("modeler.bpmn", renamed.getBytes(StandardCharsets.UTF_8)));
        assertThat(adopted.getKey()).isEqualTo(DesignerFixture.APPRAISAL);
        assertThat(adopted.getXml()).contains("id=\"employee-appraisal\"").doesNotContain("Process_0abc");
        DesignDraft uploaded = as("hr", () -> designer.upload("employee-appraisal.bpmn",
                DesignerFixture.appraisalFile().getBytes(StandardCharsets.UTF_8)));
        assertThat(uploaded.getOrigin()).isEqualTo(DesignDraft.Origin.UPLOAD);
        assertThat(uploaded.getKey()).isEqualTo(DesignerFixture.APPRAISAL);
        assertThat(uploaded.getBasedOn()).isEqualTo(currentAppraisal().getId());
    }

    @Test
    void aModelerDecisionDiagramWithSeveralDecisionsAndNoTimeToLiveIsTakenAndPassesTheEnginesParse() {
        String drd = ModelerModelsTest.DRD.formatted("");
        DesignDraft uploaded = as("hr", () -> designer.upload("dish.dmn", drd.getBytes(StandardCharsets.UTF_8)));
        assertThat(uploaded.getKey()).isEqualTo("dish");
        assertThat(uploaded.getXml()).contains("camunda:historyTimeToLive=\"P3650D\"");
        DesignDraft checked = as("hr", () -> designer.check(uploaded.getId()));
        assertThat(designer.report(checked)).isEmpty();
        assertThat(checked.getState()).isEqualTo(DraftState.CHECKED);
    }

    @Test
    void onlyHrAndAdminsUseTheDesigner() {
        for (String user : List.of("auditor", "staf", "board")) {
            assertThatThrownBy(() -> as(user, designer::definitions)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> designer.createDraft(currentAppraisal().getId(), null)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    // ---- restart safety -------------------------------------------------------------------------

    @Test
    void aRestartKeepsHrsVersionAndAChangedReleaseFileBecomesADraftForHr() {
        DesignDraft hrs = deployedByHr(DesignerFixture.withAddedStepAndChangedDeadline(DesignerFixture.appraisalFile()));
        String hrsDefinition = hrs.getDefinitionId();

        // the same release starts again: bpmn/ is what the last start-up deployed
        StartupDeployment.Outcome again = startup.deploy(startup.files());
        assertThat(again.deployed()).isEmpty();
        assertThat(again.keptDesignerVersions()).containsExactly(DesignerFixture.RESOURCE);
        assertThat(currentAppraisal().getId()).isEqualTo(hrsDefinition);

        // a new release changed the file while HR's version is current: not made current, a draft instead
        String released = DesignerFixture.appraisalFile().replace("name=\"Review own performance\"",
                "name=\"Review own performance (release 2)\"");
        List<ModelFile> files = new ArrayList<>(startup.files().stream()
                .filter(f -> !f.name().equals(DesignerFixture.RESOURCE)).toList());
        files.add(new ModelFile(DesignerFixture.RESOURCE, released));
        StartupDeployment.Outcome release = startup.deploy(files);
        assertThat(release.deployed()).isEmpty();
        assertThat(release.draftsFromRelease()).containsExactly(DesignerFixture.RESOURCE);
        assertThat(currentAppraisal().getId()).isEqualTo(hrsDefinition);
        List<DesignDraft> fromRelease = as("hr", () -> designer.drafts(DesignerFixture.APPRAISAL)).stream()
                .filter(d -> d.getOrigin() == DesignDraft.Origin.RELEASE).toList();
        assertThat(fromRelease).hasSize(1);
        assertThat(fromRelease.get(0).getXml()).isEqualTo(released);
        assertThat(fromRelease.get(0).getAuthor()).isEqualTo(DesignerService.SYSTEM_DEPLOYER);
        assertThat(fromRelease.get(0).getBasedOn()).isEqualTo(hrsDefinition);
        // and a further restart with that release records it only once
        assertThat(startup.deploy(files).draftsFromRelease()).isEmpty();
        assertThat(as("hr", () -> designer.compareWithBase(fromRelease.get(0).getId())))
                .extracting(c -> c.kind() + " " + c.elementId())
                .contains("REMOVED " + DesignerFixture.ADDED_STEP, "CHANGED Task_SelfReview");
    }

    @Test
    void aChangedReleaseFileIsDeployedAsBeforeWhenTheCurrentVersionCameFromBpmn() {
        String resource = "bpmn/rating/indicator-rating.dmn";
        ModelFile file = startup.files().stream().filter(f -> f.name().equals(resource)).findFirst().orElseThrow();
        String changed = file.xml().replace("<description>Capaian di atas 100 %", "<description>Capaian lebih dari 100 %");
        assertThat(changed).isNotEqualTo(file.xml());
        StartupDeployment.Outcome outcome = startup.deploy(List.of(new ModelFile(resource, changed)));
        assertThat(outcome.deployed()).containsExactly(resource);
        var latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey("indicator-rating")
                .latestVersion().singleResult();
        deployments.add(latest.getDeploymentId());
        var version = as("hr", () -> designer.versions(DraftKind.DMN, "indicator-rating")).get(0);
        assertThat(version.deployedBy()).isEqualTo(DesignerService.SYSTEM_DEPLOYER);
        assertThat(version.version().deploymentName()).isEqualTo(StartupDeployment.DEPLOYMENT_NAME);
    }
}
