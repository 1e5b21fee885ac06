package org.govsim.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.openqa.selenium.support.ui.WebDriverWait;

import org.govsim.web.Served;
import org.govsim.web.browser.Browser;

/**
 * The timeline view's first render in headless Chromium, by Navigation Timing: from navigation start to the load event
 * and to the moment the page marks its lanes drawn ({@code govsim-lanes-drawn}); median of N loads, each from a blank
 * page. The baseline, in the same run and the same browser: the server's Swagger UI page, a static page of the same
 * server, to its load event.
 * <p>
 * Usage: {@code java -cp ... org.govsim.bench.FirstRenderBenchmark [N]}
 */
public final class FirstRenderBenchmark {

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        try (Served served = Served.start(); Browser browser = Browser.start()) {
            String timeline = served.base() + "/#/timeline/openai-2023-board-crisis?at=120";
            String baseline = served.base() + "/swagger-ui/index.html";
            for (int i = 0; i < 3; i++) {
                load(browser, timeline, true);
                load(browser, baseline, false);
            }
            double[] loaded = new double[n];
            double[] lanes = new double[n];
            double[] base = new double[n];
            for (int i = 0; i < n; i++) {
                double[] t = load(browser, timeline, true);
                loaded[i] = t[0];
                lanes[i] = t[1];
                base[i] = load(browser, baseline, false)[0];
            }
            System.out.printf(Locale.ROOT, "timeline view, headless Chromium: load event %.0f ms, lanes drawn %.0f ms "
                    + "after navigation start (median of %d), target < 1000 ms%n", median(loaded), median(lanes), n);
            System.out.printf(Locale.ROOT, "baseline: the server's Swagger UI page, load event %.0f ms%n", median(base));
        }
        System.exit(0);
    }

    @SuppressWarnings("unchecked")
    private static double[] load(Browser browser, String url, boolean lanes) {
        browser.open("about:blank");
        browser.open(url);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(browser.script(
                "const nav = performance.getEntriesByType('navigation')[0];"
                        + "return nav && nav.loadEventEnd > 0"
                        + (lanes ? " && performance.getEntriesByName('govsim-lanes-drawn').length > 0" : "") + ";")));
        Map<String, Object> t = (Map<String, Object>) browser.script("""
                const nav = performance.getEntriesByType('navigation')[0];
                const lanes = performance.getEntriesByName('govsim-lanes-drawn')[0];
                return {load: nav.loadEventEnd - nav.startTime, lanes: lanes ? lanes.startTime : -1};""");
        return new double[]{((Number) t.get("load")).doubleValue(), ((Number) t.get("lanes")).doubleValue()};
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
