package id.kinerjaflow.process.decision;

import static id.kinerjaflow.process.decision.DecisionIds.ACHIEVEMENT;
import static id.kinerjaflow.process.decision.DecisionIds.INDICATOR_RATING;
import static id.kinerjaflow.process.decision.DecisionIds.INDICATOR_RATING_DECISION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code bpmn/rating/indicator-rating.dmn}: the suggested rating of one RHK row from its achievement in
 * percent (domain.md, "Results rating from the RHK rows"). Thresholds: above 100 above expectation,
 * 80 up to and including 100 as expected, below 80 below expectation.
 */
class IndicatorRatingDecisionTest {

    private static final DecisionFile DECISION =
            DecisionFile.load("bpmn/rating/indicator-rating.dmn", INDICATOR_RATING_DECISION);

    @ParameterizedTest(name = "an achievement of {1} % is {2} by {0}")
    @CsvSource(textBlock = """
            Rule_AboveTarget,     110, ABOVE_EXPECTATION
            Rule_AroundTarget,     90, AS_EXPECTED
            Rule_WellBelowTarget,  50, BELOW_EXPECTATION
            """)
    void eachRuleGivesItsRatingAndOnlyThatRuleMatches(String rule, double achievement, String rating) {
        DecisionFile.Evaluation evaluation = rate(achievement);

        assertThat(evaluation.matchedRules()).containsExactly(rule);
        assertThat(evaluation.single(INDICATOR_RATING)).isEqualTo(rating);
    }

    @ParameterizedTest(name = "at the boundary an achievement of {0} % is {2} by {1}")
    @CsvSource(textBlock = """
            0,          Rule_WellBelowTarget, BELOW_EXPECTATION
            79.99,      Rule_WellBelowTarget, BELOW_EXPECTATION
            79.9999999, Rule_WellBelowTarget, BELOW_EXPECTATION
            80,         Rule_AroundTarget,    AS_EXPECTED
            100,        Rule_AroundTarget,    AS_EXPECTED
            100.0000001, Rule_AboveTarget,    ABOVE_EXPECTATION
            100.01,     Rule_AboveTarget,     ABOVE_EXPECTATION
            120,        Rule_AboveTarget,     ABOVE_EXPECTATION
            """)
    void theBoundariesBelongToTheRangeTheTableSays(double achievement, String rule, String rating) {
        DecisionFile.Evaluation evaluation = rate(achievement);

        assertThat(evaluation.matchedRules()).containsExactly(rule);
        assertThat(evaluation.single(INDICATOR_RATING)).isEqualTo(rating);
    }

    @ParameterizedTest(name = "an uncapped achievement of {0} % still gets exactly one rating: {1}")
    @CsvSource(textBlock = """
            -5,  BELOW_EXPECTATION
            250, ABOVE_EXPECTATION
            """)
    void theRangesCoverEveryNumberNotOnlyZeroToOneHundredTwenty(double achievement, String rating) {
        DecisionFile.Evaluation evaluation = rate(achievement);

        assertThat(evaluation.matchedRules()).hasSize(1);
        assertThat(evaluation.single(INDICATOR_RATING)).isEqualTo(rating);
    }

    @Test
    void aWholeNumberGivenAsAnIntegerIsRatedLikeTheSameDouble() {
        DecisionFile.Evaluation evaluation = DECISION.evaluate(Variables.createVariables().putValue(ACHIEVEMENT, 80));

        assertThat(evaluation.matchedRules()).containsExactly("Rule_AroundTarget");
    }

    @Test
    void everyRuleOfTheFileHasExactlyOneLineInTheTableOfThisTest() {
        assertThat(DecisionFile.csvColumn(getClass(), "eachRuleGivesItsRatingAndOnlyThatRuleMatches", 0))
                .containsExactlyInAnyOrderElementsOf(DECISION.ruleIds());
    }

    @Test
    void aMissingAchievementMatchesNoRuleAndGivesNoRating() {
        DecisionFile.Evaluation evaluation = DECISION.evaluate(Variables.createVariables().putValue(ACHIEVEMENT, null));

        assertThat(evaluation.matchedRules()).isEmpty();
        assertThat(evaluation.result()).isEmpty();
    }

    @Test
    void anAchievementThatIsNotANumberIsRefused() {
        assertThatThrownBy(() -> DECISION.evaluate(Variables.createVariables().putValue(ACHIEVEMENT, "ninety")))
                .hasMessageContaining("ninety");
    }

    @Test
    void theFileFollowsTheDmnConventionsWithHitPolicyUnique() {
        DECISION.assertFollowsConventions(HitPolicy.UNIQUE, ACHIEVEMENT);
    }

    private static DecisionFile.Evaluation rate(double achievement) {
        return DECISION.evaluate(Variables.createVariables().putValue(ACHIEVEMENT, achievement));
    }
}
