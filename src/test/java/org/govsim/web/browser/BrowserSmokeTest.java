package org.govsim.web.browser;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The browser machinery on static pages, before there is a web app to test: Chromium starts from Debian's packages,
 * reads a page, takes the keyboard, is photographed, passes axe-core and takes the time zone it is given.
 */
@BrowserTest
class BrowserSmokeTest {

    static final Map<String, String> SITE = Map.of(
            "/", """
                    <!doctype html>
                    <html lang="en">
                    <head><meta charset="utf-8"><title>govsim</title></head>
                    <body><main>
                    <h1>The board crisis of November 2023</h1>
                    <button type="button">Replay the crisis</button>
                    </main></body>
                    </html>
                    """,
            "/zone.html", """
                    <!doctype html>
                    <html lang="en">
                    <head><meta charset="utf-8"><title>Time zone</title></head>
                    <body><main><p id="zone"></p><script src="/zone.js"></script></main></body>
                    </html>
                    """,
            "/zone.js", """
                    document.getElementById("zone").textContent = Intl.DateTimeFormat().resolvedOptions().timeZone;
                    """);

    static HttpServer server;
    static String site;

    // Measured on a 2-core machine with Chromium 156: a start takes 0.7-0.8 s (1.8 s for the first in a JVM, which
    // loads Selenium), the first page 0.1-0.5 s, a close 0.25 s. So the class shares one browser and each test opens
    // its page afresh; only the time zone test starts its own, as a zone is fixed when the browser starts.
    static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", BrowserSmokeTest::serve);
        server.start();
        site = "http://127.0.0.1:" + server.getAddress().getPort();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    static void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = SITE.get(path);
        if (body == null) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        byte[] bytes = body.getBytes(UTF_8);
        exchange.getResponseHeaders().set("Content-Type",
                (path.endsWith(".js") ? "text/javascript" : "text/html") + "; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Test
    void aPageIsReadReachedByKeyboardPhotographedAndPassesAxe() throws IOException {
        browser.open(site + "/");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("The board crisis of November 2023");
        assertThat(browser.focused().getTagName()).as("nothing has the focus yet").isEqualTo("body");

        browser.tabTo("button Replay the crisis", 1);
        assertThat(browser.focused().getTagName()).isEqualTo("button");

        Path shot = browser.screenshot("browser-smoke");
        assertThat(shot).isEqualTo(Path.of("target/screenshots/browser-smoke.png"));
        assertThat(Files.readAllBytes(shot)).startsWith(0x89, 'P', 'N', 'G');

        assertThat(browser.accessibility()).isEmpty();
    }

    @Test
    void axeNamesWhatASeriousViolationBreaks() {
        browser.open(site + "/");
        browser.script("document.querySelector('button').textContent = ''");
        assertThat(browser.accessibility()).singleElement().asString().startsWith("button-name (critical): ")
                .contains("button");
    }

    /** The window's size and the page's width; headless Chromium still leaves room for its toolbars in the height. */
    static final String WINDOW = "return [window.outerWidth, window.outerHeight, window.innerWidth]";

    @Test
    void theWindowIsDesktopSizedUnlessAskedSmaller() {
        browser.open(site + "/");
        assertThat(browser.script(WINDOW)).isEqualTo(List.of(1280L, 900L, 1280L));
        browser.resize(Browser.SMALL_DESKTOP);
        try {
            assertThat(browser.script(WINDOW)).isEqualTo(List.of(1024L, 768L, 1024L));
        } finally {
            browser.resize(Browser.DESKTOP);
        }
    }

    @Test
    void pagesSeeTheTimeZoneTheBrowserWasStartedIn() {
        try (Browser tokyo = Browser.inZone(ZoneId.of("Asia/Tokyo"))) {
            tokyo.open(site + "/zone.html");
            assertThat(tokyo.driver().findElement(By.id("zone")).getText()).isEqualTo("Asia/Tokyo");
        }
    }
}
