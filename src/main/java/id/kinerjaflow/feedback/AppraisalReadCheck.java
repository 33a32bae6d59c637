package id.kinerjaflow.feedback;

/**
 * Whether the signed-in user may read an appraisal. The appraisal feature answers it (it builds on
 * this package, so this package asks through this interface rather than depending on it).
 */
public interface AppraisalReadCheck {

    /** Refuses (access denied) a user who may not read the appraisal. */
    void requireReadable(Long appraisalId);
}
