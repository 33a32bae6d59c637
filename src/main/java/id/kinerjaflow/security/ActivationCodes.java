package id.kinerjaflow.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * One-time activation codes: 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L),
 * about 60 bits from {@link SecureRandom}. Only a SHA-256 hash of the code, salted with the user
 * name, is stored. A slow password hash is not needed for a random secret of this size (nobody
 * can try 2^60 candidates against a hash), and it would make an import of 5,000 employees'
 * letters take minutes; guessing online is throttled like a sign-in.
 */
final class ActivationCodes {

    static final int LENGTH = 12;
    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ActivationCodes() {
    }

    static String newCode() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    /** The code as printed, in groups of four: ABCD-EFGH-JKMN. */
    static String printed(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }

    /** The code as typed: case, spaces and dashes do not matter. */
    static String normalised(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    static String hash(String username, String code) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((username + ":" + normalised(code)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
