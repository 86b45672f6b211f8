package io.newsgraph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.restassured.RestAssured;

/**
 * Debian's headless Chromium, driven through its chromedriver, one for the whole test run: a test class gets it as a
 * parameter with {@code @ExtendWith(Browser.class)}, and it is closed when the run ends. Where Chromium is not
 * installed, the tests that need it are skipped with a message that says how to install it.
 * <p>
 * The browser reaches nothing but this machine: every other host name resolves to nothing, so that a page that asks for
 * something from outside (the sample content's pictures do) gets an error at once rather than go out.
 */
public final class Browser implements ExecutionCondition, ParameterResolver, AutoCloseable {

    public static final Viewport DESKTOP = new Viewport("desktop", 1280, 900, false);
    public static final Viewport PHONE = new Viewport("phone", 390, 844, true);

    private static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String NOT_INSTALLED = "Chromium is not installed, so the browser tests are skipped: install it"
            + " with `apt-get install chromium chromium-driver` (Debian), or name its binaries with -Dchromium.binary=..."
            + " and -Dchromedriver=...";

    private final ChromeDriver driver;

    /** What JUnit instantiates for {@code @ExtendWith}: only a resolver; the browser itself is made once per run. */
    public Browser() {
        this.driver = null;
    }

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /**
     * Skips the tests where Chromium is not installed, saying so: an assumption in {@link #resolveParameter} would fail
     * them instead, as JUnit reports any exception of a parameter resolver as an error.
     */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)
                ? ConditionEvaluationResult.enabled("Chromium is installed")
                : ConditionEvaluationResult.disabled(NOT_INSTALLED);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Browser resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Browser browser = context.getRoot().getStore(ExtensionContext.Namespace.create(Browser.class))
                .computeIfAbsent(Browser.class, key -> start(), Browser.class);
        browser.reset();
        return browser;
    }

    private static Browser start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--no-first-run", "--lang=en-GB",
                "--window-size=" + DESKTOP.width() + "," + DESKTOP.height());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver);
    }

    /** Each test starts on a desktop screen, sends no extra header, and has nothing cached. */
    private void reset() {
        viewport(DESKTOP);
        headers(Map.of());
        clearCache();
    }

    @Override
    public void close() {
        driver.quit();
    }

    public ChromeDriver driver() {
        return driver;
    }

    /**
     * The address of a path on the service under test, by IPv4: the address the tests' trusted proxy has
     * ({@code ClientsTestResource}), whatever {@code localhost} resolves to first.
     */
    public static String address(String path) {
        return RestAssured.baseURI.replace("localhost", "127.0.0.1") + ":" + RestAssured.port + path;
    }

    /** Loads a path of the service, as typing it in the address bar would, and waits until its view is shown. */
    public void open(String path) {
        driver.get(address(path));
        waitForView();
    }

    /** Waits until the page has rendered the view of its address (main is no longer busy). */
    public void waitForView() {
        until(driver -> driver.findElement(By.id("main")).getAttribute("aria-busy") == null
                && !driver.findElements(By.cssSelector("main h1")).isEmpty());
    }

    /** Waits until the condition holds (a value other than null or false), at most 15 s; returns its value. */
    public <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition::apply);
    }

    public WebElement find(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector));
    }

    public List<WebElement> findAll(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    public String path() {
        return (String) script("return location.pathname + location.search");
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    public Object asyncScript(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
    }

    /** Renders pages as a screen of this size would, a phone's with its touch and its viewport meta tag. */
    public void viewport(Viewport viewport) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", viewport.width(), "height",
                viewport.height(), "deviceScaleFactor", 1, "mobile", viewport.mobile()));
    }

    /** Sends these headers with every request of the browser from now on, as a proxy in front of it would add them. */
    public void headers(Map<String, String> headers) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", headers));
    }

    /** Forgets every answer the browser has cached, as a reader who arrives later has none. */
    public void clearCache() {
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
    }

    /** Saves a screenshot of the whole page as {@code target/screenshots/<name>-<viewport>.png}. */
    @SuppressWarnings("unchecked")
    public Path screenshot(String name, Viewport viewport) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", Math.max(size.get("width").doubleValue(),
                viewport.width()), "height", size.get("height"), "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", clip));
        Path file = SCREENSHOTS.resolve(name + "-" + viewport.name() + ".png");
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A screen size: the CSS pixels of its viewport, and whether it is a phone's. */
    public record Viewport(String name, int width, int height, boolean mobile) {
    }
}
