package id.kinerjaflow.org;

import static id.kinerjaflow.org.EmploymentType.PNS;
import static id.kinerjaflow.org.EmploymentType.PPPK;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The NIP rules of domain.md, checked against a fixed today: 15 June 2025. Layout reminder:
 * PNS {@code yyyymmdd yyyymm s nnn}, PPPK {@code yyyymmdd yyyy cc s nnn}. In the tables an
 * unquoted empty NIP is {@code null}; quoted values keep their spaces.
 */
class NipValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    // ------------------------------------------------------------------------------------ PNS

    @ParameterizedTest(name = "{0} is a valid PNS number: {1}")
    @CsvSource(textBlock = """
            196904121995031003, an ordinary number
            199001012015012999, a woman with sequence 999
            190001011918011001, born in 1900 (the earliest year) and appointed at 18
            199001012025061001, appointed in the current month
            199005152008051001, appointed in the month of the 18th birthday (before the day itself)
            200002292018021001, born on 29 February of a leap century year; appointed in the 18th-birthday month
            200402292022021001, born on 29 February; the 18th birthday is 28 February 2022
            """)
    void validPnsNumbersBreakNoRule(String nip, String why) {
        assertThat(NipValidator.validate(nip, PNS, TODAY)).as(why).isEmpty();
    }

    @ParameterizedTest(name = "PNS \"{0}\" breaks {1}: {2}")
    @CsvSource(textBlock = """
            ,                      REQUIRED, no number at all
            '',                    REQUIRED, an empty string
            '   ',                 REQUIRED, only spaces
            19690412199503100A,    DIGITS_ONLY, a letter in 18 characters
            '19690412199503100\u0663', DIGITS_ONLY, an Arabic-Indic digit is not 0-9
            1969041219950310,      LENGTH, 16 digits
            1969041219950310030,   LENGTH, 19 digits
            '19690412 199503 1 003', DIGITS_ONLY LENGTH, written with spaces (callers normalise first)
            196902301995031003,    BIRTH_DATE_INVALID, 30 February
            199002292010031003,    BIRTH_DATE_INVALID, 29 February of a common year
            190002292010031003,    BIRTH_DATE_INVALID, 29 February 1900 (a century year that is not leap)
            196913011995031003,    BIRTH_DATE_INVALID, birth month 13
            196904001995031003,    BIRTH_DATE_INVALID, birth day 00
            189912311895031003,    BIRTH_YEAR_BEFORE_1900, born in 1899; no 18th-birthday check against a wrong birth date
            202506152025061001,    APPOINTMENT_BEFORE_AGE_18, born today (which is not in the future) and appointed this month
            000000001995031003,    BIRTH_DATE_INVALID BIRTH_YEAR_BEFORE_1900, birth digits all zero
            202506161995031003,    BIRTH_DATE_IN_FUTURE, born tomorrow; no 18th-birthday check against a wrong birth date
            196904121995001003,    APPOINTMENT_MONTH_INVALID, appointment month 00
            196904121995131003,    APPOINTMENT_MONTH_INVALID, appointment month 13
            196904122025071003,    APPOINTMENT_IN_FUTURE, appointed next month
            196904122026011003,    APPOINTMENT_IN_FUTURE, appointed next year
            199005152008041001,    APPOINTMENT_BEFORE_AGE_18, appointed the month before the 18th-birthday month
            200402292022011001,    APPOINTMENT_BEFORE_AGE_18, born on 29 February; appointed January 2022
            196904121995033003,    SEX_DIGIT_INVALID, sex digit 3
            196904121995030003,    SEX_DIGIT_INVALID, sex digit 0
            196904121995031000,    SEQUENCE_INVALID, sequence 000
            199603142022212003,    APPOINTMENT_MONTH_INVALID, a PPPK number (code 21 is not a month)
            196902301995130000,    BIRTH_DATE_INVALID APPOINTMENT_MONTH_INVALID SEX_DIGIT_INVALID SEQUENCE_INVALID, every part wrong
            201001012026011001,    APPOINTMENT_IN_FUTURE APPOINTMENT_BEFORE_AGE_18, a 15-year-old appointed next year
            203001012031011001,    BIRTH_DATE_IN_FUTURE APPOINTMENT_IN_FUTURE, born and appointed in the future
            """)
    void invalidPnsNumbersReportEveryRuleTheyBreak(String nip, String rules, String why) {
        assertThat(rulesBroken(nip, PNS)).as(why).containsExactlyInAnyOrderElementsOf(parseRules(rules));
    }

    // ----------------------------------------------------------------------------------- PPPK

    @ParameterizedTest(name = "{0} is a valid PPPK number: {1}")
    @CsvSource(textBlock = """
            199603142022212003, an ordinary number with code 21
            199603142022002003, code 00 (not a month and need not be one)
            199603142022992003, code 99
            199001012025211001, appointed in the current year
            200412312022211001, appointed in the year of the 18th birthday (before the day itself)
            200002292018211001, born on 29 February; appointed in the year of the 18th birthday
            """)
    void validPppkNumbersBreakNoRule(String nip, String why) {
        assertThat(NipValidator.validate(nip, PPPK, TODAY)).as(why).isEmpty();
    }

    @ParameterizedTest(name = "PPPK \"{0}\" breaks {1}: {2}")
    @CsvSource(textBlock = """
            '',                    REQUIRED, an empty string
            1996-03-14-2022-21,    DIGITS_ONLY, dashes in 18 characters
            19960314202221200,     LENGTH, 17 digits
            199002292018211001,    BIRTH_DATE_INVALID, 29 February of a common year
            189912312022211001,    BIRTH_YEAR_BEFORE_1900, born in 1899
            202506162022211001,    BIRTH_DATE_IN_FUTURE, born tomorrow; no 18th-birthday check against a wrong birth date
            199603142026212003,    APPOINTMENT_YEAR_IN_FUTURE, appointed next year
            200412312021211001,    APPOINTMENT_YEAR_BEFORE_AGE_18, appointed the year before the 18th birthday
            200002292017211001,    APPOINTMENT_YEAR_BEFORE_AGE_18, born on 29 February; appointed at 17
            199603142022213003,    SEX_DIGIT_INVALID, sex digit 3
            199603142022212000,    SEQUENCE_INVALID, sequence 000
            201001012026210000,    APPOINTMENT_YEAR_IN_FUTURE APPOINTMENT_YEAR_BEFORE_AGE_18 SEX_DIGIT_INVALID SEQUENCE_INVALID, a 15-year-old appointed next year with sex 0 and sequence 000
            203001012031211001,    BIRTH_DATE_IN_FUTURE APPOINTMENT_YEAR_IN_FUTURE, born and appointed in the future
            """)
    void invalidPppkNumbersReportEveryRuleTheyBreak(String nip, String rules, String why) {
        assertThat(rulesBroken(nip, PPPK)).as(why).containsExactlyInAnyOrderElementsOf(parseRules(rules));
    }

    // ---------------------------------------------------------- what a violation carries

    @ParameterizedTest(name = "{2} on {1} quotes [{3}]")
    @CsvSource(textBlock = """
            PNS,  19690412199503100A, DIGITS_ONLY,                    A
            PNS,  1969041219950310,   LENGTH,                         16
            PNS,  196902301995031003, BIRTH_DATE_INVALID,             19690230
            PNS,  189912311895031003, BIRTH_YEAR_BEFORE_1900,         18991231
            PNS,  202506161995031003, BIRTH_DATE_IN_FUTURE,           20250616 20250615
            PNS,  196904121995131003, APPOINTMENT_MONTH_INVALID,      199513 13
            PNS,  196904122025071003, APPOINTMENT_IN_FUTURE,          202507 202506
            PNS,  200402292022011001, APPOINTMENT_BEFORE_AGE_18,      202201 202202
            PPPK, 199603142026212003, APPOINTMENT_YEAR_IN_FUTURE,     2026 2025
            PPPK, 200412312021211001, APPOINTMENT_YEAR_BEFORE_AGE_18, 2021 2022
            PNS,  196904121995033003, SEX_DIGIT_INVALID,              3
            PPPK, 199603142022212000, SEQUENCE_INVALID,               000
            """)
    void eachViolationCarriesThePartsItsMessageQuotes(EmploymentType type, String nip, NipRule rule, String args) {
        List<NipViolation> violations = NipValidator.validate(nip, type, TODAY);

        assertThat(violations).extracting(NipViolation::rule).containsExactly(rule);
        assertThat(violations.get(0).args()).extracting(String::valueOf)
                .containsExactly(args.split(" "));
    }

    @Test
    void requiredCarriesNoArguments() {
        assertThat(NipValidator.validate(null, PNS, TODAY))
                .containsExactly(new NipViolation(NipRule.REQUIRED, List.of()));
    }

    @Test
    void lengthCountsCharactersNotUtf16UnitsAndQuotesTheWholeCharacter() {
        String emoji = "\uD83D\uDE00";

        assertThat(NipValidator.validate("12345678901234567" + emoji, PNS, TODAY))
                .containsExactly(new NipViolation(NipRule.DIGITS_ONLY, List.of(emoji)));
        assertThat(NipValidator.validate("1234567890", PNS, TODAY))
                .containsExactly(new NipViolation(NipRule.LENGTH, List.of(10)));
    }

    @Test
    void violationsComeInTheOrderTheRulesAreDeclared() {
        assertThat(rulesBroken("196902301995130000", PNS)).containsExactly(
                NipRule.BIRTH_DATE_INVALID, NipRule.APPOINTMENT_MONTH_INVALID,
                NipRule.SEX_DIGIT_INVALID, NipRule.SEQUENCE_INVALID);
    }

    @Test
    void theResultAndAViolationsArgumentsCannotBeChanged() {
        List<NipViolation> violations = NipValidator.validate("196904121995033003", PNS, TODAY);
        List<Object> args = new ArrayList<>(List.of("3"));
        NipViolation violation = new NipViolation(NipRule.SEX_DIGIT_INVALID, args);
        args.add("changed");

        assertThat(violation.args()).containsExactly("3");
        assertThatThrownBy(() -> violations.add(violation)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> violation.args().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void withoutADateTodayInIndonesiaIsUsed() {
        LocalDate today = LocalDate.now(id.kinerjaflow.base.OrganisationZone.current());
        String bornNextYear = (today.getYear() + 1) + "01011995031003";

        assertThat(NipValidator.validate("196904121995031003", PNS)).isEmpty();
        assertThat(NipValidator.validate(bornNextYear, PNS))
                .isEqualTo(NipValidator.validate(bornNextYear, PNS, today))
                .extracting(NipViolation::rule).containsExactly(NipRule.BIRTH_DATE_IN_FUTURE);
    }

    // ------------------------------------------------------------------------------ messages

    /** Numbers that, together, break every rule once. */
    private static final String[][] EXAMPLES_OF_EVERY_RULE = {
            {"PNS", null},
            {"PNS", "19690412 199503 1 003"},
            {"PNS", "000000001995130000"},
            {"PNS", "202506161995031003"},
            {"PNS", "201001012026011001"},
            {"PPPK", "201001012026211001"},
    };

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"messages_id.properties", "messages_en.properties"})
    void everyRuleHasAMessageWithOnePlaceholderPerArgument(String file) throws IOException {
        Properties messages = load(file);
        List<NipViolation> examples = Arrays.stream(EXAMPLES_OF_EVERY_RULE)
                .flatMap(e -> NipValidator.validate(e[1], EmploymentType.valueOf(e[0]), TODAY).stream())
                .toList();
        assertThat(examples).extracting(NipViolation::rule)
                .as("the examples cover every rule").containsAll(EnumSet.allOf(NipRule.class));

        for (NipViolation violation : examples) {
            String pattern = messages.getProperty(violation.rule().messageKey());
            assertThat(pattern).as(violation.rule().messageKey()).isNotBlank();
            MessageFormat format = new MessageFormat(pattern, Locale.ROOT);
            assertThat(format.getFormatsByArgumentIndex()).as(pattern).hasSize(violation.args().size());
            String text = format.format(violation.args().toArray());
            assertThat(text).doesNotContain("{").doesNotContain("}");
            violation.args().forEach(arg -> assertThat(text).contains(String.valueOf(arg)));
        }
    }

    // ------------------------------------------------------------------------------- helpers

    private static List<NipRule> rulesBroken(String nip, EmploymentType type) {
        return NipValidator.validate(nip, type, TODAY).stream().map(NipViolation::rule).toList();
    }

    private static Set<NipRule> parseRules(String rules) {
        return Arrays.stream(rules.trim().split("\\s+")).map(NipRule::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(NipRule.class)));
    }

    static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = NipValidatorTest.class.getResourceAsStream("/" + file)) {
            assertThat(in).as(file).isNotNull();
            try (Reader reader = new InputStreamReader(in, UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }
}
