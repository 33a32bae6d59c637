package id.kinerjaflow.browser;

import id.kinerjaflow.cycle.CycleBatchJobs;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import id.kinerjaflow.appraisal.Appraisal;
import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.appraisal.Stage;
import id.kinerjaflow.calibration.CalibrationService;
import id.kinerjaflow.calibration.UnitCalibration;
import id.kinerjaflow.cycle.AppraisalCycle;
import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.cycle.CycleSettings;
import id.kinerjaflow.org.Employee;
import id.kinerjaflow.org.OrganisationService;
import id.kinerjaflow.process.ProcessIds;
import id.kinerjaflow.process.Workflow;
import id.kinerjaflow.rating.CoreValue;
import id.kinerjaflow.security.SystemAuthentication;
import id.kinerjaflow.security.UserDirectory;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 4's journey in a real browser: staf drafts the SKP, kasubbid returns it, staf fixes it,
 * kasubbid approves; HR opens the review phase and sets the unit rating; staf reviews themself,
 * kasubbid rates, the board calibrates and releases, staf sees the result, which becomes final
 * when the appeal window closes. A screenshot of every form lands in target/screenshots/journey.
 */
class AppraisalJourneyBrowserIT extends BrowserTest {

    static final Path SHOTS = Path.of("target", "screenshots", "journey");

    @Autowired CycleService cycles;
    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired AppraisalService appraisals;
    @Autowired CalibrationService calibrations;
    @Autowired OrganisationService organisation;
    @Autowired Workflow workflow;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired UserDirectory users;

    int shot;

    /** Signs out whoever is signed in, then signs in as the user. */
    void signInAs(String username) {
        driver.manage().deleteAllCookies();
        login(username);
    }

