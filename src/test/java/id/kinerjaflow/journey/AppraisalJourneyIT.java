package id.kinerjaflow.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * One whole appraisal on the production jar, through the real UI only (issue 16): HR creates a
 * cycle for the demo unit <i>Seksi Pelayanan Kesehatan Rujukan</i> (the head and two staff),
 * checks and launches it; the SKPs are drafted, one returned and fixed, and approved; HR opens the
 * review phase and sets the unit rating; everyone reviews themself, {@code staf} with an evidence
 * file and a colleague for peer feedback, who gives it; the appraisers rate, opening the evidence
 * file; the board changes {@code staf}'s rating with a reason and approves; {@code staf} sees the
 * change and appeals; both explain; the senior appraiser decides, and the result is final.
 */
class AppraisalJourneyIT extends Journey {

    static final String UNIT = "Seksi Pelayanan Kesehatan Rujukan";
    static final String STAF = "Abdul Rahman Taha";
    static final String YULIANTI = "Yulianti Paputungan";
    static final String YULIANTI_USER = "199307122018032006";
    static final String HEAD = "Fransiska Rumengan";
    static final String PASSWORD = "demo";
    static final String[] VALUES = {"SERVICE_ORIENTED", "ACCOUNTABLE", "COMPETENT", "HARMONIOUS", "LOYAL", "ADAPTIVE",
            "COLLABORATIVE"};

    String cycle;

