package id.kinerjaflow.cycle;

/** Where a cycle stands. */
public enum CycleStatus {
    /** Being prepared; editable. */
    DRAFT,
    /** Appraisals started: target agreement and execution. */
    LAUNCHED,
    /** The review phase is open: self-review, peer feedback, supervisor review. */
    REVIEW_PHASE,
    /** Every appraisal final; read-only. */
    CLOSED
}
