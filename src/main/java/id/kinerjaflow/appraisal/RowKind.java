package id.kinerjaflow.appraisal;

/** RHK utama (main) or tambahan (additional). */
public enum RowKind {
    MAIN,
    ADDITIONAL
}
