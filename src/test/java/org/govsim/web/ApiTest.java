package org.govsim.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Served served;

    @BeforeAll
    static void serve() {
        served = Served.start();
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    @Test
    void theHistoricalCaseIsReadyToOpenWhenTheServerStarts() throws Exception {
        HttpResponse<String> r = served.get("/api/v1/timelines");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).get(0).get("name").asText()).isEqualTo("openai-2023-board-crisis");
        assertThat(json(r).get(0).get("readOnly").asBoolean()).isTrue();
    }

    @Test
    void anUnknownTimelineIsNotFoundAsProblemJson() throws Exception {
        HttpResponse<String> r = served.get("/api/v1/timelines/no-such-timeline/state");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(r).get("field").asText()).isEqualTo("timeline");
        assertThat(json(r).get("detail").asText()).contains("no-such-timeline");
    }

    @Test
    void historyIsReadOnly() throws Exception {
        HttpResponse<String> r = served.send("DELETE", "/api/v1/timelines/openai-2023-board-crisis", null, null);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(json(r).get("detail").asText()).contains("read-only");
    }

    @Test
    void anEventPageCarriesAnETagAndIsNotSentAgainWhenUnchanged() {
        HttpResponse<String> first = served.get("/api/v1/timelines/openai-2023-board-crisis/events?limit=50");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = served.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(served.base() + "/api/v1/timelines/openai-2023-board-crisis/events?limit=50"))
                .header("If-None-Match", etag).GET());
        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void aPageHoldsAtMost500Events() throws Exception {
        HttpResponse<String> r = served.get("/api/v1/timelines/openai-2023-board-crisis/events?limit=501");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("field").asText()).isEqualTo("limit");
    }

    @Test
    void aForkWithABadWhatIfNamesTheLineAndFieldOfTheBody() throws Exception {
        HttpResponse<String> r = served.send("POST", "/api/v1/timelines/openai-2023-board-crisis/forks?dryRun=true",
                "application/yaml", "whatif: bad\nquestion: What if?\nforkAt: {time: 2023-11-18T12:00}\nset:\n  workforce.nosuch: 3\n");
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode p = json(r);
        assertThat(p.get("file").asText()).isEqualTo("body");
        assertThat(p.get("line").asInt()).isEqualTo(5);
    }

    @Test
    void aForkStoresABranchThatIsListedInTheTreeAndCanBeComparedAndDeleted() throws Exception {
        String whatIf = java.nio.file.Files.readString(Served.SCENARIOS.resolve(
                "what-if/openai-2023/no-microsoft-offer.yaml"));
        HttpResponse<String> made = served.send("POST", "/api/v1/timelines/openai-2023-board-crisis/forks?name=api-nmo",
                "application/yaml", whatIf);
        assertThat(made.statusCode()).isEqualTo(201);
        java.util.Map<String, String> owner = java.util.Map.of("Govsim-Owner-Key",
                made.headers().firstValue("Govsim-Owner-Key").orElseThrow());
        assertThat(json(made).get("stored").asBoolean()).isTrue();
        JsonNode tree = json(served.get("/api/v1/timelines/tree"));
        assertThat(tree.get(0).get("branches").findValuesAsText("name")).contains("api-nmo");
        JsonNode diff = json(served.get("/api/v1/diff?a=openai-2023-board-crisis&b=api-nmo"));
        assertThat(diff.get("firstDivergence").get("seq").asLong()).isPositive();
        assertThat(served.send("DELETE", "/api/v1/timelines/api-nmo", null, null, owner).statusCode()).isEqualTo(200);
        assertThat(served.get("/api/v1/timelines/api-nmo").statusCode()).isEqualTo(404);
    }

    @Test
    void aStateOrPageAskedForAgainIsTheSameAnswerAndFollowsARename() throws Exception {
        String whatIf = "{\"whatif\": \"kept\", \"question\": \"What if the staff signed faster?\", "
                + "\"set\": {\"workforce.signRateDay\": 0.5}}";
        HttpResponse<String> made = served.send("POST", "/api/v1/timelines/openai-2023-board-crisis/forks?at=100&name=api-kept",
                "application/json", whatIf);
        assertThat(made.statusCode()).isEqualTo(201);
        java.util.Map<String, String> owner = java.util.Map.of("Govsim-Owner-Key",
                made.headers().firstValue("Govsim-Owner-Key").orElseThrow());
        String state = "/api/v1/timelines/api-kept/state?at=120";
        String page = "/api/v1/timelines/api-kept/events?offset=100&limit=20";
        HttpResponse<String> first = served.get(state);
        assertThat(served.get(state).body()).isEqualTo(first.body());
        assertThat(first.headers().firstValueAsLong("Content-Length")).hasValue(first.body().getBytes(
                java.nio.charset.StandardCharsets.UTF_8).length);
        assertThat(json(first).get("seq").asLong()).isEqualTo(120);
        assertThat(served.get(page).body()).isEqualTo(served.get(page).body());

        assertThat(served.send("PATCH", "/api/v1/timelines/api-kept", "application/json", "{\"name\": \"api-kept-2\"}",
                owner).statusCode()).isEqualTo(200);
        JsonNode renamed = json(served.get("/api/v1/timelines/api-kept-2/state?at=120"));
        assertThat(renamed.get("timeline").asText()).isEqualTo("api-kept-2");
        assertThat(renamed.get("state")).isEqualTo(json(first).get("state"));
        assertThat(json(served.get("/api/v1/timelines/api-kept-2/events?offset=100&limit=20")).get("timeline").asText())
                .isEqualTo("api-kept-2");
        assertThat(served.send("DELETE", "/api/v1/timelines/api-kept-2", null, null, owner).statusCode()).isEqualTo(200);
    }

    @Test
    void aBranchIsRenamedOrDeletedOnlyWithItsOwnersKey() throws Exception {
        String whatIf = "{\"whatif\": \"mine\", \"question\": \"What if the staff signed slower?\", "
                + "\"set\": {\"workforce.signRateDay\": 0.3}}";
        HttpResponse<String> made = served.send("POST", "/api/v1/timelines/openai-2023-board-crisis/forks?at=150&name=api-mine",
                "application/json", whatIf);
        String key = made.headers().firstValue("Govsim-Owner-Key").orElseThrow();
        java.util.Map<String, String> mine = java.util.Map.of("Govsim-Owner-Key", key);
        java.util.Map<String, String> someoneElses = java.util.Map.of("Govsim-Owner-Key", "x".repeat(22));

        HttpResponse<String> anonymous = served.send("PATCH", "/api/v1/timelines/api-mine", "application/json",
                "{\"name\": \"api-stolen\"}");
        assertThat(anonymous.statusCode()).isEqualTo(403);
        assertThat(json(anonymous).get("timeline").asText()).isEqualTo("api-mine");
        assertThat(json(anonymous).get("detail").asText()).contains("not yours to rename");
        assertThat(served.send("DELETE", "/api/v1/timelines/api-mine", null, null, someoneElses).statusCode())
                .isEqualTo(403);
        HttpResponse<String> malformed = served.send("DELETE", "/api/v1/timelines/api-mine", null, null,
                java.util.Map.of("Govsim-Owner-Key", "short"));
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json(malformed).get("field").asText()).isEqualTo("Govsim-Owner-Key");

        // a branch of one's own branch is one's own too: the key sent with the fork owns it
        HttpResponse<String> child = served.send("POST", "/api/v1/timelines/api-mine/forks?at=200&name=api-mine-child",
                "application/json", whatIf, mine);
        assertThat(child.headers().firstValue("Govsim-Owner-Key")).hasValue(key);
        // someone else's branch under it keeps it from being deleted with it
        HttpResponse<String> other = served.send("POST", "/api/v1/timelines/api-mine/forks?at=210&name=api-theirs",
                "application/json", whatIf, someoneElses);
        assertThat(other.statusCode()).isEqualTo(201);
        HttpResponse<String> refused = served.send("DELETE", "/api/v1/timelines/api-mine?recursive=true", null, null, mine);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).get("timeline").asText()).isEqualTo("api-theirs");
        assertThat(served.get("/api/v1/timelines/api-mine-child").statusCode()).isEqualTo(200);

        assertThat(served.send("DELETE", "/api/v1/timelines/api-theirs", null, null, someoneElses).statusCode())
                .isEqualTo(200);
        assertThat(served.send("DELETE", "/api/v1/timelines/api-mine?recursive=true", null, null, mine).statusCode())
                .isEqualTo(200);
        assertThat(served.get("/api/v1/timelines/api-mine-child").statusCode()).isEqualTo(404);
    }

    @Test
    void aStudentPlaysTheBoardTurnByTurn() throws Exception {
        JsonNode decisions = json(served.get("/api/v1/cases/openai-2023-board-crisis/decisions?role=board"));
        assertThat(decisions.findValuesAsText("decision"))
                .containsExactly("the-vote-of-11-17", "the-interim-ceo-11-19", "the-terms-of-11-21");

        JsonNode start = json(served.get("/api/v1/plays/openai-2023-board-crisis?role=board"));
        assertThat(start.get("decision").get("decision").asText()).isEqualTo("the-vote-of-11-17");
        assertThat(start.get("decision").get("options").findValuesAsText("id")).contains("as-history", "hold-off");
        assertThat(start.get("ending").isNull()).isTrue();

        HttpResponse<String> wrong = served.send("POST", "/api/v1/plays/openai-2023-board-crisis/choices",
                "application/json", "{\"decision\": \"the-terms-of-11-21\", \"option\": \"as-history\", "
                        + "\"role\": \"board\"}");
        assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(400);
        assertThat(json(wrong).path("field").asText()).as(wrong.body()).isEqualTo("decision");

        HttpResponse<String> chosen = served.send("POST", "/api/v1/plays/openai-2023-board-crisis/choices",
                "application/json", "{\"decision\": \"the-vote-of-11-17\", \"option\": \"hold-off\", "
                        + "\"role\": \"board\", \"name\": \"api-play\", "
                        + "\"prediction\": {\"ceoReturns\": false, \"signatures\": 0}}");
        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(201);
        assertThat(chosen.headers().firstValue("Govsim-Owner-Key")).isPresent();
        JsonNode turn = json(chosen);
        assertThat(turn.get("timeline").asText()).isEqualTo("api-play");
        assertThat(turn.get("decision").isNull()).as("the later decisions do not arise").isTrue();
        assertThat(turn.get("skipped").findValuesAsText("decision"))
                .containsExactly("the-interim-ceo-11-19", "the-terms-of-11-21");
        JsonNode ending = turn.get("ending");
        assertThat(ending.get("outcome").get("ceoRemoved").asBoolean()).isFalse();
        assertThat(ending.get("prediction").get("branch").get("total").asDouble()).isEqualTo(1.0);
        assertThat(ending.get("debrief").get("questions").size()).isPositive();
        assertThat(ending.get("debrief").get("notes").size()).as("the instructor's notes are not served").isZero();
        assertThat(json(served.get("/api/v1/plays/api-play?role=board")).get("ending").get("outcome"))
                .isEqualTo(ending.get("outcome"));
        assertThat(served.send("DELETE", "/api/v1/timelines/api-play", null, null, java.util.Map.of("Govsim-Owner-Key",
                chosen.headers().firstValue("Govsim-Owner-Key").orElseThrow())).statusCode()).isEqualTo(200);
    }

    @Test
    void votingPowerOfTheFourDirectorsAfterTheRemovalIsAQuarterEach() throws Exception {
        JsonNode p = json(served.get("/api/v1/timelines/openai-2023-board-crisis/power?atTime=2023-11-18T12:00"));
        assertThat(p.get("directors")).hasSize(4);
        p.get("directors").forEach(d -> assertThat(d.get("banzhaf").asDouble()).isEqualTo(0.25));
        assertThat(p.get("time").asText()).endsWith("-08:00");
    }

    @Test
    void theOpenApiDocumentListsTheEndpoints() throws Exception {
        JsonNode doc = json(served.get("/v3/api-docs"));
        assertThat(doc.get("paths").has("/api/v1/timelines/{timeline}/forks")).isTrue();
        assertThat(doc.get("paths").has("/api/v1/library")).isTrue();
        JsonNode handout = doc.at("/paths/~1api~1v1~1timelines~1{timeline}~1handout/get");
        assertThat(handout.at("/responses/200/content").has("text/html")).isTrue();
        assertThat(handout.at("/responses/200/content").has("text/markdown")).isTrue();
        assertThat(handout.get("parameters").findValuesAsText("name")).contains("timeline", "format");
    }

    @Test
    void responsesCarrySecurityHeaders() {
        HttpResponse<String> r = served.get("/api/v1/library");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void aChangeFromAPageOfAnotherOriginIsRefused() {
        HttpResponse<String> r = served.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(served.base()
                        + "/api/v1/timelines/openai-2023-board-crisis/forks?dryRun=true"))
                .header("Origin", "http://evil.example").header("Content-Type", "application/yaml")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("whatif: x\n")));
        assertThat(r.statusCode()).isEqualTo(403);
    }

    @Test
    void aRequestNamingAnotherHostIsRefusedOnLoopbackAsAPageOfARebindingSiteWouldBe() throws Exception {
        // the JDK's client will not send a Host header of its own choosing: a socket says what a browser would
        java.net.URI base = java.net.URI.create(served.base());
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream().write(("GET /api/v1/timelines HTTP/1.1\r\nHost: attacker.example:" + base.getPort()
                    + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 403").contains("application/problem+json", "host-refused");
        }
    }

    @Test
    void aReadFromALinkOnAnotherSiteIsServed() {
        HttpResponse<String> r = served.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(served.base()
                + "/api/v1/library")).header("Sec-Fetch-Site", "cross-site").GET());
        assertThat(r.statusCode()).isEqualTo(200);
    }

    @Test
    void theServerChecksWhatIfsOnlyForAScenarioNamesFilesByPath() throws Exception {
        HttpResponse<String> r = served.send("POST", "/api/v1/validate", "application/yaml",
                "scenario: x\ntitle: t\nseed: /etc/passwd\n");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("detail").asText()).contains("govsim validate").doesNotContain("passwd");
    }

    @Test
    void aBranchsHandoutIsOneHtmlPageThatMayLoadNothingOrMarkdown() throws Exception {
        String whatIf = java.nio.file.Files.readString(Served.SCENARIOS.resolve(
                "what-if/openai-2023/sutskever-stays-away.yaml"));
        HttpResponse<String> made = served.send("POST", "/api/v1/timelines/openai-2023-board-crisis/forks?name=api-handout",
                "application/yaml", whatIf);
        assertThat(made.statusCode()).isEqualTo(201);

        HttpResponse<String> html = served.get("/api/v1/timelines/api-handout/handout?format=html");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(html.headers().allValues("Content-Security-Policy")).singleElement().asString()
                .startsWith("default-src 'none'; style-src 'unsafe-inline'; img-src data:")
                .doesNotContain("script-src", "'self'");
        assertThat(html.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(html.body()).startsWith("<!DOCTYPE html>").contains("<svg", "What if Sutskever had stayed away",
                "Fork point", "S14").doesNotContain("<script", "src=", "href=");

        HttpResponse<String> md = served.get("/api/v1/timelines/api-handout/handout");
        assertThat(md.headers().firstValue("Content-Type")).hasValue("text/markdown;charset=UTF-8");
        assertThat(md.headers().allValues("Content-Security-Policy")).singleElement().asString()
                .contains("script-src 'self'");
        assertThat(md.body()).startsWith("# api-handout").contains("## The story", "| time | reported |");

        HttpResponse<String> bad = served.get("/api/v1/timelines/api-handout/handout?format=pdf");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("field").asText()).isEqualTo("format");
        assertThat(served.get("/api/v1/timelines/no-such-timeline/handout").statusCode()).isEqualTo(404);
    }

    @Test
    void theStoryCanBeAskedForTheLinesOfAnActorATierOrAStretchOfTime() throws Exception {
        JsonNode workforce = json(served.get("/api/v1/timelines/openai-2023-board-crisis/story?actor=workforce"
                + "&from=2023-11-20T00:00&to=2023-11-20T12:00"));
        assertThat(workforce.get("lines")).isNotEmpty().allSatisfy(l -> {
            assertThat(l.get("actor").asText()).isEqualTo("workforce");
            assertThat(l.get("time").asText()).startsWith("2023-11-20T");
        });
        JsonNode reported = json(served.get("/api/v1/timelines/openai-2023-board-crisis/story?tier=reported"));
        assertThat(reported.get("lines")).isNotEmpty()
                .allSatisfy(l -> assertThat(l.get("tier").asText()).isEqualTo("reported"));
        HttpResponse<String> bad = served.get("/api/v1/timelines/openai-2023-board-crisis/story?tier=rumoured");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("field").asText()).isEqualTo("tier");
        assertThat(json(served.get("/api/v1/timelines/openai-2023-board-crisis/story?actor=nobody")).get("field")
                .asText()).isEqualTo("actor");
    }
}
