package id.kinerjaflow.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerjaflow.IntegrationTest;
import id.kinerjaflow.cycle.CycleBatchJobs;
import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.demo.DemoOrganisation;
import id.kinerjaflow.process.ProcessIds;
import id.kinerjaflow.security.SystemAuthentication;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * An appraisal whose agreement is approved after HR opened the review phase goes on to the
 * self-review at once, like those the phase's batch moved, instead of waiting for the phase's date.
 */
@IntegrationTest
class ReviewPhaseCatchUpIT {

    @Autowired ApplicationContext context;
    @Autowired DemoOrganisation demo;
    @Autowired AgreementService agreements;
    @Autowired CycleService cycles;
    @Autowired TaskService tasks;

    @BeforeEach
    void demo() {
        demo.load();
    }

    private void agree(UnitUnderCalibration u, int i) {
        Long id = u.reload(i).getId();
        u.unit.as(u.unit.staffUser(i), () -> {
            agreements.submit(id, AppraisalTestUnit.simpleDraft());
            return null;
        });
        u.unit.as(u.unit.headUser(), () -> {
            agreements.approve(id);
            return null;
        });
    }

    private long selfReviewTasks(Appraisal a) {
        return tasks.createTaskQuery().processInstanceBusinessKey(a.getId().toString())
                .taskDefinitionKey(ProcessIds.Appraisal.TASK_SELF_REVIEW).count();
    }

    @Test
    void anAgreementApprovedAfterThePhaseOpenedGoesOnToTheSelfReviewAtOnce() {
        UnitUnderCalibration u = new UnitUnderCalibration(context);
        agree(u, 0);
        assertThat(u.reload(0).getStage()).isEqualTo(Stage.AWAITING_REVIEW_PHASE);

        // HR opens the review phase (its date is weeks away) while staff 1 is still drafting
        new CycleBatchJobs(context).runAll(SystemAuthentication.runAsSystem(
                () -> cycles.openReviewPhase(u.unit.cycleId())));
        assertThat(u.reload(0).getStage()).isEqualTo(Stage.SELF_REVIEW);
        assertThat(u.reload(1).getStage()).isEqualTo(Stage.AGREEMENT);

        agree(u, 1);
        assertThat(u.reload(1).getStage()).isEqualTo(Stage.SELF_REVIEW);
        assertThat(selfReviewTasks(u.reload(1))).isEqualTo(1);
        // staff 2, not agreed yet, is untouched
        assertThat(u.reload(2).getStage()).isEqualTo(Stage.AGREEMENT);
        assertThat(selfReviewTasks(u.reload(2))).isZero();
    }

    @Test
    void beforeThePhaseOpensAnApprovedAgreementWaitsForIt() {
        UnitUnderCalibration u = new UnitUnderCalibration(context);
        agree(u, 0);
        assertThat(u.reload(0).getStage()).isEqualTo(Stage.AWAITING_REVIEW_PHASE);
        assertThat(selfReviewTasks(u.reload(0))).isZero();
    }
}
