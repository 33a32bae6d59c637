package id.kinerjaflow.security;

/**
 * Something that happened to an account or a sign-in, for the audit trail (the audit feature
 * listens; security does not depend on it). Published in the transaction of the change, so the
 * entry is written exactly when the change commits.
 *
 * @param kind    what happened, e.g. {@code account.role.granted}, {@code signin.failed}
 * @param actor   who did it (the signed-in user, or the name tried at a failed sign-in)
 * @param subject the account concerned (user name)
 * @param detail  more, in plain words (never a password or a code)
 */
public record AccountEvent(String kind, String actor, String subject, String detail) {
}
