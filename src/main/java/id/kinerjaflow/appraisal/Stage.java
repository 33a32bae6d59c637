package id.kinerjaflow.appraisal;

/** Where an appraisal stands; set by the process (each step declares its stage in the diagram). */
public enum Stage {
    AGREEMENT,
    AWAITING_REVIEW_PHASE,
    SELF_REVIEW,
    PEER_FEEDBACK,
    SUPERVISOR_REVIEW,
    CALIBRATION,
    RESULT,
    APPEAL,
    FINAL
}
