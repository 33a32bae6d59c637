package id.kinerjaflow.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A journey through the real UI of the production jar (issue 16): one started application for the
 * whole run ({@link ProductionJar}), a fresh browser per journey ({@link #browser}, more with
 * {@link #newBrowser}). Each journey fails on any console or page error in any of its browsers and
 * on any line in which the server says a component "was not included" in the production bundle or
 * logs an error of Vaadin's. Screenshots of every step land in {@code target/screenshots/jar/<journey>/}.
 */
@ExtendWith(ProductionJar.class)
public abstract class Journey {

    protected ProductionJar.Running app;
    protected Browser browser;
    private final List<Browser> browsers = new ArrayList<>();
    private int logMark;
    private String name;

    @BeforeEach
    void startBrowser(TestInfo info) throws IOException {
        assumeTrue(Browser.installed(),
                "Chromium is not installed (apt-get install chromium chromium-driver): journeys skipped");
        app = ProductionJar.app();
        name = getClass().getSimpleName() + "-" + info.getTestMethod().map(m -> m.getName()).orElse("journey");
        logMark = app.log().size();
        browser = newBrowser(Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT, "id-ID");
    }

    /** Another browser (another user's, a phone's, another language's) for this journey. */
    protected Browser newBrowser(int width, int height, String language) throws IOException {
        Browser b = new Browser(app, Path.of("target", "screenshots", "jar", name + (browsers.isEmpty() ? "" : "-" + browsers.size())),
                width, height, language);
        browsers.add(b);
        return b;
    }

    @AfterEach
    void checkAndClose() {
        try {
            for (Browser b : browsers) {
                try {
                    b.screenshot("last");
                } catch (IOException | RuntimeException e) {
                    // the browser may be gone; the journey's own failure says why
                }
            }
            List<String> errors = new ArrayList<>();
            for (Browser b : browsers) {
                errors.addAll(b.consoleErrors());
            }
            List<String> log = app.log();
            List<String> serverProblems = log.subList(Math.min(logMark, log.size()), log.size()).stream()
                    .filter(Journey::isServerProblem).toList();
            assertThat(errors).as("console and page errors in the browser").isEmpty();
            assertThat(serverProblems).as("server log (" + app.logFile() + ")").isEmpty();
        } finally {
            browsers.forEach(Browser::close);
            browsers.clear();
        }
    }

    static boolean isServerProblem(String line) {
        return line.contains("was not included") || line.contains("not included in the production bundle")
                || (line.contains(" ERROR ") && line.contains("c.v.f"));
    }
}
