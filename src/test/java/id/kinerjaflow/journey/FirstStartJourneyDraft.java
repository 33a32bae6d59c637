package id.kinerjaflow.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A new government on PostgreSQL, from an empty database to an employee's first task, through the
 * production jar's pages only (issue 23): the administrator's first sign-in with the initial
 * password and the forced change, the first-start page, the import of the sample organisation,
 * the HR and board roles granted, HR's code handed over and HR activating, the activation letters
 * of a unit downloaded as PDF, an employee activating with the letter's code, HR launching a cycle,
 * and the employee opening the first task.
 *
 * <p>DRAFT, not run by CI (the name does not end in JourneyIT): on the production jar with an empty
 * PostgreSQL database it passes the forced password change, the first-start page, the import and
 * the account search, and stops at clicking the role checkbox ({@code account-role-HR}: "element not
 * interactable"). Finish the remaining steps, then rename it to {@code FirstStartJourneyIT}.
 */
class FirstStartJourneyDraft extends Journey {

    static final String ADMIN_NEW_PASSWORD = "pohon mangga di tepi danau limboto";
    static final String HR_NIP = "198509302010011004";          // Roni Suleman
    static final String BOARD_NIP = "197801152004012006";       // Suryani Tomayahu
    static final String EMPLOYEE_NIP = "198309192009022005";    // Nurlela Hamzah
    static final String UNIT = "Bidang Pengelolaan Arsip";
    static final String HR_PASSWORD = "kapal layar biru berangkat pagi";
    static final String EMPLOYEE_PASSWORD = "arsip tertata rapi setiap jumat";

    @Test
    void fromAnEmptyDatabaseToTheFirstTask() throws Exception {
        assumeTrue(ProductionJar.postgres(), "the first start needs an empty database (the postgres run)");
        String initial = System.getenv("KINERJAFLOW_ADMIN_PASSWORD");
        assumeTrue(initial != null && !initial.isBlank(), "KINERJAFLOW_ADMIN_PASSWORD is not set");

        // the administrator's first sign-in: nothing but the password change until it is done
        browser.signIn("admin", initial);
        browser.await().until(d -> d.getCurrentUrl().contains("/kata-sandi"));
        browser.byId("password-forced");
        browser.open("/organisasi");
        browser.await().until(d -> d.getCurrentUrl().contains("/kata-sandi"));
        browser.type("password-current", initial);
        browser.type("password-new", "admin12345");
        browser.type("password-repeat", "admin12345");
        browser.click("password-save");
        browser.await().until(ExpectedConditions.attributeToBe(By.id("password-new"), "invalid", "true"));
        browser.screenshot("admin-password-refused");
        browser.type("password-new", ADMIN_NEW_PASSWORD);
        browser.type("password-repeat", ADMIN_NEW_PASSWORD);
        browser.click("password-save");

        // first start: name, time zone, logo; then the import
        browser.await().until(d -> d.getCurrentUrl().contains("/mulai"));
        browser.type("setup-name", "Pemerintah Provinsi Gorontalo");
        browser.type("setup-zone", "");   // WIB is preset
        browser.pick("setup-zone", "WITA");
        browser.upload("setup-logo", logo());
        browser.waitForText("setup-logo-status", "Logo diterima");
        browser.screenshot("admin-first-start");
        browser.click("setup-save");
        browser.await().until(d -> d.getCurrentUrl().contains("/organisasi/impor"));
        browser.upload("upload-units", sample("units.csv"));
        browser.upload("upload-employees", sample("employees.csv"));
        browser.click("import-check");
        browser.click("import-run");
        browser.waitForText("import-summary", "Impor selesai");
        browser.screenshot("admin-imported");

        // roles: HR and the board; HR's own code handed over by the administrator
        browser.navigate("akun");
        selectAccount(HR_NIP);
        browser.click("account-role-HR");
        browser.await().until(d -> rolesShown().contains("HR"));
        browser.click("account-new-code");
        String hrCode = codeOfDialog();
        browser.confirm();
        selectAccount(BOARD_NIP);
        browser.click("account-role-BOARD");
        browser.await().until(d -> rolesShown().contains("BOARD"));
        browser.screenshot("admin-roles");

        // HR activates with the code and makes the unit's activation letters
        activate(HR_NIP, hrCode, HR_PASSWORD);
        browser.signIn(HR_NIP, HR_PASSWORD);
        browser.open("/akun/surat-aktivasi");
        browser.pick("letters-unit", UNIT);
        browser.click("letters-make");
        browser.waitForText("letters-result", "surat aktivasi dibuat");
        browser.click("letters-download");
        Path pdf = browser.awaitDownload(".pdf");
        String employeeCode = codeInLetter(pdf, EMPLOYEE_NIP);
        browser.screenshot("hr-letters");

        // the employee activates with the letter's code; a second use is refused
        activate(EMPLOYEE_NIP, employeeCode, EMPLOYEE_PASSWORD);
        browser.driver().get(app.url("/aktivasi"));
        browser.type("activation-nip", EMPLOYEE_NIP);
        browser.type("activation-code", employeeCode);
        browser.type("activation-password", "sebuah kata sandi yang lain");
        browser.type("activation-repeat", "sebuah kata sandi yang lain");
        browser.click("activation-submit");
        browser.await().until(ExpectedConditions.attributeToBe(By.id("activation-code"), "invalid", "true"));
        browser.screenshot("employee-code-used");

        // HR launches a cycle for the unit
        String cycle = "Periode Pertama " + System.currentTimeMillis();
        browser.signIn(HR_NIP, HR_PASSWORD);
        browser.navigate("periode");
        browser.click("cycle-new");
        browser.type("cycle-name", cycle);
        browser.pick("cycle-units", UNIT);
        browser.click("cycle-save");
        browser.waitForText("cycle-detail", cycle);
        browser.click("cycle-check");
        browser.waitForText("preflight-summary", "");
        browser.click("cycle-launch");
        browser.confirm();
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("cycle-progress-text"), "Selesai"));
        browser.screenshot("hr-launched");

        // the employee opens the first task: drafting the performance agreement
        browser.signIn(EMPLOYEE_NIP, EMPLOYEE_PASSWORD);
        browser.navigate("kotak-masuk");
        browser.pick("inbox-cycle", cycle);
        browser.await().until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("#inbox-grid a[href*='tugas/']")).stream()
                    .filter(WebElement::isDisplayed).toList();
            if (rows.size() != 1) {
                return false;
            }
            browser.scrollTo(rows.get(0));
            rows.get(0).click();
            return true;
        });
        browser.await().until(d -> d.getCurrentUrl().contains("/tugas/"));
        browser.byId("row-1-description");
        browser.screenshot("employee-first-task");
    }

    private void selectAccount(String nip) {
        browser.type("accounts-search", nip);
        // the grid keeps pooled cells of earlier rows in the page: click the shown one
        browser.await().until(d -> {
            WebElement cell = d.findElements(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + nip + "']"))
                    .stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
            if (cell == null) {
                return false;
            }
            browser.scrollTo(cell);
            new org.openqa.selenium.interactions.Actions(d).moveToElement(cell).click().perform();
            return true;
        });
        browser.waitForText("account-detail-title", nip);
    }

    private String rolesShown() {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll('#account-detail vaadin-checkbox[checked]'))"
                        + ".map(c => c.id.replace('account-role-', '')).join(',');"));
    }

    private String codeOfDialog() {
        Object message = browser.await().until(d -> ((JavascriptExecutor) d).executeScript(
                "const c = document.getElementById('account-code-dialog'); return c && c.opened ? c.message : null;"));
        Matcher m = Pattern.compile("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}").matcher(String.valueOf(message));
        assertThat(m.find()).as("a code in " + message).isTrue();
        return m.group();
    }

    private void activate(String nip, String code, String password) {
        browser.driver().manage().deleteAllCookies();
        browser.driver().get(app.url("/login"));
        browser.click("login-activate");
        browser.await().until(d -> d.getCurrentUrl().contains("/aktivasi"));
        browser.type("activation-nip", nip);
        browser.type("activation-code", code);
        browser.type("activation-password", password);
        browser.type("activation-repeat", password);
        browser.click("activation-submit");
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("activation-done")));
    }

    /** The code on the page of the letter that names this NIP. */
    private static String codeInLetter(Path pdf, String nip) throws IOException {
        try (PdfReader reader = new PdfReader(Files.readAllBytes(pdf))) {
            PdfTextExtractor text = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.add(text.getTextFromPage(page));
            }
            String letter = pages.stream().filter(p -> p.contains(nip)).findFirst().orElseThrow(
                    () -> new AssertionError("no letter for " + nip + " among " + pages.size()));
            Matcher m = Pattern.compile("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}").matcher(letter);
            assertThat(m.find()).as("a code in the letter").isTrue();
            return m.group();
        }
    }

    private static Path logo() throws IOException {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
        Path file = Files.createTempFile("logo-", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static Path sample(String name) throws IOException {
        Path file = Files.createTempFile("contoh-", "-" + name);
        try (InputStream in = FirstStartJourneyDraft.class.getResourceAsStream("/samples/" + name)) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
