package id.kinerjaflow.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Every screen, for each role that may open it, on the production jar (issue 22, item 2): on a
 * desktop (1366x768) and on a phone (390x844), in Indonesian and in English. Each page must open
 * without a console error or a "not included" line in the server log (checked after each journey,
 * see {@link Journey}) and without sideways scrolling of the page; a screenshot of each lands in
 * {@code target/screenshots/jar/ScreensJourneyIT-*}.
 */
class ScreensJourneyIT extends Journey {

    private static final String PASSWORD = "demo";

    /** The routes each demo user may open, by what their role allows (README, demo accounts). */
    private static final Map<String, List<String>> ROUTES = new LinkedHashMap<>();

    static {
        ROUTES.put("staf", List.of("", "kotak-masuk", "penilaian-saya"));
        ROUTES.put("kasubbid", List.of("tim-saya"));
        ROUTES.put("hr", List.of("periode", "organisasi", "organisasi/impor", "kalibrasi", "audit", "desainer",
                "desainer/migrasi", "akun/surat-aktivasi"));
        ROUTES.put("board", List.of("kalibrasi", "kotak-masuk"));
        ROUTES.put("auditor", List.of("periode", "audit", "organisasi"));
        ROUTES.put("admin", List.of("akun"));
    }

    @Test
    void everyScreenOnADesktopInIndonesian() throws Exception {
        walk(browser, "desktop-id");
    }

    @Test
    void everyScreenOnAPhoneInIndonesian() throws Exception {
        walk(newBrowser(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT, "id-ID"), "phone-id");
    }

    @Test
    void everyScreenOnAPhoneInEnglish() throws Exception {
        walk(newBrowser(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT, "en-US"), "phone-en");
    }

    @Test
    void everyScreenOnADesktopInEnglish() throws Exception {
        walk(newBrowser(Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT, "en-US"), "desktop-en");
    }

    private void walk(Browser b, String label) throws Exception {
        assumeFalse(ProductionJar.postgres(), "the demo accounts exist only on the embedded default");
        List<String> overflowing = new ArrayList<>();
        for (Map.Entry<String, List<String>> user : ROUTES.entrySet()) {
            b.signIn(user.getKey(), PASSWORD);
            String home = label.endsWith("-en") ? "Home" : "Beranda";
            assertThat(b.byId("main-nav").getDomProperty("textContent")).as("the menu in the walk's language").contains(home);
            for (String route : user.getValue()) {
                b.open("/" + route);
                assertThat(b.currentUrl()).as(user.getKey() + " may open /" + route).doesNotContain("/login");
                b.settle();
                b.screenshot(label + "-" + user.getKey() + "-" + (route.isEmpty() ? "beranda" : route.replace('/', '-')));
                long overflow = b.horizontalOverflow();
                if (overflow > 0) {
                    overflowing.add("/" + route + " (" + user.getKey() + "): " + overflow + " px");
                }
            }
        }
        assertThat(overflowing).as("pages that scroll sideways (" + label + ")").isEmpty();
    }
}
