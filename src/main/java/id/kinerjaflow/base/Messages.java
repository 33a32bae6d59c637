package id.kinerjaflow.base;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The texts of KinerjaFlow: {@code messages_id.properties} (Bahasa Indonesia, the default) and
 * {@code messages_en.properties}. A missing key shows as {@code !key!} so it is seen in tests.
 */
public final class Messages {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    public static final Locale ENGLISH = Locale.forLanguageTag("en");
    public static final List<Locale> LOCALES = List.of(INDONESIAN, ENGLISH);

    private static final Logger log = LoggerFactory.getLogger(Messages.class);
    private static final String BUNDLE = "messages";

    private Messages() {
    }

    /** The text for {@code key} in the locale's language (Indonesian for anything but English). */
    public static String translate(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        Locale effective = supported(locale);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, effective, ResourceBundle.Control
                .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            log.warn("Missing translation {} for {}", key, effective);
            return "!" + key + "!";
        }
        if (params == null || params.length == 0) {
            return pattern;
        }
        // numbers as written (line 1234, year 2026), not grouped as 1.234
        Object[] plain = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            plain[i] = params[i] instanceof Number n ? String.valueOf(n) : params[i];
        }
        return new MessageFormat(pattern, effective).format(plain);
    }

    /** English when asked for English, Indonesian otherwise. */
    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : INDONESIAN;
    }
}
