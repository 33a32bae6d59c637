package id.kinerjaflow.process.decision;

import static id.kinerjaflow.process.decision.DecisionIds.BAND;
import static id.kinerjaflow.process.decision.DecisionIds.DISTRIBUTION_CURVE_DECISION;
import static id.kinerjaflow.process.decision.DecisionIds.MAX_SHARE;
import static id.kinerjaflow.process.decision.DecisionIds.MIN_SHARE;
import static id.kinerjaflow.process.decision.DecisionIds.MUST_EXIST;
import static id.kinerjaflow.process.decision.DecisionIds.PERFORMANCE_RATING;
import static id.kinerjaflow.process.decision.DecisionIds.PERFORMANCE_RATING_DECISION;
import static id.kinerjaflow.process.decision.DecisionIds.RATINGS;
import static id.kinerjaflow.process.decision.DecisionIds.UNIT_RATING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code bpmn/calibration/distribution-curve.dmn}: the bands of the distribution curve per unit rating
 * (domain.md, "Distribution curve by unit rating"). A COLLECT table: one rule per band, all bands of
 * the unit rating at once. In the tables an empty share is
 * null in the file: "no such bound".
 */
class DistributionCurveDecisionTest {

    private static final DecisionFile DECISION =
            DecisionFile.load("bpmn/calibration/distribution-curve.dmn", DISTRIBUTION_CURVE_DECISION);

    @ParameterizedTest(name = "unit {1}: band {2} counts {3}, min {4}, max {5}, must exist {6} ({0})")
    @CsvSource(textBlock = """
            Rule_Outstanding_VeryGoodMax,             OUTSTANDING,       OUTSTANDING_VERY_GOOD_MAX,                VERY_GOOD,                 ,    0.7, false
            Rule_Good_GoodMax,                        GOOD,              GOOD_GOOD_MAX,                            GOOD,                      ,    0.7, false
            Rule_Good_NeedsImprovementOrPoorMustExist, GOOD,             GOOD_NEEDS_IMPROVEMENT_OR_POOR_MUST_EXIST, 'NEEDS_IMPROVEMENT,POOR',  ,       , true
            Rule_NeedsImprovement_NeedsImprovementMin, NEEDS_IMPROVEMENT, NEEDS_IMPROVEMENT_NEEDS_IMPROVEMENT_MIN, NEEDS_IMPROVEMENT,         0.6,    , false
            Rule_NeedsImprovement_VeryGoodMax,        NEEDS_IMPROVEMENT, NEEDS_IMPROVEMENT_VERY_GOOD_MAX,          VERY_GOOD,                 ,    0.1, false
            Rule_Poor_PoorMin,                        POOR,              POOR_POOR_MIN,                            POOR,                      0.6,    , false
            Rule_Poor_NeedsImprovementMin,            POOR,              POOR_NEEDS_IMPROVEMENT_MIN,               NEEDS_IMPROVEMENT,         0.1,    , false
            Rule_Poor_VeryGoodMax,                    POOR,              POOR_VERY_GOOD_MAX,                       VERY_GOOD,                 ,    0.1, false
            Rule_VeryPoor_VeryPoorMin,                VERY_POOR,         VERY_POOR_VERY_POOR_MIN,                  VERY_POOR,                 0.6,    , false
            Rule_VeryPoor_PoorOrNeedsImprovementMin,  VERY_POOR,         VERY_POOR_POOR_OR_NEEDS_IMPROVEMENT_MIN,  'POOR,NEEDS_IMPROVEMENT',  0.1,    , false
            Rule_VeryPoor_VeryGoodMax,                VERY_POOR,         VERY_POOR_VERY_GOOD_MAX,                  VERY_GOOD,                 ,    0.0, false
            """)
    void eachRuleGivesItsBandForItsUnitRating(String rule, String unitRating, String band, String ratings,
            Double minShare, Double maxShare, boolean mustExist) {
        DecisionFile.Evaluation evaluation = curve(unitRating);

        assertThat(evaluation.matchedRules()).contains(rule);
        DmnDecisionRuleResult entry = evaluation.result().get(evaluation.matchedRules().indexOf(rule));
        assertThat(entry.getEntryMap()).containsOnlyKeys(BAND, RATINGS, MIN_SHARE, MAX_SHARE, MUST_EXIST);
        assertThat(entry.getEntryMap().get(BAND)).isEqualTo(band);
        assertThat(entry.getEntryMap().get(RATINGS)).isEqualTo(ratings);
        assertThat(entry.getEntryMap().get(MIN_SHARE)).isEqualTo(minShare);
        assertThat(entry.getEntryMap().get(MAX_SHARE)).isEqualTo(maxShare);
        assertThat(entry.getEntryMap().get(MUST_EXIST)).isEqualTo(mustExist);
    }

