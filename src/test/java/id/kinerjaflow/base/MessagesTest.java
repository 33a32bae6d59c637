package id.kinerjaflow.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishHasExactlyTheKeysOfIndonesian() throws IOException {
        Set<String> id = new TreeSet<>(load("messages_id.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
        assertThat(en).as("keys missing in English").containsAll(id);
        assertThat(id).as("keys missing in Indonesian").containsAll(en);
    }

    @Test
    void indonesianIsTheDefaultWhateverTheBrowserAsks() {
        assertThat(Messages.translate("nav.home", Locale.GERMAN)).isEqualTo("Beranda");
        assertThat(Messages.translate("nav.home", null)).isEqualTo("Beranda");
        assertThat(Messages.translate("nav.home", Locale.UK)).isEqualTo("Home");
    }

    @Test
    void numbersAreWrittenPlainAndMissingKeysAreVisible() {
        assertThat(Messages.translate("import.TOO_MANY_ROWS", Messages.INDONESIAN, 100000))
                .contains("100000");
        assertThat(Messages.translate("no.such.key", Messages.ENGLISH)).isEqualTo("!no.such.key!");
    }
}
