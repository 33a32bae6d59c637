package id.kinerjaflow.org;

import id.kinerjaflow.base.OrganisationZone;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a NIP against the layout of its employment type (domain.md, "Reference data").
 *
 * <pre>
 * PNS : yyyymmdd (birth date) yyyymm (first appointment) s (sex: 1 male, 2 female) nnn (sequence)
 * PPPK: yyyymmdd (birth date) yyyy (appointment year) cc (a code, any two digits) s nnn
 * </pre>
 *
 * The NIP is checked as given: no trimming, no removal of spaces (normalise before calling).
 * When the value is not 18 digits, only the digit and length rules are reported, since the other
 * rules need positions. A birth date that breaks any of its own rules is not used for the
 * appointment-versus-18th-birthday check, so one wrong part gives one violation, not a cascade.
 */
public final class NipValidator {

    /** The time zone whose date {@link #validate(String, EmploymentType)} takes as today. */

    private static final int NIP_LENGTH = 18;
    private static final int MIN_BIRTH_YEAR = 1900;
    private static final int ADULT_AGE = 18;

    private NipValidator() {
    }

    /** {@link #validate(String, EmploymentType, LocalDate)} with today's date in the organisation's zone. */
    public static List<NipViolation> validate(String nip, EmploymentType type) {
        return validate(nip, type, LocalDate.now(OrganisationZone.current()));
    }

    /**
     * Every rule the NIP breaks, in the order the rules are declared in {@link NipRule}; an empty
     * list means the NIP is valid. Never null; the list is unmodifiable.
     */
    public static List<NipViolation> validate(String nip, EmploymentType type, LocalDate today) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(today, "today");
        if (nip == null || nip.isBlank()) {
            return List.of(violation(NipRule.REQUIRED));
        }
        List<NipViolation> found = new ArrayList<>();
        nip.codePoints().filter(c -> c < '0' || c > '9').findFirst()
                .ifPresent(c -> found.add(violation(NipRule.DIGITS_ONLY, Character.toString(c))));
        int length = nip.codePointCount(0, nip.length());
        if (length != NIP_LENGTH) {
            found.add(violation(NipRule.LENGTH, length));
        }
        if (!found.isEmpty()) {
            return List.copyOf(found);
        }

        Optional<LocalDate> birthDate = checkBirthDate(nip, today, found);
        switch (type) {
            case PNS -> checkPnsAppointment(nip, birthDate, today, found);
            case PPPK -> checkPppkAppointment(nip, birthDate, today, found);
        }
        char sex = nip.charAt(14);
        if (sex != '1' && sex != '2') {
            found.add(violation(NipRule.SEX_DIGIT_INVALID, String.valueOf(sex)));
        }
        String sequence = nip.substring(15, 18);
        if (sequence.equals("000")) {
            found.add(violation(NipRule.SEQUENCE_INVALID, sequence));
        }
        found.sort(Comparator.comparing(NipViolation::rule));
        return List.copyOf(found);
    }

    /** The birth date, if it breaks none of the birth date rules. */
    private static Optional<LocalDate> checkBirthDate(String nip, LocalDate today, List<NipViolation> found) {
        String part = nip.substring(0, 8);
        int year = number(nip, 0, 4);
        boolean valid = true;
        if (year < MIN_BIRTH_YEAR) {
            found.add(violation(NipRule.BIRTH_YEAR_BEFORE_1900, part));
            valid = false;
        }
        LocalDate date;
        try {
            date = LocalDate.of(year, number(nip, 4, 6), number(nip, 6, 8));
        } catch (DateTimeException notADate) {
            found.add(violation(NipRule.BIRTH_DATE_INVALID, part));
            return Optional.empty();
        }
        if (date.isAfter(today)) {
            found.add(violation(NipRule.BIRTH_DATE_IN_FUTURE, part, formatDate(today)));
            valid = false;
        }
        return valid ? Optional.of(date) : Optional.empty();
    }

    private static void checkPnsAppointment(String nip, Optional<LocalDate> birthDate, LocalDate today,
                                            List<NipViolation> found) {
        String part = nip.substring(8, 14);
        int month = number(nip, 12, 14);
        if (month < 1 || month > 12) {
            found.add(violation(NipRule.APPOINTMENT_MONTH_INVALID, part, nip.substring(12, 14)));
            return;
        }
        YearMonth appointment = YearMonth.of(number(nip, 8, 12), month);
        YearMonth currentMonth = YearMonth.from(today);
        if (appointment.isAfter(currentMonth)) {
            found.add(violation(NipRule.APPOINTMENT_IN_FUTURE, part, formatMonth(currentMonth)));
        }
        birthDate.ifPresent(birth -> {
            YearMonth adult = YearMonth.from(birth.plusYears(ADULT_AGE));
            if (appointment.isBefore(adult)) {
                found.add(violation(NipRule.APPOINTMENT_BEFORE_AGE_18, part, formatMonth(adult)));
            }
        });
    }

    private static void checkPppkAppointment(String nip, Optional<LocalDate> birthDate, LocalDate today,
                                             List<NipViolation> found) {
        String part = nip.substring(8, 12);
        int year = number(nip, 8, 12);
        if (year > today.getYear()) {
            found.add(violation(NipRule.APPOINTMENT_YEAR_IN_FUTURE, part, formatYear(today.getYear())));
        }
        birthDate.ifPresent(birth -> {
            int adult = birth.getYear() + ADULT_AGE;
            if (year < adult) {
                found.add(violation(NipRule.APPOINTMENT_YEAR_BEFORE_AGE_18, part, formatYear(adult)));
            }
        });
    }

    private static int number(String digits, int from, int to) {
        return Integer.parseInt(digits.substring(from, to));
    }

    private static String formatDate(LocalDate date) {
        return formatMonth(YearMonth.from(date)) + String.format(Locale.ROOT, "%02d", date.getDayOfMonth());
    }

    private static String formatMonth(YearMonth month) {
        return formatYear(month.getYear()) + String.format(Locale.ROOT, "%02d", month.getMonthValue());
    }

    private static String formatYear(int year) {
        return String.format(Locale.ROOT, "%04d", year);
    }

    private static NipViolation violation(NipRule rule, Object... args) {
        return new NipViolation(rule, List.of(args));
    }
}
