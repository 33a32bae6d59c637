package id.kinerjaflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerjaflow.process.ProcessIds;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** HR's designer really draws the process in bpmn-js, with the Camunda properties panel beside it. */
class DesignerBrowserIT extends BrowserTest {

    @Test
    void hrOpensTheAppraisalProcessInTheModeler() {
        login("hr");
        open("/desainer");

        // pick the appraisal process in the list of definitions, then open its current version
        WebElement row = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-grid[@id='designer-definitions']/vaadin-grid-cell-content[.//span[text()='"
                        + ProcessIds.Appraisal.PROCESS + "']]")));
        row.click();
        WebElement openButton = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-button[id^='open-" + ProcessIds.Appraisal.PROCESS + "-']")));
        // a script click: the development-mode notice may lie over the button in the test's window
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", openButton);

        WebElement modeler = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#designer-bpmn[data-rendered]")));
        int drawn = Integer.parseInt(modeler.getAttribute("data-rendered"));
        assertThat(drawn).as("elements bpmn-js drew").isGreaterThan(50);
        assertThat(modeler.getAttribute("data-error")).isNull();
        assertThat(modeler.findElements(By.cssSelector(".djs-element[data-element-id='Task_DraftAgreement']")))
                .as("the first task is drawn").hasSize(1);
        assertThat(modeler.findElements(By.cssSelector(".djs-palette"))).as("the modeler's palette").isNotEmpty();

        // a click on a task shows that task in the Camunda properties panel
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", modeler);
        modeler.findElement(By.cssSelector(".djs-element[data-element-id='Task_SupervisorReview'] .djs-hit")).click();
        String header = (String) wait.until(d -> ((JavascriptExecutor) d).executeScript(
                "const h = document.querySelector('#designer-bpmn .bio-properties-panel-header-label');"
                        + "return h && h.textContent.trim() ? h.textContent.trim() : null;"));
        assertThat(header).isEqualTo("Review the employee");
    }
}
