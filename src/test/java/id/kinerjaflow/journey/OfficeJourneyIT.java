package id.kinerjaflow.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The office side on the production jar, through the real UI only (issue 16): HR's organisation
 * import refuses a file with row errors, names each row and changes nothing, on a desktop and on a
 * phone. (The cycle's pre-flight, launch and dashboard, and the auditor's search, timeline, path and
 * bundle are steps of {@link AppraisalJourneyIT}, on the appraisal it walks.)
 */
class OfficeJourneyIT extends Journey {

    static final String PASSWORD = "demo";

    @Test
    void hrImportRefusesRowErrorsAndChangesNothing() throws Exception {
        assumeFalse(ProductionJar.postgres(), "the demo organisation exists only on the embedded default");
        browser.signIn("hr", PASSWORD);
        browser.navigate("organisasi/impor");
        browser.upload("upload-units", sample("units.csv"));
        // a good row, a NIP of 17 digits, a unit that exists in neither file, a supervisor nobody knows
        Path employees = Files.createTempFile("pegawai-salah-", ".csv");
        Files.writeString(employees, String.join("\n",
                "nip,name,employment_type,golongan,unit_code,position,jabatan_type,supervisor_nip,email",
                "196909181995031004,\"Drs. Haris Mobilingo, M.Si.\",PNS,IV/c,DISPUSIP,Kepala Dinas,JPT_PRATAMA,,",
                "19780115200401200,Nip Terlalu Pendek,PNS,IV/a,DISPUSIP,Kepala Bidang,ADMINISTRATOR,196909181995031004,",
                "198001012005011001,Unit Tidak Dikenal,PNS,III/a,TIDAK-ADA,Pengolah Data,PELAKSANA,196909181995031004,",
                "198202022006042002,Atasan Tidak Dikenal,PNS,III/b,DISPUSIP,Pengolah Data,PELAKSANA,199999999999999999,",
                ""), StandardCharsets.UTF_8);
        browser.upload("upload-employees", employees);
        browser.click("import-check");
        browser.waitForText("import-summary", "masalah");
        WebElement problems = browser.byId("import-problems");
        browser.await().until(d -> problems.isDisplayed());
        List<String> rows = problems.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).toList();
        assertThat(rows).as("each bad row named by its line (the header is line 1)").contains("3", "4", "5")
                .doesNotContain("2");
        assertThat(browser.byId("import-run").getAttribute("disabled")).as("nothing to import").isNotNull();
        browser.screenshot("hr-import-row-errors");

        // nothing was saved: the export of employees knows none of the file's names
        browser.click(By.xpath("//a[normalize-space(.)='Unduh pegawai (CSV)']"));
        Path export = browser.awaitDownload(".csv");
        String exported = Files.readString(export, StandardCharsets.UTF_8);
        assertThat(exported).contains("nip").doesNotContain("Haris Mobilingo").doesNotContain("Unit Tidak Dikenal");

        // the same page on a phone: no sideways scrolling
        Browser phone = newBrowser(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT, "id-ID");
        phone.signIn("hr", PASSWORD);
        phone.open("/organisasi/impor");
        phone.await().until(ExpectedConditions.presenceOfElementLocated(By.id("import-check")));
        phone.screenshot("hr-import-phone");
        assertThat(phone.horizontalOverflow()).as("sideways scroll at 390 px").isLessThanOrEqualTo(0);
    }

    private static Path sample(String name) throws IOException {
        Path file = Files.createTempFile("kinerjaflow-", "-" + name);
        try (InputStream in = OfficeJourneyIT.class.getResourceAsStream("/samples/" + name)) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
