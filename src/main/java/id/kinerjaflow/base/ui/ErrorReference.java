package id.kinerjaflow.base.ui;

import java.security.SecureRandom;

import org.slf4j.Logger;

/**
 * A reference number for an unexpected error ({@code KF-} and six characters, e.g. {@code KF-7QX2MD}):
 * the user sees the number only, the log holds the stack trace under it, so an administrator finds
 * the one from the other and no internal detail reaches the page (issue 17, item 7).
 */
public final class ErrorReference {

    /** No 0/O, 1/I/L: read out over the phone without doubt. */
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {
    }

    public static String next() {
        StringBuilder reference = new StringBuilder("KF-");
        for (int i = 0; i < 6; i++) {
            reference.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return reference.toString();
    }

    /** Logs the error with its stack trace under a new reference; returns the reference. */
    public static String log(Logger log, String what, Throwable error) {
        String reference = next();
        log.error("{} {}", reference, what, error);
        return reference;
    }
}
