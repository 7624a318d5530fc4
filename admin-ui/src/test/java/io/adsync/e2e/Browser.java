package io.adsync.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium driven through its ChromeDriver ({@code apt-get install chromium
 * chromium-driver}; .ci/run installs them), with a fresh profile, nothing downloaded.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Dimension LAPTOP = new Dimension(1366, 900);
    static final Dimension PHONE = new Dimension(390, 844);

    private final String base;
    private final Path profile;
    private final ChromeDriver driver;

    Browser(int port) {
        this.base = "http://127.0.0.1:" + port;
        try {
            profile = Files.createTempDirectory("adsync-chromium-");
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=" + LAPTOP.width + "," + LAPTOP.height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(base + path);
    }

    String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    void click(String css) {
        find(css).click();
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    <T> T waitFor(Duration timeout, String what, Function<WebDriver, T> condition) {
        // htmx swaps the parts of the page that refresh themselves: an element seen a moment ago may be gone
        return new WebDriverWait(driver, timeout).withMessage(what)
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    /** Waits until the element is there, then answers it. */
    WebElement await(String css) {
        return waitFor(Duration.ofSeconds(10), "element " + css, d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() ? null : found.get(0);
        });
    }

    void waitForText(String css, String text, Duration timeout) {
        waitFor(timeout, "'" + text + "' in " + css, d -> d.findElements(By.cssSelector(css)).stream()
                .anyMatch(element -> element.getText().contains(text)));
    }

    /** A screenshot of the whole page (the window grows to the page's height) at the given width. */
    Path screenshot(String name, Dimension size) {
        driver.manage().window().setSize(size);
        Number height = (Number) script("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)");
        driver.manage().window().setSize(new Dimension(size.width, Math.max(size.height, height.intValue())));
        settle();
        Path target = SCREENSHOTS.resolve(name + ".png");
        try {
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(LAPTOP);
        }
        return target;
    }

    /** Charts fit the new size and two animation frames pass: the page is drawn before the picture is taken. */
    void settle() {
        script("if (window.Chart) { Object.values(Chart.instances).forEach(function (c) { c.resize(); }); }");
        driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "requestAnimationFrame(function () { requestAnimationFrame(function () { done(); }); });");
    }

    Path screenshot(String name) {
        return screenshot(name, LAPTOP);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }
}
