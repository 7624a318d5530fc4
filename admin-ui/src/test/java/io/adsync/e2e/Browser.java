package io.adsync.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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
import org.webjars.WebJarVersionLocator;

/**
 * Debian's headless Chromium driven through its ChromeDriver ({@code apt-get install chromium
 * chromium-driver}; .ci/run installs them), with a fresh profile, nothing downloaded.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Dimension LAPTOP = new Dimension(1366, 900);
    static final Dimension PHONE = new Dimension(390, 844);
    static final List<Dimension> WIDTHS = List.of(LAPTOP, PHONE);

    /** axe-core (the webjar on the test classpath), read once and injected into each page that is checked. */
    private static final String AXE = axeSource();

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
        settle();
        // the window is taller than the page's viewport by the browser's own frame: add that, or the
        // bottom of the page is cut off and the picture shows wherever the page was scrolled to
        Number height = (Number) script("window.scrollTo(0, 0);"
                + "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)"
                + " + (window.outerHeight - window.innerHeight)");
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

    /** A screenshot at each width, named {@code <name>-1366} and {@code <name>-390}. */
    void screenshots(String name) {
        WIDTHS.forEach(size -> screenshot(name + "-" + size.width, size));
    }

    /**
     * What axe-core finds on the page as it is now with impact serious or critical, one line per rule:
     * {@code color-contrast (serious) on 3 elements, e.g. button#sync-button, …: Fix any of the following: …}
     * (the first five elements, and what is wrong with the first). axe runs its default rule set
     * (WCAG 2.0/2.1 A and AA and its best practices, no experimental rules).
     */
    @SuppressWarnings("unchecked")
    List<String> seriousAccessibilityViolations() {
        if (!Boolean.TRUE.equals(script("return typeof window.axe === 'object'"))) {
            script(AXE);
        }
        Object found = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, { resultTypes: ['violations'] }).then(function (results) {"
                + "  done(results.violations"
                + "    .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                + "    .map(function (v) {"
                + "      var targets = v.nodes.slice(0, 5).map(function (n) { return n.target.join(' '); });"
                + "      return v.id + ' (' + v.impact + ') on ' + v.nodes.length + ' elements, e.g. ' + targets.join(', ')"
                + "        + ': ' + (v.nodes[0].failureSummary || v.help).replace(/\\s+/g, ' '); }));"
                + "}, function (error) { done({ error: String(error) }); });");
        if (found instanceof Map<?, ?> failure) {
            throw new IllegalStateException("axe-core could not check " + path() + ": " + failure.get("error"));
        }
        return (List<String>) found;
    }

    /**
     * The tables that stick out of their card (or of the page's main column when they are in none),
     * as {@code table.pending-reports: right edge 1402 > card's 1326}. A table inside a horizontally
     * scrolling box is measured by that box: it may be wider, the box must fit. Also reports a page
     * wider than the window, which scrolls sideways as a whole.
     */
    @SuppressWarnings("unchecked")
    List<String> tablesWiderThanTheirCard() {
        return (List<String>) script("""
                var problems = [];
                document.querySelectorAll('table').forEach(function (table) {
                  if (table.parentElement.closest('table') || table.offsetParent === null) { return; }
                  var box = table;
                  for (var e = table.parentElement; e && e !== document.body; e = e.parentElement) {
                    var overflow = getComputedStyle(e).overflowX;
                    if (overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden') { box = e; break; }
                  }
                  var container = box.parentElement.closest('.card') || document.querySelector('main');
                  var outer = container.matches('.card') ? 'card' : 'main';
                  var b = box.getBoundingClientRect(), c = container.getBoundingClientRect();
                  if (b.right > c.right + 0.5 || b.left < c.left - 0.5) {
                    problems.push('table.' + (table.className || '(no class)') + ': right edge ' + Math.round(b.right)
                        + ' > ' + outer + "'s " + Math.round(c.right));
                  }
                });
                if (document.documentElement.scrollWidth > window.innerWidth) {
                  problems.push('the page is ' + document.documentElement.scrollWidth + ' px wide in a '
                      + window.innerWidth + ' px window');
                }
                return problems;""");
    }

    /** Sets the window's width (and height) for checks that depend on it; {@link #screenshot} restores it. */
    void resize(Dimension size) {
        driver.manage().window().setSize(size);
        settle();
    }

    private static String axeSource() {
        String path = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
        try (var in = Browser.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("axe-core's webjar is not on the test classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
