package id.kinerjaflow.rating;

/** A rating against expectation: per indicator, per RHK, per value, and overall results/behaviour. */
public enum Expectation {
    /** Di Atas Ekspektasi. */
    ABOVE_EXPECTATION,
    /** Sesuai Ekspektasi. */
    AS_EXPECTED,
    /** Di Bawah Ekspektasi. */
    BELOW_EXPECTATION
}
