package org.govsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The executable jar as a user with only a Java runtime runs it: from another directory, with nothing else. */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "govsim.jar").toAbsolutePath();

    @TempDir
    Path elsewhere;

    private static List<String> java(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    @Test
    void theJarAloneReplaysTheShippedCaseFromAnyDirectory() throws Exception {
        Process p = new ProcessBuilder(java("replay", "openai-2023-board-crisis", "--data", "data"))
                .directory(elsewhere.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("Stored as timeline 'openai-2023-board-crisis' (410 events).");
        assertThat(Files.isDirectory(elsewhere.resolve("data"))).isTrue();
    }

    @Test
    void theJarAloneServesTheWebAppAndItsApi() throws Exception {
        Process p = new ProcessBuilder(java("serve", "--port", "0", "--data", "data", "--log-level", "warn"))
                .directory(elsewhere.toFile()).redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            Pattern serving = Pattern.compile("govsim serves (http://127\\.0\\.0\\.1:\\d+)/");
            String base = null;
            StringBuilder seen = new StringBuilder();
            for (String line; base == null && (line = lines.readLine()) != null; ) {
                seen.append(line).append('\n');
                Matcher m = serving.matcher(line);
                if (m.find()) {
                    base = m.group(1);
                }
            }
            assertThat(base).as(seen.toString()).isNotNull();
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.body()).contains("UP");
            HttpResponse<String> timelines = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/timelines"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(timelines.body()).contains("openai-2023-board-crisis");
            // the page and its modules travel in the jar, addressed relative to the page
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.body()).contains("<script type=\"module\" src=\"js/app.js\">");
            HttpResponse<String> module = client.send(HttpRequest.newBuilder(URI.create(base + "/js/views/player.js"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(module.statusCode()).isEqualTo(200);
            assertThat(module.headers().firstValue("Content-Type").orElse("")).contains("javascript");
        } finally {
            p.destroy();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        }
    }
}
