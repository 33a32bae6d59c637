package id.kinerjaflow.security;

/** Where an account stands, as the administration screen shows it. */
public enum AccountState {
    /** Created (by an import), no password yet: its holder activates it with a one-time code. */
    WAITING,
    /** Signs in with its password. */
    ACTIVE,
    /** Locked by an administrator, or for a while after too many failed sign-ins. */
    LOCKED,
    /** Disabled by an administrator, or its employee has left. */
    DISABLED
}
