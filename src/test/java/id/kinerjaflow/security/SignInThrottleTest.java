package id.kinerjaflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The throttle's rules on a clock the test moves (no sleeping). */
class SignInThrottleTest {

    /** A clock that stands still until the test moves it. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-12-01T08:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final TestClock clock = new TestClock();
    final List<AccountEvent> events = new ArrayList<>();
    final SignInThrottle throttle = new SignInThrottle(clock, e -> events.add((AccountEvent) e));

    private void fail(String name, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(name, address, "signin.failed");
        }
    }

    @Test
    void theFifthFailureForANameBlocksItForAMinute() {
        fail("staf", "10.0.0.1", 4);
        assertThat(throttle.blockedUntil("staf", "10.0.0.2")).isEmpty();
        fail("staf", "10.0.0.1", 1);
        assertThat(throttle.blockedUntil("staf", "10.0.0.2")).contains(clock.now.plus(Duration.ofMinutes(1)));
        assertThat(throttle.blockedUntil("STAF ", null)).as("the name in any case").isPresent();
        assertThat(throttle.blockedUntil("kadis", "10.0.0.2")).as("another name from another address").isEmpty();
        assertThat(events).extracting(AccountEvent::kind).contains("signin.failed", "signin.blocked");

        clock.advance(Duration.ofSeconds(61));
        assertThat(throttle.blockedUntil("staf", "10.0.0.2")).isEmpty();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        fail("staf", null, 4);
        clock.advance(Duration.ofMinutes(16));
        fail("staf", null, 4);
        assertThat(throttle.blockedUntil("staf", null)).isEmpty();
    }

    @Test
    void eachFurtherBlockDoublesTheWaitUpToAnHour() {
        List<Duration> waits = new ArrayList<>();
        for (int block = 0; block < 9; block++) {
            fail("staf", null, 5);
            Instant until = throttle.blockedUntil("staf", null).orElseThrow();
            waits.add(Duration.between(clock.now, until));
            clock.advance(Duration.between(clock.now, until).plusSeconds(1));
        }
        assertThat(waits).extracting(Duration::toMinutes).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
    }

    @Test
    void attemptsWhileBlockedDoNotLengthenTheWait() {
        fail("staf", null, 5);
        Instant until = throttle.blockedUntil("staf", null).orElseThrow();
        clock.advance(Duration.ofSeconds(30));
        fail("staf", null, 10);
        assertThat(throttle.blockedUntil("staf", null)).contains(until);
    }

    @Test
    void anAddressIsBlockedAfterTwentyFailuresOverManyNames() {
        for (int i = 0; i < 19; i++) {
            throttle.failed("user" + i, "10.0.0.9", "signin.failed");
        }
        assertThat(throttle.blockedUntil("someone", "10.0.0.9")).isEmpty();
        throttle.failed("user19", "10.0.0.9", "signin.failed");
        assertThat(throttle.blockedUntil("someone", "10.0.0.9")).as("any name from that address").isPresent();
        assertThat(throttle.blockedUntil("someone", "10.0.0.10")).isEmpty();
    }

    @Test
    void successForgetsTheNamesFailuresAndAnAdministratorCanUnlock() {
        fail("staf", null, 4);
        throttle.succeeded("staf");
        fail("staf", null, 4);
        assertThat(throttle.blockedUntil("staf", null)).isEmpty();

        fail("staf", null, 1);
        assertThat(throttle.accountBlockedUntil("staf")).isPresent();
        throttle.unlock("staf");
        assertThat(throttle.accountBlockedUntil("staf")).isEmpty();
    }

    @Test
    void unknownAndKnownNamesAreTreatedAlike() {
        fail("nobody-has-this-name", "10.0.0.3", 5);
        assertThat(throttle.blockedUntil("nobody-has-this-name", null)).isPresent();
    }
}
