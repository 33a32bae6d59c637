package id.kinerjaflow.process.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import id.kinerjaflow.process.ProcessIds.Calibration;
import id.kinerjaflow.process.ProcessIds.Vars;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every path of the unit calibration. */
@Deployment(resources = "bpmn/calibration/unit-calibration.bpmn")
class UnitCalibrationProcessTest extends ProcessPathTest {

    private final List<String> called = new ArrayList<>();
    private boolean allReviewed;

    @BeforeEach
    void delegates() {
        Mocks.register("checkReviewsComplete", (JavaDelegate) e -> {
            called.add("checkReviewsComplete");
            e.setVariable(Vars.ALL_REVIEWED, allReviewed);
        });
        Mocks.register("checkDistribution", (JavaDelegate) e -> {
            called.add("checkDistribution");
            e.setVariable(Vars.FITS_CURVE, false);
        });
        Mocks.register("releaseResults", (JavaDelegate) e -> called.add("releaseResults:" + e.getVariable(Vars.APPROVED_BY)));
    }

    private ProcessInstance start() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(Calibration.PROCESS, "9", Map.of(
                Vars.CALIBRATION_ID, 9L, Vars.CYCLE_ID, 7L, Vars.UNIT_ID, 3L,
                Vars.CALIBRATION_DATE, Date.from(Instant.now().plus(200, ChronoUnit.DAYS))));
        assertThat(pi).isWaitingAt(Calibration.TASK_SET_UNIT_RATING);
        assertThat(task()).isNotAssigned().hasCandidateGroup("HR");
        return pi;
    }

    private void boardApproves(ProcessInstance pi) {
        assertThat(pi).isWaitingAt(Calibration.TASK_CALIBRATE_UNIT);
        assertThat(task()).hasCandidateGroup("BOARD");
        complete(task(), org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables(
                Vars.APPROVED_BY, "board"));
    }

    @Test
    void whenEveryAppraisalIsReviewedTheBoardCalibratesAtOnce() {
        allReviewed = true;
        ProcessInstance pi = start();
        complete(task());
        boardApproves(pi);
        assertThat(pi).hasNotPassed("Gateway_AwaitReviews").isEnded();
        assertThat(called).containsExactly("checkReviewsComplete", "checkDistribution", "releaseResults:board");
    }

    @Test
    void theBoardWaitsUntilTheLastReviewArrives() {
        ProcessInstance pi = start();
        complete(task());
        assertThat(pi).isWaitingAt("Gateway_AwaitReviews");

        runtimeService().createMessageCorrelation(Calibration.MESSAGE_REVIEWS_COMPLETE).processInstanceBusinessKey("9")
                .correlate();

        assertThat(pi).hasPassed("Event_ReviewsComplete");
        boardApproves(pi);
        assertThat(pi).isEnded();
    }

    @Test
    void theCalibrationDateStartsCalibrationEvenWithReviewsMissing() {
        ProcessInstance pi = start();
        complete(task());
        execute(job(Calibration.EVENT_CALIBRATION_DATE_REACHED));
        assertThat(pi).hasPassed("Event_CalibrationDateReached").isWaitingAt(Calibration.TASK_CALIBRATE_UNIT);
        boardApproves(pi);
        assertThat(called).containsExactly("checkReviewsComplete", "checkDistribution", "releaseResults:board");
    }
}
