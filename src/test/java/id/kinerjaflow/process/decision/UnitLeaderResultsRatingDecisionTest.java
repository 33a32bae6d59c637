package id.kinerjaflow.process.decision;

import static id.kinerjaflow.process.decision.DecisionIds.BEHAVIOUR_RATING;
import static id.kinerjaflow.process.decision.DecisionIds.DISTRIBUTION_CURVE_DECISION;
import static id.kinerjaflow.process.decision.DecisionIds.PERFORMANCE_RATING_DECISION;
import static id.kinerjaflow.process.decision.DecisionIds.RESULTS_RATING;
import static id.kinerjaflow.process.decision.DecisionIds.UNIT_LEADER_RESULTS_RATING_DECISION;
import static id.kinerjaflow.process.decision.DecisionIds.UNIT_RATING;
import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code bpmn/calibration/unit-leader-results-rating.dmn}: the unit rating becomes the results rating of
 * the unit's leader (PermenPANRB 6/2022; domain.md, "Distribution curve by unit rating").
 */
class UnitLeaderResultsRatingDecisionTest {

    private static final DecisionFile DECISION = DecisionFile
            .load("bpmn/calibration/unit-leader-results-rating.dmn", UNIT_LEADER_RESULTS_RATING_DECISION);

    @ParameterizedTest(name = "the leader of a unit rated {1} has results {2} by {0}")
    @CsvSource(textBlock = """
            Rule_OutstandingUnit,      OUTSTANDING,       ABOVE_EXPECTATION
            Rule_GoodUnit,             GOOD,              AS_EXPECTED
            Rule_NeedsImprovementUnit, NEEDS_IMPROVEMENT, BELOW_EXPECTATION
            Rule_PoorUnit,             POOR,              BELOW_EXPECTATION
            Rule_VeryPoorUnit,         VERY_POOR,         BELOW_EXPECTATION
            """)
    void eachRuleGivesItsResultsRatingAndOnlyThatRuleMatches(String rule, String unitRating, String resultsRating) {
        DecisionFile.Evaluation evaluation = rate(unitRating);

        assertThat(evaluation.matchedRules()).containsExactly(rule);
        assertThat(evaluation.single(RESULTS_RATING)).isEqualTo(resultsRating);
    }

    @Test
    void everyRuleOfTheFileHasExactlyOneLineInTheTableOfThisTest() {
        assertThat(DecisionFile.csvColumn(getClass(), "eachRuleGivesItsResultsRatingAndOnlyThatRuleMatches", 0))
                .containsExactlyInAnyOrderElementsOf(DECISION.ruleIds());
    }

    @Test
    void itKnowsTheSameUnitRatingsAsTheDistributionCurve() {
        DecisionFile curve = DecisionFile.load("bpmn/calibration/distribution-curve.dmn", DISTRIBUTION_CURVE_DECISION);

        assertThat(DECISION.inputValues(UNIT_RATING)).isEqualTo(curve.inputValues(UNIT_RATING));
    }

    @Test
    void everyResultsRatingItGivesIsOneThePerformanceRatingAccepts() {
        DecisionFile performance = DecisionFile.load("bpmn/rating/performance-rating.dmn", PERFORMANCE_RATING_DECISION);

        assertThat(DECISION.outputValues(RESULTS_RATING))
                .isEqualTo(performance.inputValues(RESULTS_RATING))
                .isEqualTo(performance.inputValues(BEHAVIOUR_RATING));
    }

    @ParameterizedTest(name = "the leader of a unit rated \"{0}\" gets no results rating")
    @CsvSource(textBlock = """
            EXCELLENT
            good
            Baik
            ''
            """)
    void anUnknownUnitRatingMatchesNoRuleAndGivesNoResultsRating(String unitRating) {
        DecisionFile.Evaluation evaluation = rate(unitRating);

        assertThat(evaluation.matchedRules()).isEmpty();
        assertThat(evaluation.result()).isEmpty();
    }

    @Test
    void theFileFollowsTheDmnConventionsWithHitPolicyUnique() {
        DECISION.assertFollowsConventions(HitPolicy.UNIQUE, UNIT_RATING);
    }

    private static DecisionFile.Evaluation rate(String unitRating) {
        return DECISION.evaluate(Variables.createVariables().putValue(UNIT_RATING, unitRating));
    }
}
