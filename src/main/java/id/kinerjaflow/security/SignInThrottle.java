package id.kinerjaflow.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Slows down password and code guessing (issue 17.4). Failures are counted per account name (the
 * name tried, whether or not such an account exists, so the answer never tells) and per client
 * address, over a window of {@link #WINDOW}: the {@value #ACCOUNT_LIMIT}th failure for one name in
 * the window, or the {@value #ADDRESS_LIMIT}th from one address, blocks it for a minute; each
 * further block of the same name or address doubles the wait, up to an hour. While blocked, every
 * attempt is refused without looking at the password. A successful sign-in forgets the name's
 * failures; an administrator can unlock a name at once; a name or address quiet for a day is
 * forgotten. Counts live in memory (one application instance): a restart forgets them, while an
 * administrator's lock ({@code app_user.locked}) stays.
 * Sign-ins through the login form, the engine REST API (HTTP Basic), Camunda's webapps and
 * activation codes all pass through here.
 */
@Component
public class SignInThrottle {

    static final int ACCOUNT_LIMIT = 5;
    static final int ADDRESS_LIMIT = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_WAIT = Duration.ofMinutes(1);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);
    static final Duration FORGET_AFTER = Duration.ofDays(1);
    private static final int MAX_ENTRIES = 100_000;

    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    @Autowired
    SignInThrottle(Clock clock, ApplicationEventPublisher events) {
        this.clock = clock;
        this.events = events;
    }

    private static final class Counter {
        int failures;
        Instant windowStart;
        Instant blockedUntil;
        int blocks;
        Instant lastFailure;
    }

    /** Until when sign-ins for this name, or from this address, are refused; empty if they are not. */
    public Optional<Instant> blockedUntil(String name, String address) {
        Instant now = clock.instant();
        Instant account = blocked(accountKey(name), now);
        Instant client = address == null ? null : blocked(addressKey(address), now);
        if (account == null) {
            return Optional.ofNullable(client);
        }
        return Optional.of(client == null || account.isAfter(client) ? account : client);
    }

    /** Whether this account name is blocked now (for the administration screen). */
    public Optional<Instant> accountBlockedUntil(String name) {
        return Optional.ofNullable(blocked(accountKey(name), clock.instant()));
    }

    /** Counts a failed sign-in (or a wrong activation code) for the name and the address. */
    public void failed(String name, String address, String what) {
        Instant now = clock.instant();
        forgetOld(now);
        String shown = shown(name);
        events.publishEvent(new AccountEvent(what, shown, shown, address == null ? "" : "address " + address));
        count(accountKey(name), ACCOUNT_LIMIT, now, shown, address, "name");
        if (address != null) {
            count(addressKey(address), ADDRESS_LIMIT, now, shown, address, "address");
        }
    }

    /** A correct sign-in: the name's failures are forgotten (the address keeps its own count). */
    public void succeeded(String name) {
        counters.remove(accountKey(name));
    }

    /** An administrator lifts the block of an account name. */
    public void unlock(String name) {
        counters.remove(accountKey(name));
    }

    private void count(String key, int limit, Instant now, String name, String address, String by) {
        Counter c = counters.computeIfAbsent(key, k -> new Counter());
        Duration wait = null;
        synchronized (c) {
            if (c.lastFailure != null && c.lastFailure.plus(FORGET_AFTER).isBefore(now)) {
                c.blocks = 0; // quiet for a day: the waits start small again
            }
            c.lastFailure = now;
            if (c.blockedUntil != null && now.isBefore(c.blockedUntil)) {
                return; // refused anyway; the wait does not grow from attempts during it
            }
            if (c.windowStart == null || !now.isBefore(c.windowStart.plus(WINDOW))) {
                c.windowStart = now;
                c.failures = 0;
            }
            c.failures++;
            if (c.failures >= limit) {
                wait = FIRST_WAIT.multipliedBy(1L << Math.min(c.blocks, 12));
                if (wait.compareTo(LONGEST_WAIT) > 0) {
                    wait = LONGEST_WAIT;
                }
                c.blockedUntil = now.plus(wait);
                c.blocks++;
                c.failures = 0;
                c.windowStart = null;
            }
        }
        if (wait != null) {
            events.publishEvent(new AccountEvent("signin.blocked", name, by.equals("name") ? name : "",
                    "by " + by + (address == null ? "" : ", address " + address) + ", " + wait.toMinutes() + " min"));
        }
    }

    private Instant blocked(String key, Instant now) {
        Counter c = counters.get(key);
        if (c == null) {
            return null;
        }
        synchronized (c) {
            return c.blockedUntil != null && now.isBefore(c.blockedUntil) ? c.blockedUntil : null;
        }
    }

    private void forgetOld(Instant now) {
        if (counters.size() < MAX_ENTRIES / 10) {
            return;
        }
        Instant horizon = now.minus(counters.size() >= MAX_ENTRIES ? WINDOW : FORGET_AFTER);
        counters.entrySet().removeIf(e -> {
            Counter c = e.getValue();
            synchronized (c) {
                return c.lastFailure == null || c.lastFailure.isBefore(horizon)
                        && (c.blockedUntil == null || c.blockedUntil.isBefore(now));
            }
        });
    }

    private static String accountKey(String name) {
        return "n:" + shown(name).toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }

    private static String shown(String name) {
        String n = name == null ? "" : name.strip();
        return n.length() > 60 ? n.substring(0, 60) : n;
    }
}
