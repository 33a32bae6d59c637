package id.kinerjaflow.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * All user-facing text comes from the message bundles: a scan of the views (every {@code ui}
 * package) for a text literal with letters handed straight to the screen: {@code setText("...")},
 * {@code new Button("...")}, {@code setLabel("...")}, {@code Notification.show("...")} and their
 * kin. Symbols such as a dash ({@code "\u2014"}) are not words and pass.
 */
class HardCodedTextTest {

    private static final Path SOURCES = Path.of("src/main/java");

    /** A call that puts its first argument on the screen, then a string literal as that argument. */
    static final Pattern SHOWN_LITERAL = Pattern.compile(
            "(\\.(?:setText|setLabel|setPlaceholder|setHelperText|setHeaderTitle|setHeader|setFooter|setTitle"
                    + "|setAriaLabel|setErrorMessage|setTooltipText|setConfirmText|setCancelText|setRejectText)"
                    + "|Notification\\.show"
                    + "|new (?:Button|Span|H[1-6]|Paragraph|Checkbox|TextField|TextArea|Tab|Details|MenuItem"
                    + "|Notification|ListItem|NativeLabel|Div))"
                    + "\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u[0-9a-fA-F]{4}");

    /** The literals with letters that the scan finds in a source text, as "call(\"text\")". */
    static List<String> hardCoded(String source) {
        List<String> found = new ArrayList<>();
        Matcher m = SHOWN_LITERAL.matcher(source);
        while (m.find()) {
            String literal = UNICODE_ESCAPE.matcher(m.group(2)).replaceAll("");
            if (literal.codePoints().anyMatch(Character::isLetter)) {
                found.add(m.group(1) + "(\"" + m.group(2) + "\")");
            }
        }
        return found;
    }

    @Test
    void theScanFindsTextHandedStraightToTheScreen() {
        assertThat(hardCoded("b.setText(\"Simpan\"); new Button(\"Kirim\", e -> go());"
                + " f.setLabel(\n   \"Nama\"); Notification.show(\"Tersimpan\");"))
                .containsExactly(".setText(\"Simpan\")", "new Button(\"Kirim\")", ".setLabel(\"Nama\")",
                        "Notification.show(\"Tersimpan\")");
        assertThat(hardCoded("b.setText(getTranslation(\"form.save\")); s.setText(\"\\u2014\"); x.setText(\"\");"
                + " new Span(\" \\u00b7 \"); n.setText(\"12 %\".substring(0, 2));"))
                .as("translations, symbols and numbers are not hard-coded text").isEmpty();
    }

    @Test
    void noViewHandsHardCodedTextToTheScreen() throws IOException {
        List<String> findings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().replace('\\', '/').contains("/ui/")).toList()) {
                hardCoded(Files.readString(file)).forEach(f -> findings.add(SOURCES.relativize(file) + ": " + f));
            }
        }
        assertThat(findings).as("user-facing text belongs in messages_id/_en.properties").isEmpty();
    }
}
