package id.kinerjaflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.core.io.ClassPathResource;

/** The foundation's journeys in a real browser: who sees what, and HR's import of the sample files. */
class OrganisationJourneyIT extends BrowserTest {

    private List<String> navigation() {
        return driver.findElements(By.cssSelector("#main-nav vaadin-side-nav-item")).stream()
                .map(e -> e.getAttribute("path")).toList();
    }

    @Test
    void staffSeeOnlyTheEmployeesViews() {
        login("staf");
        assertThat(driver.findElement(By.id("profile-card")).getText()).contains("198908162010011003");
        assertThat(driver.findElement(By.id("appraisers-card")).getText()).contains("Fransiska Rumengan");
        assertThat(navigation()).containsExactly("", "kotak-masuk", "penilaian-saya");

        driver.get(url("/organisasi"));
        wait.until(d -> d.findElements(By.tagName("body")).size() == 1);
        assertThat(driver.findElements(By.id("employee-grid"))).isEmpty();
    }

    @Test
    void hrSeesTheOrganisationAndImportsTheSampleFiles() throws Exception {
        login("hr");
        assertThat(navigation()).containsExactly("", "kotak-masuk", "penilaian-saya", "kalibrasi", "periode",
                "desainer", "organisasi", "organisasi/impor", "audit");

        open("/organisasi");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("employee-total"), "pegawai"));
        assertThat(driver.findElement(By.id("unit-tree")).getText()).contains("Pemerintah Provinsi Gorontalo");

        open("/organisasi/impor");
        upload("upload-units", "units.csv");
        upload("upload-employees", "employees.csv");
        WebElement check = driver.findElement(By.id("import-check"));
        wait.until(d -> check.isEnabled());
        check.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-summary"), "bersih"));

        WebElement run = driver.findElement(By.id("import-run"));
        wait.until(d -> run.getAttribute("disabled") == null);
        run.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-summary"), "Impor selesai"));

        open("/organisasi");
        WebElement search = driver.findElement(By.cssSelector("#employee-search input"));
        search.sendKeys("Perpustakaan");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("employee-grid"), "Perpustakaan"));
    }

    private void upload(String uploadId, String sample) throws Exception {
        Path file = Files.createTempFile("kinerjaflow-", "-" + sample);
        try (InputStream in = new ClassPathResource("samples/" + sample).getInputStream()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(uploadId)));
        WebElement input = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        input.sendKeys(file.toAbsolutePath().toString());
        wait.until(d -> upload.getShadowRoot().findElements(By.cssSelector("vaadin-upload-file")).isEmpty()
                ? !upload.findElements(By.cssSelector("vaadin-upload-file[complete]")).isEmpty()
                : !upload.getShadowRoot().findElements(By.cssSelector("vaadin-upload-file[complete]")).isEmpty());
    }
}
