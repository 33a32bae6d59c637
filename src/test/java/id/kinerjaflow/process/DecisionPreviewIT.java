package id.kinerjaflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import id.kinerjaflow.IntegrationTest;
import id.kinerjaflow.calibration.UnitRating;
import id.kinerjaflow.process.decision.DecisionIds;
import id.kinerjaflow.rating.Expectation;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Previews (a form's suggestion, the curve's bands on a screen) give what the engine's decision
 * gives, from the latest deployed table, and leave nothing in the decision history; a decision
 * that counts is recorded.
 */
@IntegrationTest
class DecisionPreviewIT {

    @Autowired Workflow workflow;
    @Autowired DecisionService decisions;
    @Autowired HistoryService history;
    @Autowired TransactionTemplate tx;

    @Test
    void aPreviewGivesTheEnginesAnswerAndRecordsNothing() {
        long before = history.createHistoricDecisionInstanceQuery().count();
        for (Expectation results : Expectation.values()) {
            for (Expectation behaviour : Expectation.values()) {
                Map<String, Object> inputs = Map.of(DecisionIds.RESULTS_RATING, results.name(),
                        DecisionIds.BEHAVIOUR_RATING, behaviour.name());
                assertThat(workflow.preview(DecisionIds.PERFORMANCE_RATING_DECISION, inputs))
                        .as(results + " / " + behaviour)
                        .isEqualTo(decisions.evaluateDecisionTableByKey(DecisionIds.PERFORMANCE_RATING_DECISION,
                                Variables.fromMap(inputs)).getSingleEntry());
            }
        }
        for (UnitRating unit : UnitRating.values()) {
            Map<String, Object> inputs = Map.of(DecisionIds.UNIT_RATING, unit.name());
            List<Map<String, Object>> bands = workflow.previewAll(DecisionIds.DISTRIBUTION_CURVE_DECISION, inputs);
            assertThat(bands).as(unit.name()).isNotEmpty()
                    .isEqualTo(decisions.evaluateDecisionTableByKey(DecisionIds.DISTRIBUTION_CURVE_DECISION,
                            Variables.fromMap(inputs)).getResultList());
        }
        long engineEvaluations = (long) Expectation.values().length * Expectation.values().length
                + UnitRating.values().length;
        assertThat(history.createHistoricDecisionInstanceQuery().count())
                .as("only the engine's own evaluations above are in the history")
                .isEqualTo(before + engineEvaluations);

        tx.executeWithoutResult(s -> workflow.preview(DecisionIds.INDICATOR_RATING_DECISION,
                Map.of(DecisionIds.ACHIEVEMENT, 0.95)));
        assertThat(history.createHistoricDecisionInstanceQuery().count()).isEqualTo(before + engineEvaluations);
        tx.executeWithoutResult(s -> workflow.decide(DecisionIds.INDICATOR_RATING_DECISION,
                Map.of(DecisionIds.ACHIEVEMENT, 0.95)));
        assertThat(history.createHistoricDecisionInstanceQuery().count()).isEqualTo(before + engineEvaluations + 1);
    }
}
