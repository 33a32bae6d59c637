package id.kinerjaflow.process.decision;

import static id.kinerjaflow.process.decision.DecisionIds.ANY_MAIN_BELOW;
import static id.kinerjaflow.process.decision.DecisionIds.RESULTS_RATING;
import static id.kinerjaflow.process.decision.DecisionIds.RESULTS_RATING_DECISION;
import static id.kinerjaflow.process.decision.DecisionIds.SHARE_ABOVE;
import static id.kinerjaflow.process.decision.DecisionIds.SHARE_AS_EXPECTED;
import static id.kinerjaflow.process.decision.DecisionIds.SHARE_BELOW;
import static id.kinerjaflow.process.decision.DecisionIds.SHARE_MAIN_BELOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code bpmn/rating/results-rating.dmn}: the suggested overall results rating from the ratings of the
 * RHK rows, after BKN's guidance (domain.md, "Results rating from the RHK rows"). "Most" is a share
 * above 0.5, "a small part" a share of at most 0.25. Columns of the tables: shareAbove,
 * shareAsExpected, shareBelow, shareMainBelow, anyMainBelow.
 */
class ResultsRatingDecisionTest {

    private static final DecisionFile DECISION =
            DecisionFile.load("bpmn/rating/results-rating.dmn", RESULTS_RATING_DECISION);

    @ParameterizedTest(name = "{0}: above {1}, as expected {2}, below {3}, utama below {4} (any: {5}) give {6}")
    @CsvSource(textBlock = """
            Rule_MostAboveNoMainBelow,          0.75, 0.25, 0,    0,    false, ABOVE_EXPECTATION
            Rule_MostAboveSmallPartOfMainBelow, 0.75, 0,    0.25, 0.25, true,  AS_EXPECTED
            Rule_MostAboveMainFallsShort,       0.6,  0,    0.4,  0.5,  true,  BELOW_EXPECTATION
            Rule_MostAsExpectedOrAbove,         0.25, 0.5,  0.25, 0.2,  true,  AS_EXPECTED
            Rule_MainFallsShort,                0.2,  0.4,  0.4,  0.5,  true,  BELOW_EXPECTATION
            Rule_MostBelow,                     0.1,  0.2,  0.7,  0.5,  true,  BELOW_EXPECTATION
            Rule_HalfBelowMainKept,             0,    0.5,  0.5,  0,    false, AS_EXPECTED
            """)
    void eachRuleGivesItsRatingAndOnlyThatRuleMatches(String rule, double above, double asExpected, double below,
            double mainBelow, boolean anyMainBelow, String rating) {
        DecisionFile.Evaluation evaluation = rate(above, asExpected, below, mainBelow, anyMainBelow);

        assertThat(evaluation.matchedRules()).containsExactly(rule);
        assertThat(evaluation.single(RESULTS_RATING)).isEqualTo(rating);
    }

    @ParameterizedTest(name = "above {0}, as expected {1}, below {2}, utama below {3} (any: {4}) give {6} by {5}: {7}")
    @CsvSource(textBlock = """
            0.5,       0.5,       0,         0,         false, Rule_MostAsExpectedOrAbove,         AS_EXPECTED,       half above is not most
            0.5000001, 0.4999999, 0,         0,         false, Rule_MostAboveNoMainBelow,          ABOVE_EXPECTATION, just over half above is most
            1,         0,         0,         0,         false, Rule_MostAboveNoMainBelow,          ABOVE_EXPECTATION, all above
            0.5000001, 0.2499999, 0.25,      0.25,      true,  Rule_MostAboveSmallPartOfMainBelow, AS_EXPECTED,       a quarter of the utama below is still a small part
            0.5000001, 0.2499999, 0.25,      0.2500001, true,  Rule_MostAboveMainFallsShort,       BELOW_EXPECTATION, just over a quarter of the utama below is more than a small part
            0.25,      0.25,      0.5,       0.25,      true,  Rule_HalfBelowMainKept,             AS_EXPECTED,       exactly half below with a quarter of the utama short
            0.25,      0.25,      0.5,       0.2500001, true,  Rule_MainFallsShort,                BELOW_EXPECTATION, exactly half below with more than a quarter of the utama short
            0.25,      0.2499999, 0.5000001, 0,         false, Rule_MostBelow,                     BELOW_EXPECTATION, just over half below is most below
            0,         0,         1,         1,         true,  Rule_MostBelow,                     BELOW_EXPECTATION, all below
            0.25,      0.2500001, 0.4999999, 0.25,      true,  Rule_MostAsExpectedOrAbove,         AS_EXPECTED,       just under half below
            0.2,       0.4,       0.4,       0.25,      true,  Rule_MostAsExpectedOrAbove,         AS_EXPECTED,       a quarter of the utama short is a small part
            0.2,       0.4,       0.4,       0.2500001, true,  Rule_MainFallsShort,                BELOW_EXPECTATION, just over a quarter of the utama short
            0.2,       0.4,       0.4,       0.5,       true,  Rule_MainFallsShort,                BELOW_EXPECTATION, the brief's example: below 0.4 and half the utama short
            0,         1,         0,         0,         false, Rule_MostAsExpectedOrAbove,         AS_EXPECTED,       all as expected
            """)
    void theThresholdsBelongToTheRuleTheTableSays(double above, double asExpected, double below, double mainBelow,
            boolean anyMainBelow, String rule, String rating, String why) {
        DecisionFile.Evaluation evaluation = rate(above, asExpected, below, mainBelow, anyMainBelow);

        assertThat(evaluation.matchedRules()).as(why).containsExactly(rule);
        assertThat(evaluation.single(RESULTS_RATING)).as(why).isEqualTo(rating);
    }