    @ParameterizedTest(name = "a unit rated {0} gets exactly the bands {1}")
    @CsvSource(textBlock = """
            OUTSTANDING,       Rule_Outstanding_VeryGoodMax
            GOOD,              Rule_Good_GoodMax Rule_Good_NeedsImprovementOrPoorMustExist
            NEEDS_IMPROVEMENT, Rule_NeedsImprovement_NeedsImprovementMin Rule_NeedsImprovement_VeryGoodMax
            POOR,              Rule_Poor_PoorMin Rule_Poor_NeedsImprovementMin Rule_Poor_VeryGoodMax
            VERY_POOR,         Rule_VeryPoor_VeryPoorMin Rule_VeryPoor_PoorOrNeedsImprovementMin Rule_VeryPoor_VeryGoodMax
            """)
    void eachUnitRatingGetsExactlyItsBandsInTableOrder(String unitRating, String rules) {
        DecisionFile.Evaluation evaluation = curve(unitRating);

        assertThat(evaluation.matchedRules()).containsExactly(rules.split(" "));
        assertThat(evaluation.result()).hasSize(evaluation.matchedRules().size());
    }

    @Test
    void everyBandCountsPerformanceRatingsAndSetsABoundOrRequiresAnEmployee() {
        Set<String> performanceRatings = DecisionFile
                .load("bpmn/rating/performance-rating.dmn", PERFORMANCE_RATING_DECISION)
                .outputValues(PERFORMANCE_RATING);
        SoftAssertions softly = new SoftAssertions();
        for (String unitRating : DECISION.inputValues(UNIT_RATING)) {
            for (DmnDecisionRuleResult result : curve(unitRating).result()) {
                Map<String, Object> band = result.getEntryMap();
                String id = (String) band.get(BAND);
                String ratings = (String) band.get(RATINGS);
                Double min = (Double) band.get(MIN_SHARE);
                Double max = (Double) band.get(MAX_SHARE);
                softly.assertThat(band).as("outputs of %s", id)
                        .containsOnlyKeys(BAND, RATINGS, MIN_SHARE, MAX_SHARE, MUST_EXIST);
                softly.assertThat(id).as("band id").startsWith(unitRating + "_");
                softly.assertThat(Arrays.asList(ratings.split(","))).as("ratings of %s", id)
                        .doesNotHaveDuplicates().isSubsetOf(performanceRatings);
                softly.assertThat(min != null || max != null || Boolean.TRUE.equals(band.get(MUST_EXIST)))
                        .as("%s sets a bound or requires an employee", id).isTrue();
                for (Double share : Arrays.asList(min, max)) {
                    if (share != null) {
                        softly.assertThat(share).as("share of %s", id).isBetween(0.0, 1.0);
                    }
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void everyRuleOfTheFileHasExactlyOneLineInTheTableOfThisTest() {
        assertThat(DecisionFile.csvColumn(getClass(), "eachRuleGivesItsBandForItsUnitRating", 0))
                .containsExactlyInAnyOrderElementsOf(DECISION.ruleIds());
        assertThat(DecisionFile.csvColumn(getClass(), "eachUnitRatingGetsExactlyItsBandsInTableOrder", 0))
                .containsExactlyInAnyOrderElementsOf(DECISION.inputValues(UNIT_RATING));
    }

    @ParameterizedTest(name = "a unit rated \"{0}\" gets no bands")
    @CsvSource(textBlock = """
            EXCELLENT
            outstanding
            Istimewa
            ''
            """)
    void anUnknownUnitRatingMatchesNoRuleAndGivesNoBands(String unitRating) {
        DecisionFile.Evaluation evaluation = curve(unitRating);

        assertThat(evaluation.matchedRules()).isEmpty();
        assertThat(evaluation.result()).isEmpty();
    }

    @Test
    void aMissingUnitRatingGivesNoBands() {
        assertThat(curve(null).result()).isEmpty();
    }

    @Test
    void theFileFollowsTheDmnConventionsWithHitPolicyCollect() {
        DECISION.assertFollowsConventions(HitPolicy.COLLECT, UNIT_RATING);
        assertThat(List.copyOf(DECISION.outputValues(BAND))).as("declared band ids")
                .containsExactlyInAnyOrderElementsOf(DecisionFile.csvColumn(getClass(),
                        "eachRuleGivesItsBandForItsUnitRating", 2));
    }

    private static DecisionFile.Evaluation curve(String unitRating) {
        return DECISION.evaluate(Variables.createVariables().putValue(UNIT_RATING, unitRating));
    }
}
