package id.kinerjaflow.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.matching.match.Match;
import me.gosimple.nbvcxz.resources.Configuration;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.scoring.Result;
import org.springframework.stereotype.Component;

/**
 * The password policy, stated to the user on every page that sets a password: at least
 * {@value #MIN_LENGTH} characters; not the NIP, the user name or the holder's name (nor containing
 * them); not a common or leaked password, and not easy to guess. The last two are judged by
 * nbvcxz (its dictionaries of leaked passwords and common words, and its entropy estimate), not by
 * a hand-written list.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    /** The name of nbvcxz's dictionary of leaked passwords. */
    private static final String LEAKED = "passwords";

    private final Configuration configuration = new ConfigurationBuilder().createConfiguration();

    /** Why a password is refused: a message key ({@code password.*}) and its arguments. */
    public record Refusal(String messageKey, List<Object> args) {
    }

    /** Empty when the password may be used by this person. */
    public Optional<Refusal> check(String password, String username, String displayName) {
        if (password == null || password.length() < MIN_LENGTH) {
            return refuse("password.TOO_SHORT", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            return refuse("password.TOO_LONG", MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        for (String word : personalWords(username, displayName)) {
            if (lower.contains(word)) {
                return refuse("password.PERSONAL");
            }
        }
        Result result = new Nbvcxz(configuration).estimate(password);
        if (isLeaked(result)) {
            return refuse("password.COMMON");
        }
        if (!result.isMinimumEntropyMet()) {
            return refuse("password.WEAK");
        }
        return Optional.empty();
    }

    /** One dictionary word from the list of leaked passwords covers most of the password. */
    private static boolean isLeaked(Result result) {
        for (Match m : result.getMatches()) {
            if (m instanceof DictionaryMatch d && LEAKED.equals(d.getDictionaryName())
                    && d.getToken().length() * 10 >= result.getPassword().length() * 7) {
                return true;
            }
        }
        return false;
    }

    private static List<String> personalWords(String username, String displayName) {
        List<String> words = new ArrayList<>();
        if (username != null && username.strip().length() >= 3) {
            words.add(username.strip().toLowerCase(Locale.ROOT));
        }
        if (displayName != null) {
            for (String part : displayName.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (part.length() >= 4) {
                    words.add(part);
                }
            }
        }
        return words;
    }

    private static Optional<Refusal> refuse(String key, Object... args) {
        return Optional.of(new Refusal(key, List.of(args)));
    }
}
