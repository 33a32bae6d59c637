package id.kinerjaflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import id.kinerjaflow.audit.FullAppraisal;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The auditor's path diagram is really drawn by bpmn-js: the steps taken marked, the loop counted,
 * and a click on a step filters the timeline.
 */
class AuditPathBrowserIT extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Test
    void anAuditorSeesThePathTakenAndFiltersTheTimelineByAStep() {
        FullAppraisal full = FullAppraisal.of(context);
        login("auditor");
        open("/audit/" + full.appraisal.getId());

        WebElement diagram = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#timeline-diagram[data-rendered]")));
        assertThat(diagram.getAttribute("data-error")).isNull();
        // the agreement was returned once, so it was drafted twice; the appraisal went on to its end
        wait.until(d -> !diagram.findElements(By.cssSelector(".djs-element.kf-marker-done")).isEmpty());
        assertThat(diagram.findElements(By.cssSelector(
                ".djs-element.kf-marker-done[data-element-id='Task_DraftAgreement']"))).hasSize(1);
        @SuppressWarnings("unchecked")
        List<String> badges = (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('#timeline-diagram .kf-diagram-badge'))"
                        + ".map(b => b.textContent);");
        assertThat(badges).contains("×2");

        String before = driver.findElement(By.id("timeline-count")).getText();
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", diagram);
        diagram.findElement(By.cssSelector(".djs-element[data-element-id='Task_SupervisorReview'] .djs-hit")).click();
        wait.until(d -> !d.findElement(By.id("timeline-count")).getText().equals(before));
        assertThat(driver.findElement(By.id("timeline-step")).getAttribute("value")).isNotBlank();
    }
}
