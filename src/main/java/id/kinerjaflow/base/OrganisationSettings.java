package id.kinerjaflow.base;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's settings (table {@code organisation_setting}, V10): set on the first-start
 * page and by the administrator. Callers check roles; this is plain storage.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationSettings {

    /** The organisation's name, shown on letters and the first-start page. */
    public static final String NAME = "name";
    /** The organisation's time zone: one of {@link TimeZoneChoice}. */
    public static final String TIME_ZONE = "time_zone";
    /** The organisation's logo, PNG or JPEG. */
    public static final String LOGO = "logo";
    /** The logo's media type. */
    public static final String LOGO_TYPE = "logo_type";
    /** "true" when HR may administer accounts (the administrator decides). */
    public static final String HR_MANAGES_ACCOUNTS = "hr_manages_accounts";
    /** Set once the first-start page was saved. */
    public static final String SET_UP = "set_up";

    /** The three time zones of Indonesia. */
    public enum TimeZoneChoice {
        WIB("Asia/Jakarta"), WITA("Asia/Makassar"), WIT("Asia/Jayapura");

        private final String zoneId;

        TimeZoneChoice(String zoneId) {
            this.zoneId = zoneId;
        }

        public java.time.ZoneId zone() {
            return java.time.ZoneId.of(zoneId);
        }
    }

    private final JdbcTemplate jdbc;

    OrganisationSettings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> text(String name) {
        List<String> found = jdbc.queryForList("select text_value from organisation_setting where name = ?",
                String.class, name);
        return found.stream().filter(v -> v != null).findFirst();
    }

    public boolean flag(String name) {
        return text(name).map(Boolean::parseBoolean).orElse(false);
    }

    public Optional<byte[]> binary(String name) {
        List<byte[]> found = jdbc.query("select binary_value from organisation_setting where name = ?",
                (rs, i) -> rs.getBytes(1), name);
        return found.stream().filter(v -> v != null).findFirst();
    }

    @Transactional
    public void setText(String name, String value) {
        jdbc.update("delete from organisation_setting where name = ?", name);
        jdbc.update("insert into organisation_setting (name, text_value) values (?, ?)", name, value);
    }

    @Transactional
    public void setBinary(String name, byte[] value) {
        jdbc.update("delete from organisation_setting where name = ?", name);
        jdbc.update("insert into organisation_setting (name, binary_value) values (?, ?)", name, value);
    }

    /**
     * The first-start page's settings, in one transaction: name, time zone and (when given) the
     * logo. Only an administrator.
     */
    @Transactional
    @org.springframework.security.access.annotation.Secured("ROLE_ADMIN")
    public void saveFirstStart(String name, TimeZoneChoice zone, byte[] logo, String logoType) {
        setText(NAME, name);
        setText(TIME_ZONE, zone.name());
        if (logo != null) {
            setBinary(LOGO, logo);
            setText(LOGO_TYPE, logoType);
        }
        setText(SET_UP, "true");
    }

    public TimeZoneChoice timeZone() {
        return text(TIME_ZONE).map(t -> {
            try {
                return TimeZoneChoice.valueOf(t);
            } catch (IllegalArgumentException e) {
                return TimeZoneChoice.WIB;
            }
        }).orElse(TimeZoneChoice.WIB);
    }
}