    void screenshot(String name) throws IOException {
        Files.createDirectories(SHOTS);
        Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, SHOTS.resolve(String.format("%02d-%s.png", ++shot, name)), StandardCopyOption.REPLACE_EXISTING);
    }

    String taskId(Appraisal a, String taskKey) {
        return workflow.openTask(ProcessIds.Appraisal.PROCESS, a.getId().toString(), taskKey).orElseThrow().id();
    }

    /** Opens the task from the inbox, as a user does: the task's link in the inbox's grid. */
    void openFromInbox(String taskId) {
        open("/kotak-masuk");
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#inbox-grid a[href$='tugas/" + taskId + "']")));
        link.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-context")));
    }

    void type(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#" + id + " input, #" + id + " textarea")));
        field.clear();
        field.sendKeys(text);
        // leave the field: Vaadin sends the value on change
        ((JavascriptExecutor) driver).executeScript("arguments[0].blur()", field);
    }

    void choose(String selectId, String itemText) {
        WebElement select = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(selectId)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", select);
        wait.until(ExpectedConditions.elementToBeClickable(select)).click();
        // closed overlays of earlier selects keep their items in the page with zero size: pick the shown one
        By option = By.xpath("//vaadin-select-item[@role='option' and contains(normalize-space(.), '" + itemText + "')]");
        WebElement shown = wait.until(d -> d.findElements(option).stream()
                .filter(item -> item.isDisplayed() && item.getSize().getHeight() > 0)
                .findFirst().orElse(null));
        shown.click();
    }

    void click(String id) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        wait.until(ExpectedConditions.elementToBeClickable(button)).click();
    }

    void confirmDialog() {
        WebElement confirm = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "vaadin-button[slot='confirm-button']")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", confirm);
    }

    void backInTheInbox() {
        wait.until(d -> d.getCurrentUrl().contains("kotak-masuk"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-filters")));
    }

    void fireTimer(String businessKey, String activityId) {
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessIds.Appraisal.PROCESS)
                .processInstanceBusinessKey(businessKey).singleResult().getId();
        Job job = management.createJobQuery().processInstanceId(instance).activityId(activityId).singleResult();
        management.executeJob(job.getId());
    }

    Stage stage(Appraisal a) {
        return appraisals.find(a.getId()).orElseThrow().getStage();
    }

    @Test
    void stafWalksOneAppraisalFromTheFirstDraftToTheFinalResult() throws Exception {
        // a fresh cycle for the demo organisation: staf's appraisal and the calibration of staf's unit
        Employee staf = organisation.employee(users.find("staf").orElseThrow().employeeId()).orElseThrow();
        Instant now = Instant.now();
        AppraisalCycle cycle = SystemAuthentication.runAsSystem(() -> cycles.create(new CycleSettings(2026,
                "Periode Jurnal " + now.toEpochMilli(), now.plus(30, ChronoUnit.DAYS), now.plus(60, ChronoUnit.DAYS),
                7, now.plus(90, ChronoUnit.DAYS), 14)));
        Appraisal appraisal = SystemAuthentication.runAsSystem(() -> appraisals.start(cycle.getId(), staf.getId()));
        UnitCalibration calibration = SystemAuthentication.runAsSystem(
                () -> calibrations.start(cycle.getId(), staf.getUnit().getId()));

        // 1. staf drafts the SKP
        signInAs("staf");
        open("/kotak-masuk");
        screenshot("staf-inbox");
        openFromInbox(taskId(appraisal, ProcessIds.Appraisal.TASK_DRAFT_AGREEMENT));
        type("row-1-description", "Tersedianya data layanan kesehatan rujukan yang mutakhir");
        type("row-1-indicator-1-description", "Jumlah laporan data rujukan");
        type("row-1-indicator-1-target", "12");
        type("row-1-indicator-1-unit", "laporan");
        choose("row-1-indicator-1-aspect", "Kuantitas");
        type("attachment-resources", "Komputer, akses SIMRS dan anggaran pelaporan");
        type("attachment-accountability", "Laporan bulanan kepada Kepala Seksi");
        type("attachment-consequences", "Sesuai ketentuan disiplin PNS");
        screenshot("agreement-draft");
        click("submit");
        backInTheInbox();
        assertThat(openTaskKeys(appraisal)).containsExactly(ProcessIds.Appraisal.TASK_REVIEW_AGREEMENT);

        // 2. kasubbid returns it with a comment
        signInAs("kasubbid");
        openFromInbox(taskId(appraisal, ProcessIds.Appraisal.TASK_REVIEW_AGREEMENT));
        type("return-comment", "Target terlalu rendah: laporan dibuat mingguan, jadi targetnya 48 laporan.");
        screenshot("agreement-review-return");
        click("return");
        backInTheInbox();

        // 3. staf fixes the target and submits again
        signInAs("staf");
        openFromInbox(taskId(appraisal, ProcessIds.Appraisal.TASK_DRAFT_AGREEMENT));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("returned-notice"), "48"));
        type("row-1-indicator-1-target", "48");
        screenshot("agreement-draft-returned");
        click("submit");
        backInTheInbox();

        // 4. kasubbid approves
        signInAs("kasubbid");
        openFromInbox(taskId(appraisal, ProcessIds.Appraisal.TASK_REVIEW_AGREEMENT));
        screenshot("agreement-review-approve");
        click("approve");
        backInTheInbox();
        assertThat(stage(appraisal)).isEqualTo(Stage.AWAITING_REVIEW_PHASE);

        // 5. HR opens the review phase and sets the unit's rating
        signInAs("hr");
        open("/periode?id=" + cycle.getId());
        click("open-review-" + cycle.getId());
        screenshot("hr-open-review-phase");
        confirmDialog();
        // the suite has no job executor: the test runs the batch's jobs, the page's poll shows the end
        wait.until(d -> cycles.latestBatch(cycle.getId()) != null);
        new CycleBatchJobs(context).runAll(cycles.latestBatch(cycle.getId()));
        assertThat(stage(appraisal)).isEqualTo(Stage.SELF_REVIEW);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cycle-progress-text"), "Selesai"));
        screenshot("hr-cycles");
        String unitRatingTask = workflow.openTask(ProcessIds.Calibration.PROCESS, calibration.getId().toString(),
                ProcessIds.Calibration.TASK_SET_UNIT_RATING).orElseThrow().id();
        openFromInbox(unitRatingTask);
        click("task-claim");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("claim-bar")));
        click("unit-rating-GOOD");
        screenshot("unit-rating");
        click("submit");
        backInTheInbox();

        // 6. staf reviews themself
        signInAs("staf");
        openFromInbox(taskId(appraisal, ProcessIds.Appraisal.TASK_SELF_REVIEW));
        for (var row : SystemAuthentication.runAsSystem(() -> appraisals.rows(appraisal.getId()))) {
            for (var indicator : row.getIndicators()) {
                type("actual-" + indicator.getId(), "50");
            }
        }
        for (CoreValue value : CoreValue.values()) {
            type("reflection-" + value, "Saya menerapkan nilai ini dalam pelayanan data rujukan setiap hari.");
        }
        // a general evidence file, through the upload's own file input
        Path pdf = Files.createTempFile("laporan-rujukan", ".pdf");
        Files.writeString(pdf, "%PDF-1.4 laporan data rujukan");
        WebElement fileInput = driver.findElement(By.id("evidence-upload")).getShadowRoot()
                .findElement(By.cssSelector("input[type=file]"));
        fileInput.sendKeys(pdf.toAbsolutePath().toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evidence-list"),
                pdf.getFileName().toString()));
        screenshot("self-review");
        click("submit");
        backInTheInbox();
        wait.until(d -> stage(appraisal) == Stage.SUPERVISOR_REVIEW);

        // 7. kasubbid rates: the suggestions are filled in, the predikat shows before submitting
        signInAs("kasubbid");
        openFromInbox(taskId(appraisal, ProcessIds.Appraisal.TASK_SUPERVISOR_REVIEW));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("performance-preview")));
        // no peer feedback here, so kasubbid rates each value and the behaviour
        for (CoreValue value : CoreValue.values()) {
            choose("value-rating-" + value, "Sesuai Ekspektasi");
        }
        choose("behaviour-rating", "Sesuai Ekspektasi");
        screenshot("supervisor-review");
        // the appraiser opens the evidence: the link serves the file to this session
        WebElement evidence = driver.findElement(By.cssSelector("a[id^='evidence-file-']"));
        Object served = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0].href).then(r => r.text()).then(done, e => done('failed: ' + e));",
                evidence);
        assertThat(served).isEqualTo("%PDF-1.4 laporan data rujukan");
        click("submit");
        backInTheInbox();

        // 8. the board calibrates the unit and releases the results
        signInAs("board");
        String calibrationTask = workflow.openTask(ProcessIds.Calibration.PROCESS, calibration.getId().toString(),
                ProcessIds.Calibration.TASK_CALIBRATE_UNIT).orElseThrow().id();
        openFromInbox(calibrationTask);
        click("task-claim");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("claim-bar")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("spread-chart")));
        screenshot("calibration");
        click("approve");
        // the board confirms when the spread does not fit the curve (one appraisal never fits it)
        wait.until(d -> d.getCurrentUrl().contains("kotak-masuk") || !d.findElements(By.cssSelector(
                "vaadin-button[slot='confirm-button']")).isEmpty());
        if (!driver.getCurrentUrl().contains("kotak-masuk")) {
            screenshot("calibration-confirm");
            confirmDialog();
        }
        backInTheInbox();
        wait.until(d -> stage(appraisal) == Stage.RESULT);

        // 9. staf sees the result; it is final once the appeal window closes
        signInAs("staf");
        openFromInbox(taskId(appraisal, ProcessIds.Appraisal.TASK_ACKNOWLEDGE_RESULT));
        screenshot("result");
        click("acknowledge");
        backInTheInbox();
        fireTimer(appraisal.getId().toString(), ProcessIds.Appraisal.EVENT_APPEAL_WINDOW_CLOSED);
        assertThat(stage(appraisal)).isEqualTo(Stage.FINAL);
        open("/penilaian-saya");
        screenshot("my-appraisals-final");
        assertThat(appraisals.find(appraisal.getId()).orElseThrow().getFinalRating()).isNotNull();
    }

    private List<String> openTaskKeys(Appraisal a) {
        return List.of(ProcessIds.Appraisal.TASK_DRAFT_AGREEMENT, ProcessIds.Appraisal.TASK_REVIEW_AGREEMENT).stream()
                .filter(k -> workflow.openTask(ProcessIds.Appraisal.PROCESS, a.getId().toString(), k).isPresent())
                .toList();
    }
}
