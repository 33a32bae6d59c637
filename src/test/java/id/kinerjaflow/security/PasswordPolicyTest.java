package id.kinerjaflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The stated password policy, judged by nbvcxz where it is about guessability. */
class PasswordPolicyTest {

    static final PasswordPolicy POLICY = new PasswordPolicy();
    static final String NIP = "198908162010011003";
    static final String NAME = "Abdul Rahman Taha";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "OK", value = {
            "short1!,                       password.TOO_SHORT",
            "198908162010011003,            password.PERSONAL",
            "x198908162010011003y,          password.PERSONAL",
            "rahmanrahman99,                password.PERSONAL",
            "password123,                   password.COMMON",
            "qwertyuiop,                    password.COMMON",
            "1234567890,                    password.COMMON",
            "aaaaaaaaaaaa,                  password.WEAK",
            "kopi hujan sepeda jendela,     OK",
            "Tr4m-biru-Lontar-88,           OK",
    })
    void checks(String password, String expected) {
        Optional<PasswordPolicy.Refusal> refusal = POLICY.check(password, NIP, NAME);
        assertThat(refusal.map(PasswordPolicy.Refusal::messageKey).orElse(null)).as(password).isEqualTo(expected);
    }
}
