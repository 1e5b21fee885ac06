package org.govsim.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govsim.app.BundledLibrary;
import org.govsim.app.CaseLibrary;
import org.govsim.app.Handouts;
import org.govsim.app.TimelineService;
import org.govsim.timeline.Database;
import org.govsim.timeline.TimelineStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML handout as a teacher uses it: saved to a file, opened in Chromium from file:// with no network behind it,
 * and printed. It must load nothing but itself and print on two to four pages on Letter and on A4.
 */
@BrowserTest
class PrintedHandoutTest {

    static final Path SCENARIO = Path.of("scenarios/openai-2023-board-crisis.yaml");
    static final Path WHATIFS = Path.of("scenarios/what-if/openai-2023");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    /** Paper in inches, as the DevTools protocol takes it. */
    static final Map<String, double[]> PAPER = Map.of("letter", new double[]{8.5, 11}, "a4", new double[]{8.27, 11.69});

    @TempDir
    static Path dir;
    static TimelineStore store;
    static Handouts handouts;
    static Browser browser;

    @BeforeAll
    static void historyAndItsBranches() throws IOException {
        store = TimelineStore.open(Database.h2(dir.resolve("data")));
        TimelineService timelines = new TimelineService(store);
        timelines.replay(SCENARIO, "history");
        for (String w : List.of("sutskever-stays-away", "no-microsoft-offer", "murati-stays-interim")) {
            timelines.fork(new TimelineService.ForkRequest("history", null, null, WHATIFS.resolve(w + ".yaml"), w,
                    false));
        }
        handouts = new Handouts(timelines, CaseLibrary.read(BundledLibrary.scenarios()));
        browser = Browser.start();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        store.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"history", "sutskever-stays-away", "no-microsoft-offer", "murati-stays-interim"})
    void aHandoutLoadsNothingButItselfAndPrintsOnTwoToFourPagesOnLetterAndA4(String timeline) throws IOException {
        Path file = dir.resolve(timeline + ".html");
        Files.writeString(file, handouts.render(timeline, Handouts.Format.HTML).text(), StandardCharsets.UTF_8);
        browser.open(file.toUri().toString());

        assertThat(browser.script("return document.readyState")).isEqualTo("complete");
        assertThat(browser.script("return document.querySelector('meta[http-equiv=Content-Security-Policy]').content"))
                .isEqualTo("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
        assertThat(browser.script("return document.scripts.length")).isEqualTo(0L);
        // nothing that could ask for more, so an empty list of fetches is not a list of blocked ones
        assertThat(browser.script("return document.querySelectorAll('[src], [href], [srcset], [poster], link, img, "
                + "iframe, object, embed, audio, video').length")).isEqualTo(0L);
        assertThat(browser.script("return [...document.styleSheets].flatMap(s => [...s.cssRules])"
                + ".filter(r => /url\\(|@import|@font-face/.test(r.cssText)).length")).isEqualTo(0L);
        @SuppressWarnings("unchecked")
        List<String> fetched = (List<String>) browser.script(
                "return performance.getEntriesByType('resource').map(e => e.name)");
        assertThat(fetched).as("resources the page fetched").isEmpty();
        assertThat(browser.script("return document.querySelectorAll('svg.chart path.curve').length"))
                .isNotEqualTo(0L);
        browser.screenshot("handout-" + timeline);
        assertThat(browser.accessibility()).isEmpty();

        for (Map.Entry<String, double[]> paper : PAPER.entrySet()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> printed = browser.driver().executeCdpCommand("Page.printToPDF", Map.of(
                    "paperWidth", paper.getValue()[0], "paperHeight", paper.getValue()[1], "printBackground", true,
                    "preferCSSPageSize", false));
            byte[] pdf = Base64.getDecoder().decode((String) printed.get("data"));
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve("handout-" + timeline + "-" + paper.getKey() + ".pdf"), pdf);
            assertThat(pages(pdf)).as(timeline + " on " + paper.getKey()).isBetween(2, 4);
        }
    }

    /** The PDF's page objects: "/Type /Page", not "/Type /Pages", the tree that holds them. */
    static int pages(byte[] pdf) {
        Matcher m = Pattern.compile("/Type\\s*/Page(?!s)").matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
