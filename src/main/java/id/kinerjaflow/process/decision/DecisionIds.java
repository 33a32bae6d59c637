package id.kinerjaflow.process.decision;

/**
 * The ids of KinerjaFlow's DMN decisions and the names of their inputs and outputs, as they are
 * written in the files under {@code bpmn/}. Code that evaluates a decision or reads its result uses
 * these names, never a literal, so a renamed input shows up as a compile error and a failing
 * decision test instead of a silent empty result.
 *
 * <p>The values of the inputs and outputs are English codes; the UI shows the Indonesian labels
 * (domain.md, glossary).
 */
public final class DecisionIds {

    // ---------------------------------------------------------------- decisions (id = file name)

    /** {@code bpmn/rating/performance-rating.dmn}: predikat kinerja pegawai from the two ratings. */
    public static final String PERFORMANCE_RATING_DECISION = "performance-rating";
    /** {@code bpmn/rating/indicator-rating.dmn}: the suggested rating of one RHK from its achievement. */
    public static final String INDICATOR_RATING_DECISION = "indicator-rating";
    /** {@code bpmn/rating/results-rating.dmn}: the suggested overall results rating from the RHK ratings. */
    public static final String RESULTS_RATING_DECISION = "results-rating";
    /** {@code bpmn/calibration/distribution-curve.dmn}: the bands of the curve for a unit rating. */
    public static final String DISTRIBUTION_CURVE_DECISION = "distribution-curve";
    /** {@code bpmn/calibration/unit-leader-results-rating.dmn}: the unit rating as its leader's results rating. */
    public static final String UNIT_LEADER_RESULTS_RATING_DECISION = "unit-leader-results-rating";

    // ---------------------------------------------------------------- ratings (inputs and outputs)

    /**
     * Rating hasil kerja: {@code ABOVE_EXPECTATION}, {@code AS_EXPECTED} or {@code BELOW_EXPECTATION}.
     * Output of results-rating and unit-leader-results-rating, input of performance-rating.
     */
    public static final String RESULTS_RATING = "resultsRating";
    /** Rating perilaku kerja, same three codes as the results rating. Input of performance-rating. */
    public static final String BEHAVIOUR_RATING = "behaviourRating";
    /**
     * Predikat kinerja pegawai: {@code VERY_GOOD}, {@code GOOD}, {@code NEEDS_IMPROVEMENT}, {@code POOR}
     * or {@code VERY_POOR}. Output of performance-rating.
     */
    public static final String PERFORMANCE_RATING = "performanceRating";
    /**
     * Predikat kinerja organisasi: {@code OUTSTANDING}, {@code GOOD}, {@code NEEDS_IMPROVEMENT},
     * {@code POOR} or {@code VERY_POOR}. Input of distribution-curve and unit-leader-results-rating.
     */
    public static final String UNIT_RATING = "unitRating";

    // ---------------------------------------------------------------- indicator-rating

    /** Input: achievement = actual / target in percent, a double already capped at 120 by the caller. */
    public static final String ACHIEVEMENT = "achievement";
    /** Output: a results-rating code, the suggestion for one RHK row. */
    public static final String INDICATOR_RATING = "indicatorRating";

    // ---------------------------------------------------------------- results-rating

    /** Input: the share (0..1) of all RHK rows rated above expectation. */
    public static final String SHARE_ABOVE = "shareAbove";
    /** Input: the share (0..1) of all RHK rows rated as expected. */
    public static final String SHARE_AS_EXPECTED = "shareAsExpected";
    /** Input: the share (0..1) of all RHK rows rated below expectation. */
    public static final String SHARE_BELOW = "shareBelow";
    /** Input: the share (0..1) of the RHK utama rows rated below expectation; 0 when there is no RHK utama. */
    public static final String SHARE_MAIN_BELOW = "shareMainBelow";
    /** Input: true when at least one RHK utama row is rated below expectation. */
    public static final String ANY_MAIN_BELOW = "anyMainBelow";

    // ---------------------------------------------------------------- distribution-curve (one result per band)

    /** Output: the band's short id, e.g. {@code OUTSTANDING_VERY_GOOD_MAX}. */
    public static final String BAND = "band";
    /** Output: the performance-rating codes the band counts together, comma-separated without spaces. */
    public static final String RATINGS = "ratings";
    /** Output: the least share (0..1) of employees with those ratings; absent when the band sets none. */
    public static final String MIN_SHARE = "minShare";
    /** Output: the greatest share (0..1) of employees with those ratings; absent when the band sets none. */
    public static final String MAX_SHARE = "maxShare";
    /** Output: true when at least one employee must have one of those ratings. */
    public static final String MUST_EXIST = "mustExist";

    private DecisionIds() {
    }
}
