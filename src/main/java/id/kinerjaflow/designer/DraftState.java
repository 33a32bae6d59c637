package id.kinerjaflow.designer;

/**
 * Where a draft is: being edited (DRAFT), checked without problems (CHECKED), approved by a second
 * person (APPROVED), deployed as a new version (DEPLOYED), or turned down by the approver (REJECTED).
 * An edit of a CHECKED, APPROVED or REJECTED draft makes it a DRAFT again.
 */
public enum DraftState {
    DRAFT, CHECKED, APPROVED, DEPLOYED, REJECTED
}