    /**
     * Every SKP of one to six RHK rows, each row utama or tambahan and rated above, as expected or below,
     * gets exactly one rule, and the rating BKN's guidance gives when it is read with whole numbers:
     * Di Atas when more than half are above and no utama is below; else Sesuai when at least half are as
     * expected or above and at most a quarter of the utama are below; else Di Bawah.
     */
    @Test
    void everySkpOfUpToSixRowsGetsExactlyOneRuleAndTheRatingOfTheGuidance() {
        SoftAssertions softly = new SoftAssertions();
        int skps = 0;
        for (int[] c : countsUpTo(6)) {
            int mainAbove = c[0], mainAsExpected = c[1], mainBelow = c[2];
            int otherAbove = c[3], otherAsExpected = c[4], otherBelow = c[5];
            int rows = mainAbove + mainAsExpected + mainBelow + otherAbove + otherAsExpected + otherBelow;
            int mainRows = mainAbove + mainAsExpected + mainBelow;
            int above = mainAbove + otherAbove;
            int atOrAbove = above + mainAsExpected + otherAsExpected;
            int below = mainBelow + otherBelow;

            String guidance;
            if (2 * above > rows && mainBelow == 0) {
                guidance = "ABOVE_EXPECTATION";
            } else if (2 * atOrAbove >= rows && 4 * mainBelow <= mainRows) {
                guidance = "AS_EXPECTED";
            } else {
                guidance = "BELOW_EXPECTATION";
            }

            DecisionFile.Evaluation evaluation = rate((double) above / rows,
                    (double) (mainAsExpected + otherAsExpected) / rows, (double) below / rows,
                    mainRows == 0 ? 0 : (double) mainBelow / mainRows, mainBelow > 0);
            String skp = String.format("utama %d/%d/%d, tambahan %d/%d/%d (above/as expected/below)",
                    mainAbove, mainAsExpected, mainBelow, otherAbove, otherAsExpected, otherBelow);
            softly.assertThat(evaluation.matchedRules()).as(skp).hasSize(1);
            softly.assertThat(evaluation.single(RESULTS_RATING)).as(skp).isEqualTo(guidance);
            skps++;
        }
        softly.assertAll();
        assertThat(skps).isEqualTo(923);
    }

    @Test
    void everyCombinationOfInputsGetsExactlyOneRuleEvenOneNoSkpCanProduce() {
        double[] shares = {0, 0.25, 0.2500001, 0.4999999, 0.5, 0.5000001, 1};
        SoftAssertions softly = new SoftAssertions();
        for (double above : shares) {
            for (double below : shares) {
                for (double mainBelow : shares) {
                    for (boolean anyMainBelow : new boolean[] {false, true}) {
                        DecisionFile.Evaluation evaluation = rate(above, 0.3, below, mainBelow, anyMainBelow);
                        softly.assertThat(evaluation.matchedRules())
                                .as("above %s, below %s, utama below %s (any: %s)", above, below, mainBelow,
                                        anyMainBelow)
                                .hasSize(1);
                    }
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void everyRuleOfTheFileHasExactlyOneLineInTheTableOfThisTest() {
        assertThat(DecisionFile.csvColumn(getClass(), "eachRuleGivesItsRatingAndOnlyThatRuleMatches", 0))
                .containsExactlyInAnyOrderElementsOf(DECISION.ruleIds());
    }

    @Test
    void aMissingShareMatchesNoRuleAndGivesNoRating() {
        VariableMap variables = variables(0.6, 0.4, 0, 0, false).putValue(SHARE_ABOVE, null);

        DecisionFile.Evaluation evaluation = DECISION.evaluate(variables);

        assertThat(evaluation.matchedRules()).isEmpty();
        assertThat(evaluation.result()).isEmpty();
    }

    @Test
    void aShareThatIsNotANumberIsRefused() {
        VariableMap variables = variables(0.6, 0.4, 0, 0, false).putValue(SHARE_BELOW, "some");

        assertThatThrownBy(() -> DECISION.evaluate(variables)).hasMessageContaining("some");
    }

    @Test
    void theFileFollowsTheDmnConventionsWithHitPolicyUnique() {
        DECISION.assertFollowsConventions(HitPolicy.UNIQUE,
                SHARE_ABOVE, SHARE_AS_EXPECTED, SHARE_BELOW, SHARE_MAIN_BELOW, ANY_MAIN_BELOW);
    }

    private static DecisionFile.Evaluation rate(double above, double asExpected, double below, double mainBelow,
            boolean anyMainBelow) {
        return DECISION.evaluate(variables(above, asExpected, below, mainBelow, anyMainBelow));
    }

    private static VariableMap variables(double above, double asExpected, double below, double mainBelow,
            boolean anyMainBelow) {
        return Variables.createVariables()
                .putValue(SHARE_ABOVE, above)
                .putValue(SHARE_AS_EXPECTED, asExpected)
                .putValue(SHARE_BELOW, below)
                .putValue(SHARE_MAIN_BELOW, mainBelow)
                .putValue(ANY_MAIN_BELOW, anyMainBelow);
    }

    /** Every six counts (utama above, as expected, below; tambahan the same) adding up to 1..max. */
    private static List<int[]> countsUpTo(int max) {
        List<int[]> all = new ArrayList<>();
        addCounts(new int[6], 0, max, all);
        all.removeIf(c -> c[0] + c[1] + c[2] + c[3] + c[4] + c[5] == 0);
        return all;
    }

    private static void addCounts(int[] counts, int position, int left, List<int[]> all) {
        if (position == counts.length) {
            all.add(counts.clone());
            return;
        }
        for (int n = 0; n <= left; n++) {
            counts[position] = n;
            addCounts(counts, position + 1, left - n, all);
        }
        counts[position] = 0;
    }
}
