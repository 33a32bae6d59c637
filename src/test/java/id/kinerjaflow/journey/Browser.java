package id.kinerjaflow.journey;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One user's headless Chromium (Debian's chromium and chromedriver) on the production jar, driven
 * only as a user drives it: typing, choosing, clicking, uploading through the file input. Every
 * console error and page error is collected; {@link #consoleErrors()} hands them to the journey,
 * which fails on any. Waits are conditions polled by WebDriverWait, never sleeps.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("kinerjaflow.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("kinerjaflow.chromedriver", "/usr/bin/chromedriver");

    public static final int DESKTOP_WIDTH = 1366;
    public static final int DESKTOP_HEIGHT = 768;
    public static final int PHONE_WIDTH = 390;
    public static final int PHONE_HEIGHT = 844;

    private final String language;

    private final ProductionJar.Running app;
    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path shots;
    private final Path downloads;
    private final List<String> errors = new ArrayList<>();
    private int shot;

    public Browser(ProductionJar.Running app, Path shots, int width, int height, String language) throws IOException {
        this.language = language;
        this.app = app;
        this.shots = shots;
        if (Files.isDirectory(shots)) {
            try (var old = Files.list(shots)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
        }
        this.downloads = Files.createTempDirectory("kinerjaflow-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + width + "," + height, "--lang=" + language,
                "--user-data-dir=" + Files.createTempDirectory("kinerjaflow-chromium"));
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("intl.accept_languages", language);
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(40));
        // Vaadin re-renders grid rows and forms while a condition is polled
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        fitViewport(width, height);
    }

    /** Makes the page's viewport (not the window, which has a frame even when headless) the given size. */
    private void fitViewport(int width, int height) {
        driver.get("about:blank");
        @SuppressWarnings("unchecked")
        List<Number> frame = (List<Number>) ((JavascriptExecutor) driver).executeScript(
                "return [window.outerWidth - window.innerWidth, window.outerHeight - window.innerHeight];");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(
                width + frame.get(0).intValue(), height + frame.get(1).intValue()));
    }

    public static boolean installed() {
        return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait await() {
        return wait;
    }

    public Path downloads() {
        return downloads;
    }

    // ---- signing in and moving about ------------------------------------------------------------------

    /** Signs out whoever is signed in (a fresh session), then signs in through the login form. */
    public void signIn(String username, String password) {
        driver.manage().deleteAllCookies();
        driver.get(app.url("/login"));
        if (language.startsWith("en")) {
            // the app follows the language a user chose (its cookie), not the browser's: choose English
            driver.manage().addCookie(new org.openqa.selenium.Cookie("kinerjaflow-lang", "en", "/"));
        }
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("input[name=password]")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-button[slot=submit]")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main-nav")));
        collectLog();
    }

    /** Opens a page by its address, as a user typing it or following a bookmark. */
    public void open(String path) {
        driver.get(app.url(path));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main-nav")));
        collectLog();
    }

    /** Waits until the page's server round trips are over (Vaadin's clients idle): the page is drawn. */
    public void settle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "const f = window.Vaadin && window.Vaadin.Flow;"
                        + " return !!f && !!f.clients && Object.values(f.clients).every(c => !c.isActive || !c.isActive());")));
    }

    /** Follows a link of the side navigation by its path. */
    public void navigate(String path) {
        WebElement item = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#main-nav vaadin-side-nav-item[path='" + path + "']")));
        scrollTo(item);
        item.click();
        wait.until(d -> d.getCurrentUrl().replaceAll("[?#].*", "").endsWith("/" + path));
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    // ---- filling in and clicking ------------------------------------------------------------------------

    public WebElement byId(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    /** Types into a Vaadin field (text field, area, number field...) by its id, then leaves it. */
    public void type(String id, String text) {
        By by = By.cssSelector("#" + id + " input, #" + id + " textarea");
        wait.until(d -> {
            WebElement field = d.findElement(by);
            scrollTo(field);
            if (!field.isDisplayed() || !field.isEnabled()) {
                return false;
            }
            field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            field.sendKeys(text);
            field.sendKeys(Keys.TAB);
            return true;
        });
    }

    /** Chooses an item of a vaadin-select by its visible text. */
    public void choose(String selectId, String itemText) {
        WebElement select = byId(selectId);
        scrollTo(select);
        wait.until(ExpectedConditions.elementToBeClickable(select)).click();
        // every select keeps its items in the page: only the open one's are shown
        wait.until(d -> {
            WebElement item = d.findElements(By.xpath("//vaadin-select-item[@role='option' and contains(normalize-space(.), '"
                    + itemText + "')]")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
            if (item == null) {
                return false;
            }
            item.click();
            return true;
        });
        wait.until(d -> select.getText().contains(itemText));
    }

    /** Types into a combo box (single or multi select) and picks the first matching item. */
    public void pick(String comboId, String text) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + comboId + " input")));
        scrollTo(input);
        input.click();
        input.sendKeys(text);
        wait.until(d -> {
            WebElement item = d.findElements(By.xpath("//*[(self::vaadin-combo-box-item"
                    + " or self::vaadin-multi-select-combo-box-item) and contains(normalize-space(.), '" + text + "')]"))
                    .stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
            if (item == null) {
                return false;
            }
            item.click();
            return true;
        });
        WebElement combo = driver.findElement(By.id(comboId));
        wait.until(d -> Boolean.TRUE.equals(js("const c = arguments[0];"
                + " return c.selectedItems ? c.selectedItems.length > 0 : c.selectedItem != null;", combo)));
        // a multi-select keeps its list open: close it (Escape on a closed combo box would clear it)
        if (Boolean.TRUE.equals(js("return arguments[0].opened;", combo))) {
            input.sendKeys(Keys.ESCAPE);
        }
        wait.until(d -> !Boolean.TRUE.equals(js("return arguments[0].opened;", combo)));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Clicks a radio button of a radio group by the item's visible label. */
    public void radio(String groupId, String label) {
        WebElement radio = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@id='" + groupId + "']//vaadin-radio-button[contains(normalize-space(.), '" + label + "')]")));
        scrollTo(radio);
        radio.click();
    }

    /** Clicks an element by its id, once it can be clicked (found again if Vaadin re-rendered it meanwhile). */
    public void click(String id) {
        click(By.id(id));
    }

    public void click(By by) {
        wait.until(d -> {
            WebElement element = d.findElement(by);
            scrollTo(element);
            if (!element.isDisplayed() || !element.isEnabled() || element.getAttribute("disabled") != null) {
                return false;
            }
            element.click();
            return true;
        });
    }

    /** Clicks the confirm button of the open confirm dialog. */
    public void confirm() {
        // earlier, closed confirm dialogs may keep their buttons in the page: take the one that is shown
        WebElement confirm = wait.until(d -> d.findElements(By.cssSelector("vaadin-button[slot='confirm-button']"))
                .stream().filter(b -> b.isDisplayed() && b.isEnabled()).findFirst().orElse(null));
        confirm.click();
    }

    /** Uploads a file through a vaadin-upload's own file input and waits until it is complete. */
    public void upload(String uploadId, Path file) {
        WebElement upload = byId(uploadId);
        upload(uploadId, file, d -> !upload.getShadowRoot().findElements(By.cssSelector("vaadin-upload-file[complete]"))
                .isEmpty() || !upload.findElements(By.cssSelector("vaadin-upload-file[complete]")).isEmpty());
    }

    /** Uploads a file and waits for the page's own sign that it arrived (for uploads that clear their list). */
    public void upload(String uploadId, Path file, java.util.function.Function<WebDriver, Boolean> arrived) {
        WebElement upload = byId(uploadId);
        scrollTo(upload);
        WebElement input = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        input.sendKeys(file.toAbsolutePath().toString());
        wait.until(arrived);
    }

    public void waitForText(String id, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    public String text(String id) {
        return byId(id).getText();
    }

    public void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    /** A file the browser downloaded by a click, once it is complete. */
    public Path awaitDownload(String nameEnd) {
        return wait.until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(p -> p.getFileName().toString().endsWith(nameEnd)).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    // ---- what went wrong ---------------------------------------------------------------------------------

    /** Every console error and uncaught page error so far (Chromium reports both as SEVERE). */
    public List<String> consoleErrors() {
        collectLog();
        return List.copyOf(errors);
    }

    private void collectLog() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(driver.getCurrentUrl() + ": " + entry.getMessage());
            }
        }
    }

    /** The page's horizontal overflow in CSS pixels: what a phone user would have to scroll sideways. */
    public long horizontalOverflow() {
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        return ((Number) overflow).longValue();
    }

    public Path screenshot(String name) throws IOException {
        Files.createDirectories(shots);
        Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Path target = shots.resolve(String.format("%02d-%s.png", ++shot, name));
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        collectLog();
        return target;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
