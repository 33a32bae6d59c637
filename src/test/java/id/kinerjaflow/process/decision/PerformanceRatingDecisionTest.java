package id.kinerjaflow.process.decision;

import static id.kinerjaflow.process.decision.DecisionIds.BEHAVIOUR_RATING;
import static id.kinerjaflow.process.decision.DecisionIds.PERFORMANCE_RATING;
import static id.kinerjaflow.process.decision.DecisionIds.PERFORMANCE_RATING_DECISION;
import static id.kinerjaflow.process.decision.DecisionIds.RESULTS_RATING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code bpmn/rating/performance-rating.dmn}: the performance rating matrix of PermenPANRB 6/2022
 * (domain.md, "Performance rating matrix"). One line per rule of the file.
 */
class PerformanceRatingDecisionTest {

    private static final DecisionFile DECISION =
            DecisionFile.load("bpmn/rating/performance-rating.dmn", PERFORMANCE_RATING_DECISION);

    private static final List<String> RATINGS = List.of("BELOW_EXPECTATION", "AS_EXPECTED", "ABOVE_EXPECTATION");

    /** domain.md's table as it is printed there: rows results rating, columns behaviour rating. */
    private static final String MATRIX_OF_DOMAIN_MD = """
            results \\ behaviour | BELOW_EXPECTATION | AS_EXPECTED       | ABOVE_EXPECTATION
            ABOVE_EXPECTATION   | POOR              | GOOD              | VERY_GOOD
            AS_EXPECTED         | POOR              | GOOD              | GOOD
            BELOW_EXPECTATION   | VERY_POOR         | NEEDS_IMPROVEMENT | NEEDS_IMPROVEMENT
            """;

    @ParameterizedTest(name = "{1} results with {2} behaviour give {3} by {0}")
    @CsvSource(textBlock = """
            Rule_AboveAndBelow,           ABOVE_EXPECTATION, BELOW_EXPECTATION, POOR
            Rule_AboveAndAsExpected,      ABOVE_EXPECTATION, AS_EXPECTED,       GOOD
            Rule_AboveAndAbove,           ABOVE_EXPECTATION, ABOVE_EXPECTATION, VERY_GOOD
            Rule_AsExpectedAndBelow,      AS_EXPECTED,       BELOW_EXPECTATION, POOR
            Rule_AsExpectedAndAsExpected, AS_EXPECTED,       AS_EXPECTED,       GOOD
            Rule_AsExpectedAndAbove,      AS_EXPECTED,       ABOVE_EXPECTATION, GOOD
            Rule_BelowAndBelow,           BELOW_EXPECTATION, BELOW_EXPECTATION, VERY_POOR
            Rule_BelowAndAsExpected,      BELOW_EXPECTATION, AS_EXPECTED,       NEEDS_IMPROVEMENT
            Rule_BelowAndAbove,           BELOW_EXPECTATION, ABOVE_EXPECTATION, NEEDS_IMPROVEMENT
            """)
    void eachRuleGivesItsCellOfTheMatrixAndOnlyThatRuleMatches(String rule, String results,
            String behaviour, String performance) {
        DecisionFile.Evaluation evaluation = rate(results, behaviour);

        assertThat(evaluation.matchedRules()).containsExactly(rule);
        assertThat(evaluation.single(PERFORMANCE_RATING)).isEqualTo(performance);
    }

    @Test
    void everyRuleOfTheFileHasExactlyOneLineInTheTableOfThisTest() {
        assertThat(DecisionFile.csvColumn(getClass(),
                "eachRuleGivesItsCellOfTheMatrixAndOnlyThatRuleMatches", 0))
                .containsExactlyInAnyOrderElementsOf(DECISION.ruleIds());
    }

    @Test
    void theThreeByThreeMatrixGivesExactlyTheNineCellsOfDomainMd() {
        Map<String, String> expected = new HashMap<>();
        List<String> lines = MATRIX_OF_DOMAIN_MD.lines().toList();
        List<String> columns = cells(lines.get(0)).subList(1, 4);
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = cells(line);
            for (int c = 0; c < 3; c++) {
                expected.put(cells.get(0) + " x " + columns.get(c), cells.get(c + 1));
            }
        }

        Map<String, String> actual = new HashMap<>();
        for (String results : RATINGS) {
            for (String behaviour : RATINGS) {
                DecisionFile.Evaluation evaluation = rate(results, behaviour);
                assertThat(evaluation.matchedRules()).as("%s x %s", results, behaviour).hasSize(1);
                actual.put(results + " x " + behaviour, (String) evaluation.single(PERFORMANCE_RATING));
            }
        }

        assertThat(expected).hasSize(9);
        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest(name = "results \"{0}\" with behaviour \"{1}\" give no rating")
    @CsvSource(textBlock = """
            EXCELLENT,          AS_EXPECTED
            AS_EXPECTED,        MISCONDUCT
            above_expectation,  AS_EXPECTED
            Sesuai Ekspektasi,  Sesuai Ekspektasi
            '',                 AS_EXPECTED
            ,                   AS_EXPECTED
            AS_EXPECTED,
            """)
    void anUnknownOrMissingCodeMatchesNoRuleAndGivesNoRating(String results, String behaviour) {
        // Documented in the table: no wildcards, so the caller sees an empty result and reports it.
        DecisionFile.Evaluation evaluation = rate(results, behaviour);

        assertThat(evaluation.matchedRules()).isEmpty();
        assertThat(evaluation.result()).isEmpty();
    }

    @Test
    void theFileFollowsTheDmnConventionsWithHitPolicyUnique() {
        DECISION.assertFollowsConventions(HitPolicy.UNIQUE, RESULTS_RATING, BEHAVIOUR_RATING);
        assertThat(DECISION.ruleIds()).hasSize(9);
    }

    private static DecisionFile.Evaluation rate(String results, String behaviour) {
        return DECISION.evaluate(Variables.createVariables()
                .putValue(RESULTS_RATING, results)
                .putValue(BEHAVIOUR_RATING, behaviour));
    }

    private static List<String> cells(String line) {
        return List.of(line.split("\\|")).stream().map(String::strip).toList();
    }
}
