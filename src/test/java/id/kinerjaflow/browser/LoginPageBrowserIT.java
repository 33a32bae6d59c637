package id.kinerjaflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * On a phone (390 x 844, a common size) the language choice reads in full, on the login page and
 * in the header after signing in, and nothing makes the page scroll sideways.
 */
class LoginPageBrowserIT extends BrowserTest {

    /** How the language select and its shown value fit, measured in the page. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> languageSwitch() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "#language-switch vaadin-select-value-button vaadin-select-item")));
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeScript("""
                const select = document.getElementById('language-switch');
                const button = select.querySelector('vaadin-select-value-button');
                const item = button.querySelector('vaadin-select-item');
                const box = select.getBoundingClientRect();
                return {
                  text: item.textContent.trim(),
                  itemCut: item.scrollWidth > item.clientWidth + 1,
                  buttonCut: button.scrollWidth > button.clientWidth + 1,
                  left: box.left, right: box.right,
                  viewport: window.innerWidth,
                  pageWidth: document.documentElement.scrollWidth
                };
                """);
    }

    private void assertReadsInFull(Map<String, Object> fit) {
        assertThat(fit.get("text")).isEqualTo("Bahasa Indonesia");
        assertThat(fit.get("itemCut")).as("the value is cut: %s", fit).isEqualTo(false);
        assertThat(fit.get("buttonCut")).as("the value is cut: %s", fit).isEqualTo(false);
        assertThat(((Number) fit.get("left")).doubleValue()).as("%s", fit).isGreaterThanOrEqualTo(0);
        assertThat(((Number) fit.get("right")).doubleValue()).as("%s", fit)
                .isLessThanOrEqualTo(((Number) fit.get("viewport")).doubleValue());
        assertThat(((Number) fit.get("pageWidth")).longValue()).as("no sideways scroll: %s", fit)
                .isLessThanOrEqualTo(((Number) fit.get("viewport")).longValue());
    }

    @Test
    void theLanguageChoiceIsNotCutOnAPhone() {
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(url("/login"));
        assertReadsInFull(languageSwitch());

        login("staf");
        assertReadsInFull(languageSwitch());
    }
}
