package id.kinerjaflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import id.kinerjaflow.monitor.CycleFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The dashboard's charts are really drawn by Chart.js in the browser, not only configured. */
class CycleDashboardBrowserIT extends BrowserTest {

    /** For each chart on the page: whether its canvas has a size and some painted pixels. */
    private static final String PAINTED = """
            return Array.from(document.querySelectorAll('kf-chart')).map(el => {
              const c = el.shadowRoot && el.shadowRoot.querySelector('canvas');
              if (!c || !el.hasAttribute('data-rendered') || c.width === 0 || c.height === 0) return false;
              const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
              for (let i = 3; i < px.length; i += 4) { if (px[i] > 0) return true; }
              return false;
            });""";

    @Autowired
    ApplicationContext context;

    @Test
    void hrSeesTheChartsOfACycleDrawn() {
        CycleFixture f = new CycleFixture(context);
        login("hr");

        open("/periode/" + f.cycleId + "/dasbor");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard-content")));
        wait.until(d -> d.findElements(By.cssSelector("kf-chart[data-rendered]")).size() == 3);

        @SuppressWarnings("unchecked")
        List<Boolean> painted = (List<Boolean>) wait.until(d -> {
            List<Boolean> p = (List<Boolean>) ((JavascriptExecutor) d).executeScript(PAINTED);
            return p != null && p.size() == 3 && p.stream().allMatch(Boolean::booleanValue) ? p : null;
        });
        assertThat(painted).containsExactly(true, true, true);
        assertThat(driver.findElement(By.id("overdue-count")).getText()).isEqualTo("2 tugas melewati tenggat");
    }
}
