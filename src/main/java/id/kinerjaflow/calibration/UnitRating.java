package id.kinerjaflow.calibration;

/** The unit rating (predikat kinerja organisasi), set by the leader one level up. */
public enum UnitRating {
    /** Istimewa. */
    OUTSTANDING,
    /** Baik. */
    GOOD,
    /** Butuh Perbaikan. */
    NEEDS_IMPROVEMENT,
    /** Kurang. */
    POOR,
    /** Sangat Kurang. */
    VERY_POOR
}
