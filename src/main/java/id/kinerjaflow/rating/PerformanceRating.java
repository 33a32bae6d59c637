package id.kinerjaflow.rating;

/** The performance rating (predikat kinerja pegawai), from the matrix of PermenPANRB 6/2022. */
public enum PerformanceRating {
    /** Sangat Baik. */
    VERY_GOOD,
    /** Baik. */
    GOOD,
    /** Butuh Perbaikan. */
    NEEDS_IMPROVEMENT,
    /** Kurang / Misconduct. */
    POOR,
    /** Sangat Kurang. */
    VERY_POOR
}