    @Test
    void aWholeAppraisalFromTheFirstDraftToTheAppealDecision() throws Exception {
        assumeFalse(ProductionJar.postgres(), "the demo organisation exists on the embedded default only");
        cycle = "Jurnal " + System.currentTimeMillis();

        // HR: a cycle for one unit, its pre-flight check, the launch and the dashboard
        browser.signIn("hr", PASSWORD);
        browser.navigate("periode");
        browser.click("cycle-new");
        browser.type("cycle-name", cycle);
        // the demo cycle appraises everyone in its year: this one is next year's
        browser.type("cycle-year", "2027");
        browser.pick("cycle-units", UNIT);
        browser.screenshot("hr-new-cycle");
        browser.click("cycle-save");
        browser.waitForText("cycle-detail", cycle);
        browser.click("cycle-check");
        browser.waitForText("preflight-summary", "");
        browser.screenshot("hr-preflight");
        browser.click("cycle-launch");
        browser.confirm();
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("cycle-progress-text"), "Selesai"));
        browser.screenshot("hr-launched");
        browser.click("cycle-dashboard");
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard-content")));
        browser.screenshot("hr-dashboard");

        // the SKPs: staf's returned once and fixed, then approved; Yulianti's and the head's approved
        browser.signIn("staf", PASSWORD);
        openTask("Task_DraftAgreement", STAF);
        draftAgreement("Tersedianya data layanan kesehatan rujukan yang mutakhir", "12");
        browser.screenshot("staf-agreement-draft");
        submitTask("submit");

        browser.signIn("kasubbid", PASSWORD);
        openTask("Task_ReviewAgreement", STAF);
        browser.type("return-comment", "Target terlalu rendah: laporan dibuat mingguan, jadi targetnya 48 laporan.");
        browser.screenshot("kasubbid-return");
        submitTask("return");

        browser.signIn("staf", PASSWORD);
        openTask("Task_DraftAgreement", STAF);
        browser.waitForText("returned-notice", "48");
        browser.type("row-1-indicator-1-target", "48");
        browser.screenshot("staf-agreement-fixed");
        submitTask("submit");

        browser.signIn(YULIANTI_USER, PASSWORD);
        openTask("Task_DraftAgreement", YULIANTI);
        draftAgreement("Tertibnya administrasi umum seksi rujukan", "24");
        submitTask("submit");

        browser.signIn("kasubbid", PASSWORD);
        openTask("Task_ReviewAgreement", STAF);
        browser.screenshot("kasubbid-approve");
        submitTask("approve");
        openTask("Task_ReviewAgreement", YULIANTI);
        submitTask("approve");
        openTask("Task_DraftAgreement", HEAD);
        draftAgreement("Meningkatnya mutu layanan kesehatan rujukan", "4");
        submitTask("submit");

        browser.signIn("kabid", PASSWORD);
        openTask("Task_ReviewAgreement", HEAD);
        submitTask("approve");

        // HR opens the review phase and sets the unit's rating
        browser.signIn("hr", PASSWORD);
        browser.navigate("periode");
        selectCycleRow();
        browser.click(By.cssSelector("[id^='open-review-']"));
        browser.confirm();
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("cycle-progress-text"), "Selesai"));
        browser.screenshot("hr-review-phase");
        openTask("Task_SetUnitRating", null);
        claimIfNeeded();
        browser.click("unit-rating-GOOD");
        browser.screenshot("hr-unit-rating");
        submitTask("submit");

        // self-reviews: staf with an evidence file and Yulianti for peer feedback
        browser.signIn("staf", PASSWORD);
        openTask("Task_SelfReview", STAF);
        selfReview();
        Path evidence = Files.createTempFile("laporan-rujukan-", ".pdf");
        Files.writeString(evidence, "%PDF-1.4\n% laporan data rujukan\n%%EOF\n");
        browser.upload("evidence-upload", evidence, ExpectedConditions.textToBePresentInElementLocated(
                By.id("evidence-list"), evidence.getFileName().toString()));
        browser.pick("peers", YULIANTI);
        browser.screenshot("staf-self-review");
        submitTask("submit");

        browser.signIn(YULIANTI_USER, PASSWORD);
        openTask("Task_SelfReview", YULIANTI);
        selfReview();
        submitTask("submit");
        openTask("Task_GivePeerFeedback", STAF);
        for (String value : VALUES) {
            browser.radio("rating-" + value, "Sesuai Ekspektasi");
        }
        browser.type("comment", "Selalu sigap membantu rekan menyiapkan data rujukan.");
        browser.screenshot("yulianti-peer-feedback");
        submitTask("submit");

        browser.signIn("kasubbid", PASSWORD);
        openTask("Task_SelfReview", HEAD);
        selfReview();
        submitTask("submit");

        // the appraisers rate; kasubbid opens staf's evidence file first
        openTask("Task_SupervisorReview", STAF);
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("performance-preview")));
        WebElement file = browser.driver().findElement(By.cssSelector("a[id^='evidence-file-']"));
        browser.scrollTo(file);
        file.click();
        Path downloaded = browser.awaitDownload(".pdf");
        assertThat(Files.readString(downloaded, StandardCharsets.UTF_8)).contains("laporan data rujukan");
        rate();
        browser.screenshot("kasubbid-review-staf");
        submitTask("submit");
        openTask("Task_SupervisorReview", YULIANTI);
        rate();
        submitTask("submit");

        browser.signIn("kabid", PASSWORD);
        openTask("Task_SupervisorReview", HEAD);
        rate();
        submitTask("submit");

        // the board changes staf's rating with its reason and approves the unit
        browser.signIn("board", PASSWORD);
        openTask("Task_CalibrateUnit", null);
        claimIfNeeded();
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("ratings-grid")));
        WebElement change = browser.await().until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-grid-cell-content[contains(., '" + STAF + "')]/following::vaadin-button[starts-with(@id, 'change-')][1]")));
        browser.scrollTo(change);
        change.click();
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("change-dialog")));
        browser.radio("new-rating", "Sangat Baik");
        browser.type("change-reason", "Capaian data rujukan jauh di atas target unit.");
        browser.screenshot("board-change");
        browser.click("change-save");
        browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("change-dialog")));
        browser.screenshot("board-calibration");
        browser.click("approve");
        browser.await().until(d -> d.getCurrentUrl().contains("kotak-masuk")
                || !d.findElements(By.cssSelector("vaadin-button[slot='confirm-button']")).isEmpty()
                || !d.findElements(By.id("approve-confirm")).isEmpty());
        if (!browser.currentUrl().contains("kotak-masuk")) {
            browser.screenshot("board-confirm");
            // the confirm dialog's host (id approve-confirm) is never displayed itself: its buttons live in the overlay
            browser.confirm();
        }
        backInTheInbox();

        // staf sees the board's change and its reason, and appeals
        browser.signIn("staf", PASSWORD);
        openTask("Task_AcknowledgeResult", STAF);
        browser.waitForText("result-form", "Sangat Baik");
        browser.screenshot("staf-result");
        browser.type("reasons", "Perubahan predikat tidak mempertimbangkan tugas tambahan yang saya kerjakan.");
        submitTask("file-appeal");

        // both explain; the senior appraiser decides
        openTask("Task_ExplainAppealEmployee", STAF);
        browser.type("explanation", "Saya menyiapkan laporan tambahan untuk dinas setiap bulan.");
        submitTask("submit");
        browser.signIn("kasubbid", PASSWORD);
        openTask("Task_ExplainAppealAppraiser", STAF);
        browser.type("explanation", "Tugas tambahan itu memang dikerjakan dan sudah dinilai.");
        submitTask("submit");

        browser.signIn("kabid", PASSWORD);
        openTask("Task_DecideAppeal", STAF);
        browser.radio("decision", "Kuatkan");
        browser.type("reason", "Penjelasan kedua pihak menguatkan hasil kalibrasi.");
        browser.screenshot("kabid-decide");
        submitTask("submit");

        // the result is final, in staf's own list
        browser.signIn("staf", PASSWORD);
        browser.navigate("penilaian-saya");
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), cycle));
        browser.screenshot("staf-my-appraisals");

        // the auditor finds the appraisal, reads its timeline and path, and takes the bundle away
        browser.signIn("auditor", PASSWORD);
        browser.navigate("audit");
        browser.pick("audit-cycle", cycle);
        browser.type("audit-text", STAF);
        WebElement open = browser.await().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#audit-grid a[id^='audit-open-']")));
        String appraisalId = open.getAttribute("id").substring("audit-open-".length());
        browser.screenshot("auditor-search");
        browser.click(By.id("audit-open-" + appraisalId));
        WebElement diagram = browser.await().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#timeline-diagram[data-rendered]")));
        assertThat(diagram.getAttribute("data-error")).isNull();
        browser.await().until(d -> !diagram.findElements(By.cssSelector(".djs-element.kf-marker-done")).isEmpty());
        browser.waitForText("timeline-subject", STAF);
        browser.screenshot("auditor-timeline");
        browser.click("timeline-download");
        Path bundle = browser.awaitDownload("audit-penilaian-" + appraisalId + ".zip");
        Map<String, String> files = new HashMap<>();
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                files.put(e.getName(), new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(files).containsKeys("timeline.csv", "timeline.html", "decisions.csv", "path.svg",
                "revisions.csv", "verification.txt", "manifest.txt");
        assertThat(files.get("timeline.csv")).as("the board's reason and the appeal in the timeline")
                .contains("Capaian data rujukan jauh di atas target unit.")
                .contains("Penjelasan kedua pihak menguatkan hasil kalibrasi.");
        assertThat(files.get("path.svg")).contains("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("</svg>");
        assertThat(files.get("manifest.txt")).contains("timeline.csv");
    }

    // ---- steps ---------------------------------------------------------------------------------------

    /** Opens a task of this journey's cycle from the inbox: the task kind's chip, the employee, the link. */
    void openTask(String taskKey, String employee) {
        browser.navigate("kotak-masuk");
        browser.pick("inbox-cycle", cycle);
        browser.click("chip-" + taskKey);
        if (employee != null) {
            browser.type("inbox-search", employee);
        }
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
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("task-context")));
    }

    void claimIfNeeded() {
        if (!browser.driver().findElements(By.id("task-claim")).isEmpty()) {
            browser.click("task-claim");
            browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("claim-bar")));
        }
    }

    void submitTask(String buttonId) {
        browser.click(buttonId);
        backInTheInbox();
    }

    void backInTheInbox() {
        browser.await().until(d -> d.getCurrentUrl().contains("kotak-masuk"));
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("task-filters")));
    }

    void draftAgreement(String result, String target) {
        browser.type("row-1-description", result);
        browser.type("row-1-indicator-1-description", "Jumlah laporan yang diselesaikan tepat waktu");
        browser.type("row-1-indicator-1-target", target);
        browser.type("row-1-indicator-1-unit", "laporan");
        browser.choose("row-1-indicator-1-aspect", "Kuantitas");
        browser.type("attachment-resources", "Komputer, akses SIMRS dan anggaran pelaporan");
        browser.type("attachment-accountability", "Laporan bulanan kepada atasan langsung");
        browser.type("attachment-consequences", "Sesuai ketentuan disiplin PNS");
    }

    void selfReview() {
        for (WebElement actual : browser.driver().findElements(By.cssSelector("[id^='actual-']"))) {
            browser.type(actual.getAttribute("id"), "50");
        }
        for (String value : VALUES) {
            browser.type("reflection-" + value, "Saya menerapkan nilai ini dalam pekerjaan sehari-hari.");
        }
    }

    void rate() {
        for (String value : VALUES) {
            browser.choose("value-rating-" + value, "Sesuai Ekspektasi");
        }
        browser.choose("behaviour-rating", "Sesuai Ekspektasi");
        browser.choose("results-rating", "Sesuai Ekspektasi");
    }

    void selectCycleRow() {
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("cycle-detail")));
        if (browser.text("cycle-detail").contains(cycle)) {
            return;
        }
        WebElement row = browser.await().until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-grid[@id='cycle-grid']//vaadin-grid-cell-content[normalize-space(.)='" + cycle + "']")));
        row.click();
        browser.waitForText("cycle-detail", cycle);
    }
}
