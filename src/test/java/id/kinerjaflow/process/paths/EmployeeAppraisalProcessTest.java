package id.kinerjaflow.process.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.kinerjaflow.process.ProcessIds.Appraisal;
import id.kinerjaflow.process.ProcessIds.Vars;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every path of the employee appraisal, driven step by step. */
@Deployment(resources = {"bpmn/appraisal/employee-appraisal.bpmn", "bpmn/rating/performance-rating.dmn"})
class EmployeeAppraisalProcessTest extends ProcessPathTest {

    private final List<String> called = new ArrayList<>();
    private boolean unitAlreadyCalibrated;
    private String finalRating;

    @BeforeEach
    void delegates() {
        Mocks.register("flagOverdueAgreement", (JavaDelegate) e -> called.add("flagOverdueAgreement"));
        Mocks.register("closeUnansweredFeedback", (JavaDelegate) e -> called.add("closeUnansweredFeedback"));
        Mocks.register("recordRating", (JavaDelegate) e -> {
            called.add("recordRating:" + e.getVariable(Vars.PERFORMANCE_RATING));
            e.setVariable(Vars.UNIT_CALIBRATED, unitAlreadyCalibrated);
        });
        Mocks.register("publishResult", (JavaDelegate) e -> {
            called.add("publishResult");
            e.setVariable(Vars.APPEAL_DEADLINE, Date.from(Instant.now().plus(14, ChronoUnit.DAYS)));
            e.setVariable(Vars.APPEAL_FILED, false);
        });
        Mocks.register("finaliseAppraisal", (JavaDelegate) e -> {
            finalRating = (String) e.getVariable(Vars.APPEAL_RATING);
            called.add("finaliseAppraisal");
        });
    }

