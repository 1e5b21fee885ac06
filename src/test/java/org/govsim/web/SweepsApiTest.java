package org.govsim.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.govsim.app.SweepRuns;

class SweepsApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json";
    private static Served served;

    @BeforeAll
    static void serve() {
        served = Served.start();
    }

    @AfterAll
    static void stop() {
        Path root = served.context().getBean(SweepRuns.class).root();
        served.close();
        assertThat(root).as("the sweeps' directory goes with the server").doesNotExist();
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    private static HttpResponse<String> post(String path, String body) {
        return served.send("POST", path, JSON_TYPE, body);
    }

    /** Waits for the sweep to leave "running" (they take a second or so here). */
    private static JsonNode finished(String id) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
            JsonNode p = json(served.get("/api/v1/sweeps/" + id));
            if (!p.get("status").asText().equals("running")) {
                return p;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("sweep " + id + " still running after a minute");
    }

    @Test
    void aShippedSweepStartsFollowsItsProgressToDoneAndGivesResultsPerCombination() throws Exception {
        HttpResponse<String> r = post("/api/v1/sweeps", "{\"experiment\": \"outside-offer\"}");
        assertThat(r.statusCode()).isEqualTo(202);
        JsonNode started = json(r);
        String id = started.get("id").asText();
        assertThat(started.get("experiment").asText()).isEqualTo("outside-offer");
        assertThat(started.get("runs").asInt()).isEqualTo(160);
        assertThat(started.get("status").asText()).isEqualTo("running");
        assertThat(r.headers().firstValue("Location")).hasValue("/api/v1/sweeps/" + id);

        JsonNode done = finished(id);
        assertThat(done.get("status").asText()).isEqualTo("done");
        assertThat(done.get("done").asInt()).isEqualTo(160);
        assertThat(done.get("total").asInt()).isEqualTo(160);
        assertThat(done.get("runsPerSecond").asDouble()).isPositive();
        assertThat(done.get("error").isNull()).isTrue();

        JsonNode results = json(served.get("/api/v1/sweeps/" + id + "/results"));
        assertThat(results.get("varied")).hasSize(2);
        assertThat(results.get("summary")).hasSize(16);
        assertThat(results.get("summary").get(0).get("runs").asText()).isEqualTo("10");
        JsonNode groups = results.get("groups");
        assertThat(groups).hasSize(16);
        JsonNode first = groups.get(0);
        assertThat(first.get("settings").get("model.offerThresholdDiscount").asText()).isEqualTo("0");
        assertThat(first.get("settings").get("model.outsideOfferMultiplier").asText()).isEqualTo("0");
        assertThat(first.get("runs").asInt()).isEqualTo(10);
        JsonNode back = metric(first, "ceoReinstated");
        assertThat(back.get("kind").asText()).isEqualTo("yesNo");
        assertThat(back.get("share").asDouble()).isEqualTo(1.0);
        JsonNode hours = metric(first, "hoursToReturn");
        assertThat(hours.get("kind").asText()).isEqualTo("number");
        int counted = 0;
        for (JsonNode bin : hours.get("bins")) {
            assertThat(bin.get("to").asDouble()).isGreaterThan(bin.get("from").asDouble());
            counted += bin.get("count").asInt();
        }
        assertThat(counted).isEqualTo(hours.get("values").asInt()).isEqualTo(10);
        // the mean of the distribution is the summary's mean of the same runs
        assertThat(hours.get("mean").asDouble()).isEqualTo(
                Double.parseDouble(results.get("summary").get(0).get("hoursToReturn_mean").asText()));
    }

    private static JsonNode metric(JsonNode group, String name) {
        for (JsonNode m : group.get("metrics")) {
            if (m.get("metric").asText().equals(name)) {
                return m;
            }
        }
        throw new AssertionError("no metric " + name + " in " + group);
    }

    @Test
    void aStreamTellsTheProgressAsServerSentEventsAndEndsWithDone() throws Exception {
        String id = json(post("/api/v1/sweeps", "{\"experiment\": \"workforce-loyalty\"}")).get("id").asText();
        HttpResponse<String> stream = served.send(HttpRequest.newBuilder(URI.create(served.base() + "/api/v1/sweeps/" + id
                + "/stream")).header("Accept", "text/event-stream").GET());
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
        List<String> events = new ArrayList<>();
        String lastData = null;
        for (String line : stream.body().split("\n")) {
            if (line.startsWith("event:")) {
                events.add(line.substring(6).trim());
            } else if (line.startsWith("data:")) {
                lastData = line.substring(5).trim();
            }
        }
        assertThat(events).isNotEmpty();
        assertThat(events.get(events.size() - 1)).isEqualTo("done");
        assertThat(events.subList(0, events.size() - 1)).allMatch("progress"::equals);
        JsonNode end = JSON.readTree(lastData);
        assertThat(end.get("done").asInt()).isEqualTo(320);
        assertThat(end.get("status").asText()).isEqualTo("done");
        // a stream of a finished sweep says so at once
        HttpResponse<String> again = served.get("/api/v1/sweeps/" + id + "/stream");
        assertThat(again.body()).contains("event:done");
    }

    @Test
    void aThirdSweepWhileTwoRunIsRefusedWithTooManyRequests() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        // the shipped sweeps take a second or so: three sent together find two slots taken, unless a sweep finished
        // before the third arrived, which a few tries rule out
        for (int attempt = 0; attempt < 5; attempt++) {
            List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                sent.add(client.sendAsync(HttpRequest.newBuilder(URI.create(served.base() + "/api/v1/sweeps"))
                        .header("Content-Type", JSON_TYPE).timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"experiment\": \"workforce-loyalty\"}")).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (CompletableFuture<HttpResponse<String>> f : sent) {
                answers.add(f.get());
            }
            for (HttpResponse<String> a : answers) {
                if (a.statusCode() == 202) {
                    finished(json(a).get("id").asText());
                }
            }
            List<HttpResponse<String>> refused = answers.stream().filter(a -> a.statusCode() == 429).toList();
            if (!refused.isEmpty()) {
                assertThat(answers.stream().filter(a -> a.statusCode() == 202)).hasSize(2);
                HttpResponse<String> r = refused.get(0);
                assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(r.headers().firstValue("Retry-After")).isPresent();
                assertThat(json(r).get("detail").asText()).contains("at most 2 sweeps");
                // once they have finished, a sweep starts again
                HttpResponse<String> later = post("/api/v1/sweeps", "{\"experiment\": \"quorum-and-notice\"}");
                assertThat(later.statusCode()).isEqualTo(202);
                finished(json(later).get("id").asText());
                return;
            }
        }
        throw new AssertionError("no third sweep was refused in five tries of three at once");
    }

    @Test
    void anUnknownSweepIsNotFoundAsProblemJson() throws Exception {
        for (String path : List.of("", "/results", "/stream")) {
            HttpResponse<String> r = served.get("/api/v1/sweeps/no-such-sweep" + path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(json(r).get("detail").asText()).contains("no-such-sweep");
        }
    }

    @Test
    void anExperimentIsNamedFromTheLibraryNeverByPath() throws Exception {
        HttpResponse<String> r = post("/api/v1/sweeps", "{\"experiment\": \"../experiments/outside-offer.yaml\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("field").asText()).isEqualTo("experiment");
        assertThat(json(r).get("detail").asText()).contains("outside-offer, ");
    }

    private static HttpResponse<String> quick(String parameter, String value, int runs) {
        return post("/api/v1/sweeps/quick", "{\"experiment\": \"workforce-loyalty\", \"parameter\": \"" + parameter
                + "\", \"value\": " + value + ", \"runs\": " + runs + "}");
    }

    @Test
    void aQuickSweepReturnsTheDistributionOf200RunsAndChangesWithTheValue() throws Exception {
        // 200 runs unless the request asks for another number
        HttpResponse<String> loyal = post("/api/v1/sweeps/quick", "{\"experiment\": \"workforce-loyalty\", "
                + "\"parameter\": \"workforce.thresholdShift\", \"value\": 0.05}");
        assertThat(loyal.statusCode()).isEqualTo(200);
        JsonNode a = json(loyal);
        assertThat(a.get("runs").asInt()).isEqualTo(200);
        assertThat(a.get("value").asText()).isEqualTo("0.05");
        JsonNode back = a.get("metrics").get(0);
        assertThat(back.get("metric").asText()).isEqualTo("ceoReinstated");
        assertThat(back.get("runs").asInt()).isEqualTo(200);
        assertThat(back.get("share").asDouble()).isEqualTo(1.0);
        int binned = 0;
        for (JsonNode bin : metricOf(a, "peakSignatures").get("bins")) {
            binned += bin.get("count").asInt();
        }
        assertThat(binned).isEqualTo(200);
        // past the cliff between 0.12 and 0.13 the letter never cascades (docs/experiments.md)
        JsonNode b = json(quick("workforce.thresholdShift", "0.2", 200));
        assertThat(b.get("metrics").get(0).get("share").asDouble()).isEqualTo(0.0);
        assertThat(metricOf(b, "peakSignatures").get("max").asDouble())
                .isLessThan(metricOf(a, "peakSignatures").get("min").asDouble());
        assertThat(metricOf(b, "finalCeo").get("shares").get(0).get("value").asText()).isNotEqualTo("altman");
    }

    private static JsonNode metricOf(JsonNode quick, String name) {
        for (JsonNode m : quick.get("metrics")) {
            if (m.get("metric").asText().equals(name)) {
                return m;
            }
        }
        throw new AssertionError("no metric " + name);
    }

    private static String outsideOffer(double multiplier) {
        return "{\"experiment\": \"outside-offer\", \"parameter\": \"model.outsideOfferMultiplier\", \"value\": "
                + multiplier + ", \"runs\": 200}";
    }

    @Test
    void aPositionTheSliderHasBeenAtIsAnsweredAgainFromWhatWasKept() throws Exception {
        JsonNode first = json(post("/api/v1/sweeps/quick", outsideOffer(1.75)));
        // the same position written otherwise
        JsonNode again = json(post("/api/v1/sweeps/quick", outsideOffer(1.75).replace("1.75", "1.750")));
        assertThat(first.get("cached").asBoolean()).isFalse();
        assertThat(again.get("cached").asBoolean()).isTrue();
        assertThat(again.get("metrics")).isEqualTo(first.get("metrics"));
    }

    @Test
    void aQuickSweepRefusesAnUnknownParameterAndTooManyRunsNamingTheField() throws Exception {
        HttpResponse<String> r = quick("workforce.nosuch", "0.1", 200);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(r).get("field").asText()).isEqualTo("parameter");
        assertThat(json(r).get("detail").asText()).contains("workforce.thresholdShift");

        HttpResponse<String> many = quick("workforce.thresholdShift", "0.1", 100_000);
        assertThat(many.statusCode()).isEqualTo(400);
        assertThat(json(many).get("field").asText()).isEqualTo("runs");

        HttpResponse<String> far = quick("workforce.thresholdShift", "7", 200);
        assertThat(far.statusCode()).isEqualTo(400);
        assertThat(json(far).get("field").asText()).isEqualTo("value");
        assertThat(quick("workforce.thresholdShift", "\"a lot\"", 200).statusCode()).isEqualTo(400);

        HttpResponse<String> path = post("/api/v1/sweeps/quick", "{\"experiment\": \"workforce-loyalty\", "
                + "\"parameter\": \"workforce.thresholdShift\", \"value\": 0.1, \"file\": \"/etc/passwd\"}");
        assertThat(path.statusCode()).isEqualTo(400);
        assertThat(json(path).get("field").asText()).isEqualTo("file");
    }

    @Test
    void theSlidersOfAnExperimentAreTheSettingsItVariesWithNumbers() throws Exception {
        JsonNode s = json(served.get("/api/v1/sweeps/quick?experiment=outside-offer"));
        assertThat(s.get("parameters").toString()).isEqualTo("[\"model.offerThresholdDiscount\",\"model.outsideOfferMultiplier\"]");
        // a quorum of 'majority' or a number, and notice yes or no, are no positions of a slider
        assertThat(json(served.get("/api/v1/sweeps/quick?experiment=quorum-and-notice")).get("parameters")).isEmpty();
    }

    @Test
    void theOpenApiDocumentListsTheSweeps() throws Exception {
        JsonNode doc = json(served.get("/v3/api-docs"));
        assertThat(doc.get("paths").has("/api/v1/sweeps")).isTrue();
        assertThat(doc.get("paths").has("/api/v1/sweeps/{id}/stream")).isTrue();
        assertThat(doc.get("paths").has("/api/v1/sweeps/quick")).isTrue();
    }

    @Test
    void resultsOfARunningOrUnfinishedSweepAreAConflict() throws Exception {
        String id = json(post("/api/v1/sweeps", "{\"experiment\": \"workforce-loyalty\"}")).get("id").asText();
        HttpResponse<String> early = served.get("/api/v1/sweeps/" + id + "/results");
        // it may already be done on a fast machine; while it runs there are no results to give
        assertThat(early.statusCode()).isIn(200, 409);
        finished(id);
        assertThat(served.get("/api/v1/sweeps/" + id + "/results").statusCode()).isEqualTo(200);
    }
}
