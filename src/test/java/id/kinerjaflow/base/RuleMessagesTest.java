package id.kinerjaflow.base;

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

import org.junit.jupiter.api.Test;

/** Every business-rule code the code can raise has a message in both languages. */
class RuleMessagesTest {

    private static final Pattern CODE = Pattern.compile(
            "(?:BusinessRuleException|super|Problem\\.of\\([^,]+,)\\(?\\s*\"([a-zA-Z]+\\.[A-Za-z_]+)\"");

    @Test
    void everyRuleCodeInTheSourcesHasAnIndonesianAndAnEnglishMessage() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = CODE.matcher(Files.readString(file));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        assertThat(codes).hasSizeGreaterThan(80);
        for (String code : codes) {
            assertThat(Messages.translate(code, Messages.INDONESIAN)).as(code).doesNotStartWith("!");
            assertThat(Messages.translate(code, Locale.ENGLISH)).as(code).doesNotStartWith("!");
        }
    }
}
