package id.kinerjaflow.appraisal;

/**
 * Whether an appraisal was appealed. The appeal feature answers it (it builds on this package, so
 * this package asks through this interface rather than depending on it).
 */
public interface AppealRecords {

    /** True when the employee filed an appeal (keberatan) against the appraisal's result. */
    boolean appealed(Long appraisalId);
}
