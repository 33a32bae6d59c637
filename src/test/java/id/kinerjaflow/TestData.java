package id.kinerjaflow;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Valid, unique test NIPs, so that tests sharing one database never collide. The birth date
 * varies per call; the appointment is 22 years later, the sequence is 900 or above.
 */
public final class TestData {

    private static final AtomicInteger counter = new AtomicInteger((int) (System.nanoTime() % 5000));

    private TestData() {
    }

    /** A valid PNS NIP never handed out before in this JVM. */
    public static String pnsNip() {
        int n = counter.incrementAndGet();
        int year = 1960 + n % 40;
        int dayOfYear = (n / 40) % 336;
        int month = 1 + dayOfYear / 28;
        int day = 1 + dayOfYear % 28;
        int seq = 900 + (n / (40 * 336)) % 99; // the demo organisation uses low sequences
        return String.format("%04d%02d%02d%04d%02d%d%03d", year, month, day, year + 22, month, 1 + n % 2, seq);
    }

    /** A unique unit code. */
    public static String unitCode(String prefix) {
        return prefix + "-" + counter.incrementAndGet();
    }
}