    private ProcessInstance start() {
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.APPRAISAL_ID, 42L);
        vars.put(Vars.CYCLE_ID, 7L);
        vars.put(Vars.UNIT_ID, 3L);
        vars.put(Vars.EMPLOYEE_USER, "staf");
        vars.put(Vars.APPRAISER_USER, "kasubbid");
        vars.put(Vars.SENIOR_APPRAISER_USER, "kabid");
        vars.put(Vars.AGREEMENT_DEADLINE, Date.from(Instant.now().plus(30, ChronoUnit.DAYS)));
        vars.put(Vars.REVIEW_PHASE_START, Date.from(Instant.now().plus(300, ChronoUnit.DAYS)));
        vars.put(Vars.PEER_FEEDBACK_DURATION, "P7D");
        return runtimeService().startProcessInstanceByKey(Appraisal.PROCESS, "42", vars);
    }

    private void approveAgreement(ProcessInstance pi) {
        assertThat(pi).isWaitingAt(Appraisal.TASK_DRAFT_AGREEMENT);
        assertThat(task()).isAssignedTo("staf");
        complete(task());
        assertThat(pi).isWaitingAt(Appraisal.TASK_REVIEW_AGREEMENT);
        assertThat(task()).isAssignedTo("kasubbid");
        complete(task(), withVariables(Vars.AGREEMENT_APPROVED, true));
    }

    private void openReviewPhase(ProcessInstance pi) {
        assertThat(pi).isWaitingAt("Gateway_AwaitReviewPhase");
        runtimeService().createMessageCorrelation(Appraisal.MESSAGE_REVIEW_PHASE_OPENED)
                .processInstanceVariableEquals(Vars.CYCLE_ID, 7L).correlateAll();
    }

    private void selfReview(ProcessInstance pi, List<String> peers) {
        assertThat(pi).isWaitingAt(Appraisal.TASK_SELF_REVIEW);
        complete(task(), withVariables(Vars.PEER_USERS, new ArrayList<>(peers)));
    }

    private void supervisorReview(ProcessInstance pi, String results, String behaviour) {
        assertThat(pi).isWaitingAt(Appraisal.TASK_SUPERVISOR_REVIEW);
        assertThat(task()).isAssignedTo("kasubbid");
        complete(task(), withVariables(Vars.RESULTS_RATING, results, Vars.BEHAVIOUR_RATING, behaviour));
    }

    private void reachResult(ProcessInstance pi) {
        approveAgreement(pi);
        openReviewPhase(pi);
        selfReview(pi, List.of());
        supervisorReview(pi, "AS_EXPECTED", "AS_EXPECTED");
        assertThat(pi).isWaitingAt("Event_UnitCalibrated");
        runtimeService().correlateMessage(Appraisal.MESSAGE_UNIT_CALIBRATED, "42");
        assertThat(pi).isWaitingAt(Appraisal.TASK_ACKNOWLEDGE_RESULT);
    }

    @Test
    void anAgreementApprovedAtOnceGoesStraightToTheReviewPhase() {
        ProcessInstance pi = start();
        approveAgreement(pi);
        assertThat(pi).hasPassed("Event_AgreementApproved").isWaitingAt("Gateway_AwaitReviewPhase");
        assertThat(stages).containsExactly("AGREEMENT", "AWAITING_REVIEW_PHASE");
    }

    @Test
    void anAgreementReturnedTwiceIsDraftedThreeTimesBeforeApproval() {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt(Appraisal.TASK_DRAFT_AGREEMENT);
        for (int round = 0; round < 2; round++) {
            complete(task());
            assertThat(pi).isWaitingAt(Appraisal.TASK_REVIEW_AGREEMENT);
            complete(task(), withVariables(Vars.AGREEMENT_APPROVED, false));
            assertThat(pi).isWaitingAt(Appraisal.TASK_DRAFT_AGREEMENT);
        }
        approveAgreement(pi);
        assertThat(pi).isWaitingAt("Gateway_AwaitReviewPhase");
        assertThat(historyCount(Appraisal.TASK_DRAFT_AGREEMENT)).isEqualTo(3);
    }

    @Test
    void anOverdueAgreementEscalatesToTheSeniorAppraiserWithoutLosingTheDraft() {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt(Appraisal.TASK_DRAFT_AGREEMENT);
        execute(job(Appraisal.EVENT_AGREEMENT_OVERDUE));

        assertThat(called).containsExactly("flagOverdueAgreement");
        assertThat(pi).isWaitingAt(Appraisal.TASK_DRAFT_AGREEMENT, Appraisal.TASK_FOLLOW_UP_OVERDUE_AGREEMENT);
        Task followUp = taskQuery().taskDefinitionKey(Appraisal.TASK_FOLLOW_UP_OVERDUE_AGREEMENT).singleResult();
        assertThat(followUp).isAssignedTo("kabid");
        complete(followUp);
        approveAgreement(pi);
        assertThat(pi).isWaitingAt("Gateway_AwaitReviewPhase");
    }

    @Test
    void theReviewPhaseAlsoOpensOnItsDate() {
        ProcessInstance pi = start();
        approveAgreement(pi);
        execute(job(Appraisal.EVENT_REVIEW_PHASE_DATE_REACHED));
        assertThat(pi).isWaitingAt(Appraisal.TASK_SELF_REVIEW);
    }

    @Test
    void withoutPeersTheSupervisorReviewFollowsTheSelfReview() {
        ProcessInstance pi = start();
        approveAgreement(pi);
        openReviewPhase(pi);
        selfReview(pi, List.of());
        assertThat(pi).isWaitingAt(Appraisal.TASK_SUPERVISOR_REVIEW);
        assertThat(pi).hasNotPassed(Appraisal.TASK_GIVE_PEER_FEEDBACK);
    }

    @Test
    void threePeersAreAskedAndOneMissingAtTheDeadlineIsClosedAsNotGiven() {
        ProcessInstance pi = start();
        approveAgreement(pi);
        openReviewPhase(pi);
        selfReview(pi, List.of("peer1", "peer2", "peer3"));

        List<Task> asked = taskQuery().taskDefinitionKey(Appraisal.TASK_GIVE_PEER_FEEDBACK).list();
        assertThat(asked).extracting(Task::getAssignee).containsExactlyInAnyOrder("peer1", "peer2", "peer3");
        complete(taskQuery().taskAssignee("peer1").singleResult());
        complete(taskQuery().taskAssignee("peer2").singleResult());
        assertThat(pi).isWaitingAt(Appraisal.TASK_GIVE_PEER_FEEDBACK);

        execute(job(Appraisal.EVENT_PEER_FEEDBACK_DEADLINE));

        assertThat(called).containsExactly("closeUnansweredFeedback");
        assertThat(taskQuery().taskAssignee("peer3").count()).isZero();
        assertThat(pi).isWaitingAt(Appraisal.TASK_SUPERVISOR_REVIEW);
    }

    @Test
    void allPeersAnsweringInTimeNeedsNoClosing() {
        ProcessInstance pi = start();
        approveAgreement(pi);
        openReviewPhase(pi);
        selfReview(pi, List.of("peer1", "peer2"));
        taskQuery().taskDefinitionKey(Appraisal.TASK_GIVE_PEER_FEEDBACK).list().forEach(t -> complete(t));
        assertThat(pi).isWaitingAt(Appraisal.TASK_SUPERVISOR_REVIEW);
        assertThat(called).isEmpty();
    }

    @Test
    void theMatrixDecidesThePerformanceRatingAndTheAppraisalWaitsForCalibration() {
        ProcessInstance pi = start();
        approveAgreement(pi);
        openReviewPhase(pi);
        selfReview(pi, List.of());
        supervisorReview(pi, "ABOVE_EXPECTATION", "ABOVE_EXPECTATION");

        assertThat(pi).hasPassed("Task_DecidePerformanceRating").isWaitingAt("Event_UnitCalibrated");
        assertThat(called).containsExactly("recordRating:VERY_GOOD");
        assertThat(stages).endsWith("SUPERVISOR_REVIEW", "CALIBRATION");
    }

    @Test
    void anAppraisalReviewedAfterItsUnitWasReleasedDoesNotWait() {
        unitAlreadyCalibrated = true;
        ProcessInstance pi = start();
        approveAgreement(pi);
        openReviewPhase(pi);
        selfReview(pi, List.of());
        supervisorReview(pi, "BELOW_EXPECTATION", "AS_EXPECTED");
        assertThat(called).containsExactly("recordRating:NEEDS_IMPROVEMENT", "publishResult");
        assertThat(pi).hasNotPassed("Event_UnitCalibrated").isWaitingAt(Appraisal.TASK_ACKNOWLEDGE_RESULT);
    }

    @Test
    void withoutAnAppealTheResultBecomesFinalWhenTheWindowCloses() {
        ProcessInstance pi = start();
        reachResult(pi);
        complete(task(), withVariables(Vars.APPEAL_FILED, false));
        assertThat(pi).isWaitingAt("Gateway_AwaitAppeal");

        execute(job(Appraisal.EVENT_APPEAL_WINDOW_CLOSED));

        assertThat(pi).hasPassed("Event_AppealWindowClosed", "Task_FinaliseAppraisal").isEnded();
        assertThat(finalRating).isNull();
        assertThat(stages).endsWith("RESULT");
    }

    @Test
    void anUnacknowledgedResultBecomesFinalWhenTheWindowCloses() {
        ProcessInstance pi = start();
        reachResult(pi);
        execute(job(Appraisal.EVENT_APPEAL_WINDOW_CLOSED_DURING_ACKNOWLEDGEMENT));
        assertThat(pi).hasPassed(Appraisal.EVENT_APPEAL_WINDOW_CLOSED_DURING_ACKNOWLEDGEMENT).hasNotPassed("Gateway_AppealFiled").isEnded();
    }

    @Test
    void anAppealConfirmedByTheSeniorAppraiserEndsWithTheSameRating() {
        ProcessInstance pi = start();
        reachResult(pi);
        complete(task(), withVariables(Vars.APPEAL_FILED, true));

        assertThat(pi).isWaitingAt(Appraisal.TASK_EXPLAIN_APPEAL_EMPLOYEE, Appraisal.TASK_EXPLAIN_APPEAL_APPRAISER);
        assertThat(taskQuery().taskDefinitionKey(Appraisal.TASK_EXPLAIN_APPEAL_EMPLOYEE).singleResult()).isAssignedTo("staf");
        assertThat(taskQuery().taskDefinitionKey(Appraisal.TASK_EXPLAIN_APPEAL_APPRAISER).singleResult())
                .isAssignedTo("kasubbid");
        taskQuery().list().forEach(t -> complete(t));
        assertThat(pi).isWaitingAt(Appraisal.TASK_DECIDE_APPEAL);
        assertThat(task()).isAssignedTo("kabid");
        complete(task(), withVariables(Vars.APPEAL_RATING, "GOOD"));

        assertThat(pi).isEnded();
        assertThat(finalRating).isEqualTo("GOOD");
        assertThat(stages).endsWith("APPEAL");
    }

    @Test
    void anAppealFiledAfterAcknowledgingCanChangeTheRating() {
        ProcessInstance pi = start();
        reachResult(pi);
        complete(task(), withVariables(Vars.APPEAL_FILED, false));
        runtimeService().createMessageCorrelation(Appraisal.MESSAGE_APPEAL_FILED).processInstanceBusinessKey("42")
                .correlate();

        assertThat(pi).hasPassed("Event_AppealFiled")
                .isWaitingAt(Appraisal.TASK_EXPLAIN_APPEAL_EMPLOYEE, Appraisal.TASK_EXPLAIN_APPEAL_APPRAISER);
        taskQuery().list().forEach(t -> complete(t));
        complete(task(), withVariables(Vars.APPEAL_RATING, "VERY_GOOD"));
        assertThat(pi).isEnded();
        assertThat(finalRating).isEqualTo("VERY_GOOD");
        // the appeal window's timer went with the appeal: nothing fires later
        assertThat(BpmnAwareTestsJobs.count()).isZero();
    }

    @Test
    void withoutAnAppraiserInTheSystemHrReviewsTheAgreement() {
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.APPRAISAL_ID, 43L);
        vars.put(Vars.CYCLE_ID, 7L);
        vars.put(Vars.EMPLOYEE_USER, "kadis");
        vars.put(Vars.APPRAISER_USER, null);
        vars.put(Vars.SENIOR_APPRAISER_USER, null);
        vars.put(Vars.AGREEMENT_DEADLINE, Date.from(Instant.now().plus(30, ChronoUnit.DAYS)));
        vars.put(Vars.REVIEW_PHASE_START, Date.from(Instant.now().plus(300, ChronoUnit.DAYS)));
        vars.put(Vars.PEER_FEEDBACK_DURATION, "P7D");
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(Appraisal.PROCESS, "43", vars);
        assertThat(pi).isWaitingAt(Appraisal.TASK_DRAFT_AGREEMENT);
        complete(task());
        assertThat(pi).isWaitingAt(Appraisal.TASK_REVIEW_AGREEMENT);
        assertThat(task()).isNotAssigned().hasCandidateGroup("HR");
    }

    private static long historyCount(String activityId) {
        return org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService()
                .createHistoricActivityInstanceQuery().activityId(activityId).count();
    }

    /** Open jobs (timers) of the engine. */
    static final class BpmnAwareTestsJobs {
        static long count() {
            return org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService()
                    .createJobQuery().count();
        }
    }
}
