package org.govsim.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * One headless Chromium, Debian's, driven through Debian's chromedriver, with a fresh profile deleted on close. A start
 * and close cost about a second (measured in BrowserSmokeTest), so a test class keeps one for all its tests.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** Window sizes; headless Chromium 156 keeps 143 pixels of the height for toolbars it does not draw. */
    public static final Dimension DESKTOP = new Dimension(1280, 900);
    public static final Dimension SMALL_DESKTOP = new Dimension(1024, 768);

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");
    private static final int TARGETS_SHOWN = 3;

    static {
        // Selenium Manager is skipped anyway because the service names its driver; should it ever run, it passes
        // SE_* properties on as its environment, and these keep it from fetching a browser or reaching the network.
        System.setProperty("SE_AVOID_BROWSER_DOWNLOAD", "true");
        System.setProperty("SE_OFFLINE", "true");
    }

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A desktop-sized window in the machine's time zone. */
    public static Browser start() {
        return launch(DESKTOP, Optional.empty());
    }

    public static Browser start(Dimension window) {
        return launch(window, Optional.empty());
    }

    /** A browser whose pages see {@code zone} as their local time zone, as a visitor there would. */
    public static Browser inZone(ZoneId zone) {
        return launch(DESKTOP, Optional.of(zone));
    }

    public static Browser inZone(ZoneId zone, Dimension window) {
        return launch(window, Optional.of(zone));
    }

    private static Browser launch(Dimension window, Optional<ZoneId> zone) {
        missing().ifPresent(absent -> {
            throw new IllegalStateException(notInstalled(absent));
        });
        Path profile;
        try {
            profile = Files.createTempDirectory("govsim-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                // Chromium takes its time zone from TZ, and the driver passes its environment on to the browser
                .withEnvironment(zone.map(z -> Map.of("TZ", z.getId())).orElse(Map.of()))
                .build();
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        // /dev/shm is small in containers; Chromium crashes when it fills
                        "--disable-dev-shm-usage",
                        "--user-data-dir=" + profile,
                        "--window-size=" + window.getWidth() + "," + window.getHeight());
        try {
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (RuntimeException e) {
            delete(profile);
            throw e;
        }
    }

    /** What the browser tests need and this machine lacks, if anything. */
    static Optional<String> missing() {
        List<String> absent = new ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) {
            absent.add(CHROMIUM.toString());
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            absent.add(CHROMEDRIVER.toString());
        }
        return absent.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", absent));
    }

    static String notInstalled(String missing) {
        return "The browser tests need " + missing + ": run .ci/run, or install them with 'apt-get install"
                + " --no-install-recommends chromium chromium-driver' (-D" + ChromiumInstalled.OPTIONAL
                + "=true skips the browser tests instead)";
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Browser open(String url) {
        driver.get(url);
        return this;
    }

    public Browser resize(Dimension window) {
        driver.manage().window().setSize(window);
        return this;
    }

    public Object script(String javaScript, Object... arguments) {
        return driver.executeScript(javaScript, arguments);
    }

    /** Saves what the window shows as target/screenshots/NAME.png. */
    public Path screenshot(String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * The page's serious and critical axe-core violations, one line each: the rule, its impact, what it asks and the
     * first few elements that break it. Empty when the page passes; meant for {@code assertThat(..).isEmpty()}.
     */
    public List<String> accessibility() {
        Results results = new AxeBuilder().analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core failed on " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        return results.getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .map(Browser::describe)
                .toList();
    }

    private static String describe(Rule rule) {
        List<CheckedNode> nodes = rule.getNodes();
        String targets = nodes.stream().limit(TARGETS_SHOWN).map(node -> String.valueOf(node.getTarget()))
                .collect(Collectors.joining(", "));
        String more = nodes.size() > TARGETS_SHOWN ? " and " + (nodes.size() - TARGETS_SHOWN) + " more" : "";
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at " + targets + more;
    }

    /** Presses Tab once, on whatever has the focus, as a keyboard user would. */
    public Browser tab() {
        new Actions(driver).sendKeys(Keys.TAB).perform();
        return this;
    }

    public Browser shiftTab() {
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        return this;
    }

    /** document.activeElement: the body when nothing has the focus. */
    public WebElement focused() {
        return (WebElement) driver.executeScript("return document.activeElement");
    }

    /** Tabs until {@code name} has the focus, failing after {@code presses} presses. */
    public WebElement tabTo(String name, int presses) {
        List<String> passed = new ArrayList<>();
        for (int i = 0; i < presses; i++) {
            WebElement element = tab().focused();
            if (describe(element).equals(name)) {
                return element;
            }
            passed.add(describe(element));
        }
        throw new AssertionError("No '" + name + "' in " + presses + " presses of Tab; the focus went " + passed);
    }

    /** What has the focus after each of {@code presses} presses of Tab, for asserting the keyboard order. */
    public List<String> tabOrder(int presses) {
        List<String> order = new ArrayList<>();
        for (int i = 0; i < presses; i++) {
            order.add(describe(tab().focused()));
        }
        return order;
    }

    /** An element as a screen reader announces it, "role name", e.g. "button Replay the crisis". */
    public static String describe(WebElement element) {
        String role = element.getAriaRole();
        String name = element.getAccessibleName();
        return name == null || name.isEmpty() ? role : role + " " + name;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
        }
    }

    private static void delete(Path directory) {
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    // a file the browser removed while we walked
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw e;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the browser profile " + directory, e);
        }
    }
}
