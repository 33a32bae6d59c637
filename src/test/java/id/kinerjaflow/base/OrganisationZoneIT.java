package id.kinerjaflow.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.kinerjaflow.IntegrationTest;
import id.kinerjaflow.audit.AuditTexts;
import id.kinerjaflow.base.OrganisationSettings.TimeZoneChoice;
import id.kinerjaflow.base.ui.FormKit;

/**
 * The organisation's time zone, chosen on the first-start page, is what times on screen and the
 * deadlines picked as days are read in: the same instant and the same day across WIB, WITA, WIT.
 */
@IntegrationTest
class OrganisationZoneIT {

    /** 31 January 2027, 01:30 UTC: 08.30 in Jakarta, 09.30 in Gorontalo, 10.30 in Jayapura. */
    private static final Instant AT = Instant.parse("2027-01-31T01:30:00Z");

    @Autowired
    OrganisationSettings settings;

    @AfterEach
    void backToWib() {
        settings.setText(OrganisationSettings.TIME_ZONE, TimeZoneChoice.WIB.name());
        assertThat(OrganisationZone.current()).isEqualTo(ZoneId.of("Asia/Jakarta"));
    }

    @Test
    void wibIsTheDefaultAndTimesSayIt() {
        assertThat(OrganisationZone.current()).isEqualTo(ZoneId.of("Asia/Jakarta"));
        assertThat(AuditTexts.dateTime(AT, Locale.forLanguageTag("id"))).contains("08.30").endsWith(" WIB");
    }

    @Test
    void gorontaloReadsEveryTimeInWita() {
        settings.setText(OrganisationSettings.TIME_ZONE, TimeZoneChoice.WITA.name());

        assertThat(OrganisationZone.current()).isEqualTo(ZoneId.of("Asia/Makassar"));
        assertThat(OrganisationZone.currentChoice()).isEqualTo(TimeZoneChoice.WITA);
        assertThat(FormKit.dateTime(AT)).contains("09.30").endsWith(" WITA");
        assertThat(FormKit.time(AT)).isEqualTo("09.30");
        assertThat(AuditTexts.dateTime(AT, Locale.ENGLISH)).endsWith(" WITA");
    }

    @Test
    void aDeadlineDayEndsAtMidnightInTheOrganisationsZone() {
        LocalDate lastDay = LocalDate.of(2027, 1, 31);
        assertThat(OrganisationZone.endOfDay(lastDay)).isEqualTo(Instant.parse("2027-01-31T16:59:59Z"));

        settings.setText(OrganisationSettings.TIME_ZONE, TimeZoneChoice.WITA.name());
        assertThat(OrganisationZone.endOfDay(lastDay)).isEqualTo(Instant.parse("2027-01-31T15:59:59Z"));
        assertThat(OrganisationZone.startOfDay(lastDay)).isEqualTo(Instant.parse("2027-01-30T16:00:00Z"));

        settings.setText(OrganisationSettings.TIME_ZONE, TimeZoneChoice.WIT.name());
        assertThat(OrganisationZone.endOfDay(lastDay)).isEqualTo(Instant.parse("2027-01-31T14:59:59Z"));
    }
}
