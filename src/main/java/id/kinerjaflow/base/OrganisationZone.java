package id.kinerjaflow.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The organisation's time zone (WIB, WITA or WIT, set on the first-start page): every date and
 * time on screen, in exports and letters, and every deadline that a day picked in a form stands
 * for (a cycle's "agreement by 31 January" ends at 23:59:59 in Gorontalo's WITA, not Jakarta's
 * WIB) is read in it.
 *
 * <p>The zone is needed in static formatting helpers and in code that has no Spring bean at hand,
 * so {@link #current()} is static. It answers from a copy that the bean refreshes when the
 * setting is saved on this node and, for the other nodes of a cluster, at most a minute later.
 * Before the application has started (plain unit tests) it is WIB.
 */
@Component
public class OrganisationZone {

    /** Until the organisation has chosen: Indonesian western time. */
    public static final ZoneId DEFAULT = OrganisationSettings.TimeZoneChoice.WIB.zone();

    private static final Duration REFRESH = Duration.ofMinutes(1);
    private static final AtomicReference<OrganisationZone> ACTIVE = new AtomicReference<>();

    private final OrganisationSettings settings;
    private final Clock clock;
    private volatile OrganisationSettings.TimeZoneChoice choice = OrganisationSettings.TimeZoneChoice.WIB;
    private volatile Instant readAt = Instant.MIN;

    OrganisationZone(OrganisationSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The organisation's zone, e.g. Asia/Makassar for WITA. */
    public static ZoneId current() {
        return currentChoice().zone();
    }

    /** The organisation's zone as people name it: WIB, WITA or WIT. */
    public static OrganisationSettings.TimeZoneChoice currentChoice() {
        OrganisationZone active = ACTIVE.get();
        return active == null ? OrganisationSettings.TimeZoneChoice.WIB : active.choice();
    }

    /** The first moment of a day picked in a form, in the organisation's zone. */
    public static Instant startOfDay(LocalDate day) {
        return day.atStartOfDay(current()).toInstant();
    }

    /** The last second of a day picked in a form, in the organisation's zone: a deadline "by that day". */
    public static Instant endOfDay(LocalDate day) {
        return day.atTime(LocalTime.of(23, 59, 59)).atZone(current()).toInstant();
    }

    @EventListener(ApplicationReadyEvent.class)
    void activate() {
        reload();
        ACTIVE.set(this);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void settingSaved(OrganisationSettings.Changed changed) {
        if (OrganisationSettings.TIME_ZONE.equals(changed.name())) {
            reload();
        }
    }

    /** Reads the setting again now. */
    public void reload() {
        choice = settings.timeZone();
        readAt = clock.instant();
    }

    OrganisationSettings.TimeZoneChoice choice() {
        if (Duration.between(readAt, clock.instant()).compareTo(REFRESH) > 0) {
            try {
                reload();
            } catch (RuntimeException e) {
                // the database is away for a moment: keep showing times in the zone known so far
                readAt = clock.instant();
            }
        }
        return choice;
    }
}
