package id.kinerjaflow.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerjaflow.IntegrationTest;
import id.kinerjaflow.base.BusinessRuleException;
import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.demo.DemoOrganisation;
import id.kinerjaflow.org.OrganisationImportService;
import id.kinerjaflow.org.OrganisationService;
import id.kinerjaflow.process.ProcessIds;
import id.kinerjaflow.process.Workflow;
import id.kinerjaflow.security.Role;
import id.kinerjaflow.security.SystemAuthentication;
import id.kinerjaflow.security.UserDirectory;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The senior appraiser's follow-up of an agreement past its deadline: only they, only while the
 * follow-up is open, only with a note, and the note stays in the process history.
 */
@IntegrationTest
class AgreementFollowUpIT {

    @Autowired DemoOrganisation demo;
    @Autowired OrganisationImportService importer;
    @Autowired OrganisationService organisation;
    @Autowired UserDirectory users;
    @Autowired CycleService cycles;
    @Autowired AppraisalService appraisals;
    @Autowired AgreementService agreements;
    @Autowired Workflow workflow;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired HistoryService history;

    SmallUnit unit;
    Appraisal appraisal;
    String staffUser;

    @BeforeEach
    void oneStaffAppraisal() {
        demo.load();
        unit = new SmallUnit(importer, organisation, users, cycles);
        appraisal = SystemAuthentication.runAsSystem(() -> appraisals.start(unit.cycle.getId(), unit.staff.get(0).getId()));
        staffUser = unit.staffNips.get(0);
    }

    private String processInstance() {
        return runtime.createProcessInstanceQuery().processDefinitionKey(ProcessIds.Appraisal.PROCESS)
                .processInstanceBusinessKey(appraisal.getId().toString()).singleResult().getId();
    }

    /** The agreement deadline passes: its timer fires now. */
    private void deadlinePasses() {
        Job job = management.createJobQuery().processInstanceId(processInstance())
                .activityId(ProcessIds.Appraisal.EVENT_AGREEMENT_OVERDUE).singleResult();
        assertThat(job).as("the agreement deadline timer").isNotNull();
        management.executeJob(job.getId());
    }

    private boolean open(String taskKey) {
        return workflow.openTask(ProcessIds.Appraisal.PROCESS, appraisal.getId().toString(), taskKey).isPresent();
    }

    private HistoricVariableInstance note() {
        return history.createHistoricVariableInstanceQuery().processInstanceId(processInstance())
                .variableName(ProcessIds.Vars.OVERDUE_FOLLOW_UP_NOTE).singleResult();
    }

    private static void refused(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void theSeniorAppraiserFollowsUpAndTheNoteStaysInTheHistory() {
        deadlinePasses();
        assertThat(appraisals.find(appraisal.getId()).orElseThrow().isAgreementOverdue()).isTrue();
        // the staff's senior appraiser is outside the system (no one above the head): HR follows up
        assertThat(workflow.openTask(ProcessIds.Appraisal.PROCESS, appraisal.getId().toString(),
                ProcessIds.Appraisal.TASK_FOLLOW_UP_OVERDUE_AGREEMENT).orElseThrow().candidateGroups())
                .containsExactly(Role.HR.name());

        unit.as("hr", () -> agreements.followUpOverdue(appraisal.getId(),
                "  Pegawai sudah diingatkan melalui telepon dan akan mengajukan SKP minggu ini.  "));

        assertThat(open(ProcessIds.Appraisal.TASK_FOLLOW_UP_OVERDUE_AGREEMENT)).isFalse();
        assertThat(note().getValue())
                .isEqualTo("Pegawai sudah diingatkan melalui telepon dan akan mengajukan SKP minggu ini.");
        // the agreement itself goes on where it stood
        assertThat(open(ProcessIds.Appraisal.TASK_DRAFT_AGREEMENT)).isTrue();
        assertThat(appraisals.find(appraisal.getId()).orElseThrow().getStage()).isEqualTo(Stage.AGREEMENT);
    }

    @Test
    void aBlankNoteIsRefusedAndTheFollowUpStaysOpen() {
        deadlinePasses();

        refused(() -> unit.as("hr", () -> agreements.followUpOverdue(appraisal.getId(), "   ")),
                "agreement.FOLLOW_UP_NOTE_REQUIRED");
        refused(() -> unit.as("hr", () -> agreements.followUpOverdue(appraisal.getId(), null)),
                "agreement.FOLLOW_UP_NOTE_REQUIRED");
        refused(() -> unit.as("hr", () -> agreements.followUpOverdue(appraisal.getId(), "x".repeat(2001))),
                "field.TOO_LONG");

        assertThat(open(ProcessIds.Appraisal.TASK_FOLLOW_UP_OVERDUE_AGREEMENT)).isTrue();
        assertThat(note()).isNull();
    }

    @Test
    void nobodyElseAndNotBeforeTheDeadline() {
        refused(() -> unit.as("hr", () -> agreements.followUpOverdue(appraisal.getId(), "Sudah diingatkan.")),
                "task.NOT_AVAILABLE");
        deadlinePasses();

        refused(() -> unit.as(staffUser, () -> agreements.followUpOverdue(appraisal.getId(), "Sudah diingatkan.")),
                "task.NOT_AVAILABLE");
        refused(() -> unit.as(unit.headNip, () -> agreements.followUpOverdue(appraisal.getId(), "Sudah diingatkan.")),
                "task.NOT_AVAILABLE");
        assertThat(open(ProcessIds.Appraisal.TASK_FOLLOW_UP_OVERDUE_AGREEMENT)).isTrue();
    }
}
