package org.govsim.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.govsim.web.browser.Browser;
import org.govsim.web.browser.BrowserTest;

/**
 * A student's session in a real Chromium against the app served in this JVM: the library, the player, a fork, the
 * branch tree, a comparison and the experiments, with axe-core and the keyboard on every main view. The tests run in
 * order and build on each other (a fork made in one is compared in the next), as a session does.
 */
@BrowserTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StudentSessionTest {

    static final String CASE = "openai-2023-board-crisis";
    /** The board's vote that removed Altman: 12:00 on Friday 2023-11-17 in San Francisco. */
    static final long REMOVAL = 29;
    /** Before the removal vote, so an override of it is still possible. */
    static final long BEFORE_THE_VOTE = 28;
    static final String BRANCH = "toner-votes-against";
    /** The cursor as the link holds it. */
    static final Pattern CURSOR = Pattern.compile("[?&]at=(\\d+)");

    // one server and one browser for the class: a start of each costs seconds, a page a fraction of one
    static Served served;
    static Browser browser;

    @BeforeAll
    static void start() {
        served = Served.start();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (served != null) {
            served.close();
        }
    }

    @Test
    @Order(1)
    void opensTheCaseFromTheLibrary() {
        open("#/library");
        assertThat(text("main h2")).isEqualTo("The OpenAI board crisis, November 2023");
        assertThat(driver().findElements(By.cssSelector(".cards .card"))).hasSizeGreaterThanOrEqualTo(10);
        assertThat(text(".card")).contains("What if");
        // the other cases lie below the first one's what-ifs: the index at the top takes the student there
        assertThat(driver().findElements(By.cssSelector(".case-index button"))).extracting(WebElement::getText)
                .contains("Disney's withhold vote, March 2004", "Apple's board backs its CEO against the founder, 1985");
        driver().findElement(By.cssSelector("[data-test='go-to-case-disney-2004-withhold-vote']")).click();
        // the heading's top lands at the window's top, give or take a fraction of a pixel
        waitFor(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "const r = document.getElementById('case-disney-2004-withhold-vote').getBoundingClientRect();"
                        + " return r.top > -5 && r.top < window.innerHeight / 2;"));
        ((org.openqa.selenium.JavascriptExecutor) driver()).executeScript("window.scrollTo(0, 0);");
        screenshot("library");
        assertThat(browser.accessibility()).isEmpty();

        WebElement card = driver().findElement(By.xpath("//article[.//code[text()='brockman-invited']]"));
        card.findElement(By.xpath(".//button[normalize-space()='Preview']")).click();
        waitFor(d -> !card.findElements(By.cssSelector(".card-preview table.outcome")).isEmpty());
        assertThat(card.findElement(By.cssSelector(".card-preview")).getText()).contains("How it would end", "CEO");
        assertThat(served.get("/api/v1/timelines").body()).doesNotContain("brockman-invited");

        driver().findElement(By.linkText("Open the case")).click();
        waitFor(d -> d.findElements(By.cssSelector("#lanes[data-drawn]")).size() == 1);
        assertThat(hash()).startsWith("#/timeline/" + CASE);
        assertThat(driver().findElements(By.cssSelector("#lanes g.mark"))).hasSizeGreaterThan(100);
        assertThat(driver().findElements(By.cssSelector(".legend li"))).hasSize(5);
        assertThat(text(".legend")).contains("reported", "calibrated", "modelled", "assumed", "what-if");
    }

    @Test
    @Order(2)
    void stepsPlaysScrubsAndClicksAMark() {
        openTimeline(BEFORE_THE_VOTE);
        press(Keys.ARROW_RIGHT);
        waitFor(d -> cursor() == REMOVAL);
        assertThat(text("#cursor-status")).contains("Event 29", "2023-11-17 12:00", "Board", "MotionCarried");
        assertThat(text(".story-line.current")).contains("Motion carried");
        press(Keys.ARROW_LEFT);
        waitFor(d -> cursor() == BEFORE_THE_VOTE);

        driver().findElement(By.xpath("//button[normalize-space()='Step forward ▶']")).click();
        waitFor(d -> cursor() == REMOVAL);
        waitFor(d -> "29".equals(attribute(".state-body", "data-seq")));
        assertThat(text(".state-body")).contains("Sam Altman", "Banzhaf", "Shapley-Shubik", "Quorum");

        new Select(driver().findElement(By.id("speed"))).selectByValue("8");
        // Space on a focused button presses it; on the lanes it plays and pauses
        js("document.getElementById('lanes').focus()");
        press(Keys.SPACE);
        waitFor(d -> cursor() > REMOVAL + 5);
        press(Keys.SPACE);
        long paused = cursor();
        sleep(700);
        assertThat(cursor()).as("paused").isEqualTo(paused);

        press(Keys.END);
        waitFor(d -> cursor() >= 409);
        press(Keys.HOME);
        waitFor(d -> cursor() < 10);

        WebElement scrub = driver().findElement(By.id("scrub"));
        new Actions(driver()).moveToElement(scrub, scrub.getSize().getWidth() / 4, 0).click().perform();
        waitFor(d -> cursor() > 20);
        long scrubbed = cursor();
        assertThat(scrubbed).isLessThan(400);

        int whole = driver().findElements(By.cssSelector("#lanes g.mark")).size();
        new Select(driver().findElement(By.id("span"))).selectByValue("1d");
        assertThat(hash()).contains("span=1d");
        assertThat(driver().findElements(By.cssSelector("#lanes g.mark")).size()).isLessThan(whole);
        new Select(driver().findElement(By.id("span"))).selectByValue("all");

        // marks at the same moment overlap: the click lands on the one drawn on top, as for a student's mouse
        WebElement mark = driver().findElement(By.cssSelector("#lanes g.mark[data-seq='35']"));
        long onTop = Long.parseLong((String) js("const r = arguments[0].getBoundingClientRect();"
                + "return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2).closest('g.mark').dataset.seq;",
                mark));
        new Actions(driver()).moveToElement(mark).click().perform();
        waitFor(d -> cursor() == onTop);
        waitFor(d -> d.findElements(By.cssSelector(".why-chain[data-seq='" + onTop + "'] li")).size() >= 2);
        assertThat(text(".why-chain")).contains("Altman", "script");
        assertThat(hash()).contains("at=" + onTop).contains("event=" + onTop);
        screenshot("player");
        assertThat(browser.accessibility()).isEmpty();
    }

    @Test
    @Order(3)
    void aStoryLineShowsItsRuleSourceAndWhy() {
        openTimeline(202);
        WebElement current = driver().findElement(By.cssSelector(".story-line.current"));
        assertThat(current.getAttribute("aria-current")).isEqualTo("step");
        assertThat(current.getText()).contains("rule", "policy:letter-spreads", "calibrated");
        Boolean visible = (Boolean) js("const box = document.querySelector('.story-scroll');"
                + "const li = document.querySelector('.story-line.current');"
                + "return li.offsetTop >= box.scrollTop && li.offsetTop < box.scrollTop + box.clientHeight;");
        assertThat(visible).as("the current line is scrolled into view").isTrue();

        WebElement link = driver().findElement(By.cssSelector(".story-line a.source-key"));
        assertThat(link.getAttribute("href")).startsWith("https://");
        assertThat(link.getAttribute("rel")).isEqualTo("noopener noreferrer");

        current.findElement(By.cssSelector("button.line-text")).click();
        waitFor(d -> d.findElements(By.cssSelector(".why-chain[data-seq='202'] li")).size() >= 3);
        assertThat(text(".why-chain")).contains("LetterOpened", "carried out action");
    }

    @Test
    @Order(4)
    void forksAtTheCursorWithAnOverride() {
        openTimeline(BEFORE_THE_VOTE);
        driver().findElement(By.linkText("Fork at the cursor")).click();
        waitFor(d -> "fork".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        assertThat(hash()).isEqualTo("#/fork/" + CASE + "?at=" + BEFORE_THE_VOTE);
        WebElement name = driver().findElement(By.id("whatif"));
        name.clear();
        name.sendKeys("not a name!");
        WebElement question = driver().findElement(By.id("question"));
        question.clear();
        question.sendKeys("What if Toner had voted against removing Altman?");
        new Select(driver().findElement(By.id("override-vote"))).selectByValue("remove-altman");
        new Select(driver().findElement(By.id("override-director"))).selectByValue("toner");
        new Select(driver().findElement(By.id("override-decision"))).selectByValue("votes-against");
        assertThat(text("#yaml-text")).contains("override:", "{vote: remove-altman, director: toner, decision: "
                + "votes-against}");
        assertThat(driver().findElement(By.id("download-yaml")).getAttribute("href")).startsWith("blob:");

        driver().findElement(By.id("preview-button")).click();
        waitFor(d -> !d.findElement(By.id("fork-errors")).getText().isEmpty());
        assertThat(text("#fork-errors")).startsWith("whatif:");
        assertThat(driver().findElement(By.id("whatif")).getAttribute("aria-invalid")).isEqualTo("true");

        name.clear();
        name.sendKeys("toner-against");
        driver().findElement(By.id("preview-button")).click();
        waitFor(d -> d.findElements(By.cssSelector(".preview table.outcome")).size() == 1);
        assertThat(text(".preview")).contains("Dry run", "How the branch ends", "CEO");
        assertThat(text("#fork-errors")).isEmpty();
        screenshot("fork");
        assertThat(browser.accessibility()).isEmpty();

        driver().findElement(By.id("branch-name")).sendKeys(BRANCH);
        driver().findElement(By.id("save-button")).click();
        waitFor(d -> d.findElements(By.linkText("Play the branch")).size() == 1);
        assertThat(served.get("/api/v1/timelines/" + BRANCH).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(5)
    void seesTheBranchInTheTreeWithItsQuestionAndOutcome() {
        open("#/branches");
        WebElement branch = driver().findElement(By.cssSelector("li.branch[data-timeline='" + BRANCH + "']"));
        assertThat(branch.getText()).contains("What if Toner had voted against removing Altman?", "Forked from " + CASE,
                "Ends:", "CEO");
        screenshot("branches");
        assertThat(browser.accessibility()).isEmpty();
    }

    @Test
    @Order(6)
    void comparesTwoBranches() {
        open("#/library");
        WebElement card = driver().findElement(By.xpath("//article[.//code[text()='no-microsoft-offer']]"));
        card.findElement(By.xpath(".//button[normalize-space()='Fork the case']")).click();
        waitFor(d -> hash().startsWith("#/timeline/" + CASE + "-no-microsoft-offer"));
        waitFor(d -> d.findElements(By.cssSelector("#lanes[data-drawn]")).size() == 1);
        assertThat(text(".question")).isEqualTo("What if Microsoft had made no offer?");

        open("#/compare?a=" + BRANCH + "&b=" + CASE + "-no-microsoft-offer");
        assertThat(text("table.compare-outcome")).contains("CEO", "Board", BRANCH);
        assertThat(driver().findElements(By.cssSelector("table.compare-outcome tr.differs"))).isNotEmpty();
        assertThat(text("#first-divergence")).contains("From event");
        assertThat(driver().findElements(By.cssSelector("li.first-divergence"))).isNotEmpty();
        assertThat(driver().findElements(By.cssSelector(".chart path.series"))).hasSize(2);
        screenshot("compare");
        assertThat(browser.accessibility()).isEmpty();
    }

    @Test
    @Order(7)
    void showsTheExperiments() {
        open("#/experiments");
        assertThat(new Select(driver().findElement(By.id("experiment"))).getOptions()).hasSize(5);
        assertThat(driver().findElement(By.id("sweep-progress")).isDisplayed()).isTrue();
        screenshot("experiments");
        assertThat(browser.accessibility()).isEmpty();
    }

    @Test
    @Order(8)
    void runsASweepAndMovesTheSlider() {
        open("#/experiments?experiment=workforce-loyalty");
        waitFor(d -> d.findElements(By.cssSelector("#quick-chart svg.chart")).size() == 1);
        String before = attribute("#quick-chart", "data-value");
        WebElement slider = driver().findElement(By.id("quick-value"));
        slider.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        waitFor(d -> !before.equals(attribute("#quick-chart", "data-value")));
        assertThat(text("#quick-status")).contains("workforce.thresholdShift = 0.13", "200 runs");
        assertThat(text(".quick-figures")).contains("ceoReinstated");

        new Select(driver().findElement(By.id("experiment"))).selectByValue("quorum-and-notice");
        driver().findElement(By.id("run-sweep")).click();
        waitFor(d -> "true".equals(attribute("#sweep-results", "data-ready")));
        assertThat(driver().findElement(By.id("sweep-progress")).getAttribute("value")).isEqualTo("1");
        assertThat(text("#sweep-status")).startsWith("done: 12 of 12 runs");
        assertThat(driver().findElements(By.cssSelector("#sweep-chart rect.bar"))).isNotEmpty();
        screenshot("experiments-sweep");
        assertThat(browser.accessibility()).isEmpty();
    }

    @Test
    @Order(9)
    void everyControlOfEveryMainViewIsReachableByKeyboard() {
        for (String view : List.of("#/library", "#/timeline/" + CASE + "?at=120", "#/fork/" + CASE + "?at="
                + BEFORE_THE_VOTE, "#/branches", "#/compare?a=" + CASE + "&b=" + BRANCH, "#/experiments",
                "#/play/" + CASE + "?role=board")) {
            open(view);
            long controls = (Long) js("""
                    const all = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')]
                        .filter(e => !e.disabled && e.tabIndex >= 0
                            && e.checkVisibility({contentVisibilityAuto: true, visibilityProperty: true}));
                    all.forEach((e, i) => e.dataset.k = i);
                    return all.length;""");
            js("document.activeElement.blur(); window.scrollTo(0, 0);");
            Set<String> reached = new HashSet<>();
            for (int i = 0; i < controls + 5 && reached.size() < controls; i++) {
                browser.tab();
                Object k = js("return document.activeElement.dataset.k ?? null");
                if (k != null) {
                    reached.add(k.toString());
                }
            }
            List<?> missed = (List<?>) js("return [...document.querySelectorAll('[data-k]')]"
                    + ".filter(e => !arguments[0].includes(e.dataset.k)).map(e => e.outerHTML.slice(0, 120))",
                    List.copyOf(reached));
            assertThat(missed).as("controls Tab never reaches on " + view).isEmpty();
        }
        open("#/timeline/" + CASE);
        browser.tabTo("button Play", 30);
        String outline = (String) js("return getComputedStyle(document.activeElement).outlineStyle");
        assertThat(outline).as("the focus is visible").isNotEqualTo("none");
    }

    @Test
    @Order(10)
    void aBrowserInTokyoStillShowsTheCaseLocalTimes() {
        try (Browser tokyo = Browser.inZone(ZoneId.of("Asia/Tokyo"))) {
            tokyo.open(served.base() + "/#/timeline/" + CASE + "?at=" + REMOVAL);
            new WebDriverWait(tokyo.driver(), Duration.ofSeconds(20)).until(d -> "timeline".equals(
                    d.findElement(By.tagName("body")).getAttribute("data-ready")));
            assertThat(tokyo.script("return Intl.DateTimeFormat().resolvedOptions().timeZone")).isEqualTo("Asia/Tokyo");
            assertThat(tokyo.driver().findElement(By.id("cursor-status")).getText()).contains("Fri 2023-11-17 12:00");
            assertThat(tokyo.driver().findElement(By.cssSelector(".story-line.current")).getText())
                    .contains("11-17 12:00");
            tokyo.screenshot("player-tokyo");
        }
    }

    @Test
    @Order(11)
    void theTimelineFitsATabletAndItsFirstRenderIsMeasured() {
        browser.resize(Browser.SMALL_DESKTOP);
        try {
            browser.open("about:blank");
            open("#/timeline/" + CASE + "?at=120");
            Boolean fits = (Boolean) js("return document.documentElement.scrollWidth <= "
                    + "document.documentElement.clientWidth");
            assertThat(fits).as("no sideways scrolling at 1024 px").isTrue();
            screenshot("player-1024");
            @SuppressWarnings("unchecked")
            Map<String, Object> timing = (Map<String, Object>) js("""
                    const nav = performance.getEntriesByType('navigation')[0];
                    const lanes = performance.getEntriesByName('govsim-lanes-drawn')[0];
                    return {load: nav.loadEventEnd - nav.startTime, lanes: lanes ? lanes.startTime : -1};""");
            System.out.printf("First render of the timeline view: load event end %.0f ms after navigation start, lanes "
                    + "drawn at %.0f ms%n", ((Number) timing.get("load")).doubleValue(),
                    ((Number) timing.get("lanes")).doubleValue());
        } finally {
            browser.resize(Browser.DESKTOP);
        }
    }

    @Test
    @Order(12)
    void printsTheStateAndTheStoryWithoutTheControls() {
        openTimeline(202);
        waitFor(d -> "202".equals(attribute(".state-body", "data-seq")));
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(driver().findElement(By.cssSelector(".controls")).isDisplayed()).isFalse();
            assertThat(driver().findElement(By.cssSelector("nav")).isDisplayed()).isFalse();
            assertThat(driver().findElement(By.cssSelector(".state-body table.directors")).isDisplayed()).isTrue();
            assertThat(driver().findElement(By.cssSelector(".story-line.current")).isDisplayed()).isTrue();
            screenshot("player-print");
        } finally {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    @Order(13)
    void renamesAndDeletesABranchOfHerOwn() {
        open("#/branches");
        WebElement branch = driver().findElement(By.cssSelector("li.branch[data-timeline='" + CASE
                + "-no-microsoft-offer']"));
        branch.findElement(By.xpath(".//button[starts-with(normalize-space(), 'Rename')]")).click();
        WebElement name = branch.findElement(By.cssSelector("form.rename input"));
        name.clear();
        name.sendKeys("no-offer", Keys.ENTER);
        waitFor(d -> d.findElements(By.cssSelector("li.branch[data-timeline='no-offer']")).size() == 1
                && "branches".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        driver().findElement(By.cssSelector("li.branch[data-timeline='no-offer']"))
                .findElement(By.xpath(".//button[starts-with(normalize-space(), 'Delete')]")).click();
        driver().switchTo().alert().accept();
        waitFor(d -> d.findElements(By.cssSelector("li.branch[data-timeline='no-offer']")).isEmpty()
                && "branches".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        assertThat(served.get("/api/v1/timelines/no-offer").statusCode()).isEqualTo(404);
    }

    /** The window as target/screenshots/NAME.png, and the whole page, scrolled or not, as NAME-full.png. */
    @Test
    @Order(14)
    void playsTheBoardPredictsAndReadsTheDebrief() {
        open("#/library");
        driver().findElement(By.cssSelector("[data-test='play-case']")).click();
        waitFor(d -> !d.findElements(By.cssSelector("[data-test='play-as-board']")).isEmpty());
        driver().findElement(By.cssSelector("[data-test='play-as-board']")).click();
        waitFor(d -> text("#decision-heading").contains("the-vote-of-11-17"));
        assertThat(text("form.decision")).contains("Friday 17 November, noon.", "Do not move against Altman yet.",
                "Before the actors play on, predict");
        screenshot("play-decision");
        assertThat(browser.accessibility()).isEmpty();

        new org.openqa.selenium.support.ui.Select(driver().findElement(By.id("predict-returns"))).selectByValue("yes");
        driver().findElement(By.id("predict-signatures")).sendKeys("700");
        driver().findElement(By.id("option-as-history")).click();
        waitFor(d -> !d.findElements(By.id("decision-heading")).isEmpty()
                && text("#decision-heading").contains("the-interim-ceo-11-19"));
        assertThat(text("main")).contains("What has happened", "Decision (board): Remove Altman and Brockman at once")
                .as("nothing after the decision at hand").doesNotContain("Emmett Shear accepts", "11-21");
        assertThat(driver().findElements(By.id("predict-returns"))).as("one prediction a play").isEmpty();

        driver().findElement(By.id("option-keep-murati")).click();
        waitFor(d -> !d.findElements(By.id("decision-heading")).isEmpty()
                && text("#decision-heading").contains("the-terms-of-11-21"));
        driver().findElement(By.id("option-as-history")).click();
        waitFor(d -> d.findElements(By.xpath("//h2[normalize-space()='How it ended']")).size() == 1);
        assertThat(text("main")).contains("Your branch", "History", "Against your branch", "Against history",
                "The decisive events", "Voting power", "Questions");
        screenshot("play-debrief");
        assertThat(browser.accessibility()).isEmpty();
    }

    @Test
    @Order(30)
    void readsWhoHoldsTheVotesAndTheCashInWeWorksCase() {
        // the morning SoftBank's directors ask Neumann to go: the IPO is off, and his class B carries ten votes
        open("#/timeline/wework-2019-the-financier-prevails?at=28");
        waitFor(d -> "28".equals(attribute(".state-body", "data-seq")));
        String state = text(".state-body");
        assertThat(state).contains("Stockholders", "class B common", "10 votes each", "Adam Neumann", "71.4%",
                "Cash the company can count on", "SoftBank's warrant: $1.5B");
        assertThat(state).doesNotContain("Staff and the letter");
        waitFor(d -> d.findElements(By.cssSelector("#lanes[data-drawn]")).size() == 1);
        assertThat((String) js("return document.getElementById('lanes').textContent"))
                .contains("Stockholders", "Cash", "Courts");
        driver().findElement(By.cssSelector(".state-body table.holders")).click();
        screenshot("state-stockholders");
    }

    private static void screenshot(String name) {
        Path window = browser.screenshot(name);
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) browser.driver()
                .executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
        Map<String, Object> shot = browser.driver().executeCdpCommand("Page.captureScreenshot", Map.of(
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "scale", 1,
                        "width", ((Number) size.get("width")).doubleValue(),
                        "height", ((Number) size.get("height")).doubleValue())));
        try {
            Files.write(window.resolveSibling(name + "-full.png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WebDriver driver() {
        return browser.driver();
    }

    /** Opens a view by its hash and waits until the view says it is ready. */
    private static void open(String hash) {
        // a fresh document each time: going to another hash of the same page would keep the last view's state
        browser.open("about:blank");
        browser.open(served.base() + "/" + hash);
        String view = hash.replaceFirst("^#/", "").split("[/?]")[0];
        waitFor(d -> view.equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    /** A key pressed on whatever has the focus, as a keyboard user would. */
    private static void press(CharSequence key) {
        new Actions(driver()).sendKeys(key).perform();
    }

    private static void openTimeline(long at) {
        open("#/timeline/" + CASE + "?at=" + at);
        waitFor(d -> d.findElements(By.cssSelector("#lanes[data-drawn]")).size() == 1);
    }

    private static long cursor() {
        String hash = hash();
        Matcher m = CURSOR.matcher(hash);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private static String hash() {
        return (String) js("return location.hash");
    }

    private static String text(String css) {
        return driver().findElement(By.cssSelector(css)).getText();
    }

    private static String attribute(String css, String name) {
        List<WebElement> found = driver().findElements(By.cssSelector(css));
        return found.isEmpty() ? null : found.get(0).getAttribute(name);
    }

    private static Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) driver()).executeScript(script, arguments);
    }

    private static void waitFor(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver(), Duration.ofSeconds(20), Duration.ofMillis(100))
                // the page replaces what it shows as a turn arrives: an element read as it goes is read again
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
