package id.kinerjaflow.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import id.kinerjaflow.IntegrationTest;
import id.kinerjaflow.demo.DemoOrganisation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real-browser journeys in headless Chromium (Debian's chromium and chromedriver; .ci/run installs
 * them). Where the browser is not installed the journeys are skipped, with the reason. Waits are
 * conditions polled by WebDriverWait, never sleeps.
 */
@IntegrationTest
abstract class BrowserTest {

    static final String CHROMIUM = System.getProperty("kinerjaflow.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("kinerjaflow.chromedriver", "/usr/bin/chromedriver");

    @LocalServerPort
    int port;
    @Autowired
    DemoOrganisation demo;

    WebDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER)),
                "Chromium is not installed (apt-get install chromium chromium-driver): browser journeys skipped");
        demo.load();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1366,768",
                "--user-data-dir=" + Files.createTempDirectory("kinerjaflow-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void login(String username) {
        driver.get(url("/login"));
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("input[name=password]")).sendKeys("demo");
        driver.findElement(By.cssSelector("vaadin-button[slot=submit]")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main-nav")));
    }

    void open(String path) {
        driver.get(url(path));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main-nav")));
    }
}
