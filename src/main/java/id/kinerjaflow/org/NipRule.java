package id.kinerjaflow.org;

/**
 * The rules a NIP (civil servant number) must follow; see domain.md, "Reference data". Each rule
 * documents the arguments its {@link NipViolation} carries, in the order of the placeholders
 * {0}, {1} of its message ({@link #messageKey()}). Digit positions count from 1. Dates and months
 * in the arguments are written the way the NIP writes them: {@code yyyymmdd}, {@code yyyymm},
 * {@code yyyy}.
 */
public enum NipRule {
    /** Null or blank. No arguments. */
    REQUIRED,
    /** A character other than 0-9. {0}: the first such character. */
    DIGITS_ONLY,
    /** Not exactly 18 characters. {0}: the number of characters (an Integer). */
    LENGTH,
    /** Digits 1-8 are not a calendar date. {0}: digits 1-8. */
    BIRTH_DATE_INVALID,
    /** The birth year (digits 1-4) is before 1900. {0}: digits 1-8. */
    BIRTH_YEAR_BEFORE_1900,
    /** The birth date is after today. {0}: digits 1-8; {1}: today. */
    BIRTH_DATE_IN_FUTURE,
    /** PNS: the appointment month (digits 13-14) is not 01-12. {0}: digits 9-14; {1}: digits 13-14. */
    APPOINTMENT_MONTH_INVALID,
    /** PNS: the appointment month is after the current month. {0}: digits 9-14; {1}: the current month. */
    APPOINTMENT_IN_FUTURE,
    /**
     * PNS: the appointment month is before the month of the 18th birthday. {0}: digits 9-14;
     * {1}: the month of the 18th birthday (the earliest valid appointment month).
     */
    APPOINTMENT_BEFORE_AGE_18,
    /** PPPK: the appointment year (digits 9-12) is after the current year. {0}: digits 9-12; {1}: the current year. */
    APPOINTMENT_YEAR_IN_FUTURE,
    /**
     * PPPK: the appointment year is before the birth year + 18. {0}: digits 9-12; {1}: the birth
     * year + 18 (the earliest valid appointment year).
     */
    APPOINTMENT_YEAR_BEFORE_AGE_18,
    /** The sex digit (digit 15) is neither 1 (male) nor 2 (female). {0}: digit 15. */
    SEX_DIGIT_INVALID,
    /** The sequence (digits 16-18) is 000. {0}: digits 16-18. */
    SEQUENCE_INVALID;

    /** The key of this rule's message in messages*.properties: {@code nip.<NAME>}. */
    public String messageKey() {
        return "nip." + name();
    }
}
