package id.kinerjaflow.designer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import id.kinerjaflow.base.Messages;
import org.junit.jupiter.api.Test;

/** Every message key the designer's code names (rules, problems, labels) exists in both languages. */
class DesignerMessagesTest {

    private static final Pattern KEY = Pattern.compile("\"(designer\\.[A-Za-z_.]+[A-Za-z_])\"");

    @Test
    void everyDesignerKeyHasAnIndonesianAndAnEnglishMessage() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java/id/kinerjaflow/designer")),
                // the expression grammar the designer and the engine share names designer.problem.* keys
                Stream.of(Path.of("src/main/java/id/kinerjaflow/process/Expressions.java")))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(40);
        for (String key : keys) {
            if (key.endsWith(".")) {
                continue;
            }
            assertThat(Messages.translate(key, Messages.INDONESIAN)).as(key).doesNotStartWith("!");
            assertThat(Messages.translate(key, Locale.ENGLISH)).as(key).doesNotStartWith("!");
        }
    }
}
