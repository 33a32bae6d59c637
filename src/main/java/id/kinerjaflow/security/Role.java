package id.kinerjaflow.security;

/**
 * The roles of KinerjaFlow. They are also the Camunda groups (candidate groups of tasks).
 * EMPLOYEE and APPRAISER follow from the organisation; the others are granted to an account.
 */
public enum Role {
    /** Every account linked to an active employee. */
    EMPLOYEE(false),
    /** An employee who supervises at least one active employee. */
    APPRAISER(false),
    /** HR / BKD staff: run cycles, manage the organisation. */
    HR(true),
    /** Performance review board (Tim Penilai Kinerja): calibration. */
    BOARD(true),
    /** Read-only access to everything, for audit. */
    AUDITOR(true),
    /** Administrator: accounts, Camunda Cockpit and REST API. */
    ADMIN(true);

    private final boolean granted;

    Role(boolean granted) {
        this.granted = granted;
    }

    /** Whether the role is granted to an account (stored), rather than derived from the organisation. */
    public boolean isGranted() {
        return granted;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
