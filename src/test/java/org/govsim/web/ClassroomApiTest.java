package org.govsim.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A class over the API, as the server enforces it: students join with the code and play; a student reads and changes
 * only their own branches; the history past the first decision stays hidden until the instructor reveals it; only the
 * instructor's secret runs the class; wrong codes are refused, and many of them in a minute get 429.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClassroomApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CASE = "openai-2023-board-crisis";
    private static Served served;
    private static String code;
    private static Map<String, String> instructor;
    private static Map<String, String> ada;
    private static Map<String, String> ben;
    private static String adasBranch;

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

    private static HttpResponse<String> post(String path, String body, Map<String, String> headers) {
        return served.send("POST", path, "application/json", body, headers);
    }

    private static HttpResponse<String> get(String path, Map<String, String> headers) {
        return served.send("GET", path, null, null, headers);
    }

    @Test
    @Order(1)
    void anInstructorOpensAClassAndStudentsJoinWithItsCode() throws Exception {
        HttpResponse<String> opened = post("/api/v1/classes", "{\"caseId\": \"" + CASE + "\", \"role\": \"board\", "
                + "\"title\": \"Governance 101\"}", Map.of());
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        code = json(opened).get("joinCode").asText();
        instructor = Map.of("Govsim-Instructor-Secret", json(opened).get("instructorSecret").asText());

        HttpResponse<String> joined = post("/api/v1/classes/join", "{\"code\": \"" + code.toLowerCase()
                + "\", \"name\": \"Ada\"}", Map.of());
        assertThat(joined.statusCode()).as(joined.body()).isEqualTo(201);
        ada = Map.of("Govsim-Owner-Key", json(joined).get("key").asText());
        ben = Map.of("Govsim-Owner-Key", json(post("/api/v1/classes/join", "{\"code\": \"" + code
                + "\", \"name\": \"Ben\"}", Map.of())).get("key").asText());

        HttpResponse<String> taken = post("/api/v1/classes/join", "{\"code\": \"" + code + "\", \"name\": \"Ada\"}",
                Map.of());
        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(json(taken).get("field").asText()).isEqualTo("name");
    }

    @Test
    @Order(2)
    void theHistoryPastTheFirstDecisionIsHiddenFromStudentsAndFromEveryoneButTheInstructor() throws Exception {
        for (Map<String, String> who : java.util.List.of(ada, Map.<String, String>of())) {
            HttpResponse<String> events = get("/api/v1/timelines/" + CASE + "/events?offset=300&limit=10", who);
            assertThat(events.statusCode()).isEqualTo(403);
            assertThat(events.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(json(events).get("detail").asText()).contains("hidden until the instructor reveals it");
            assertThat(get("/api/v1/timelines/" + CASE + "/state", who).statusCode()).isEqualTo(403);
            assertThat(get("/api/v1/timelines/" + CASE + "/story", who).statusCode()).isEqualTo(403);
            assertThat(post("/api/v1/timelines/" + CASE + "/forks?at=300&dryRun=true", "{\"whatif\": \"peek\", "
                    + "\"question\": \"What if?\"}", who).statusCode()).isEqualTo(403);
        }
        assertThat(get("/api/v1/timelines/" + CASE + "/events?offset=300&limit=10", instructor).statusCode())
                .isEqualTo(200);
        // the first turn of the play tells the story up to the first decision, and no further
        JsonNode turn = json(get("/api/v1/plays/" + CASE + "?role=board", ada));
        assertThat(turn.get("decision").get("decision").asText()).isEqualTo("the-vote-of-11-17");
        assertThat(turn.get("decision").get("history").isNull()).as("what was decided in fact").isTrue();
        assertThat(turn.get("story").toString()).doesNotContain("removes", "interim CEO");
    }

    @Test
    @Order(3)
    void aStudentPlaysAndOnlyTheyAndTheirInstructorReadTheirBranch() throws Exception {
        HttpResponse<String> chose = post("/api/v1/plays/" + CASE + "/choices", "{\"decision\": \"the-vote-of-11-17\", "
                + "\"option\": \"hold-off\", \"role\": \"board\", \"prediction\": {\"ceoReturns\": false}}", ada);
        assertThat(chose.statusCode()).as(chose.body()).isEqualTo(201);
        adasBranch = json(chose).get("timeline").asText();
        JsonNode ending = json(chose).get("ending");
        assertThat(ending.get("outcome").get("ceo").get("name").asText()).isEqualTo("Sam Altman");
        assertThat(ending.get("historyOutcome").isNull()).as("history's ending stays hidden").isTrue();
        assertThat(ending.get("prediction").get("history").isNull()).isTrue();

        assertThat(get("/api/v1/timelines/" + adasBranch + "/events", ada).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/timelines/" + adasBranch + "/events", instructor).statusCode()).isEqualTo(200);
        for (Map<String, String> other : java.util.List.of(ben, Map.<String, String>of())) {
            assertThat(get("/api/v1/timelines/" + adasBranch, other).statusCode()).isEqualTo(403);
            assertThat(get("/api/v1/timelines/" + adasBranch + "/state", other).statusCode()).isEqualTo(403);
            assertThat(get("/api/v1/plays/" + adasBranch + "?role=board", other).statusCode()).isEqualTo(403);
            assertThat(get("/api/v1/diff?a=" + CASE + "&b=" + adasBranch, other).statusCode()).isEqualTo(403);
            assertThat(served.send("DELETE", "/api/v1/timelines/" + adasBranch, null, null, other).statusCode())
                    .isEqualTo(403);
            assertThat(served.send("PATCH", "/api/v1/timelines/" + adasBranch, "application/json",
                    "{\"name\": \"mine-now\"}", other).statusCode()).isEqualTo(403);
            assertThat(post("/api/v1/timelines/" + adasBranch + "/forks?dryRun=true&at=40", "{\"whatif\": \"peek\", "
                    + "\"question\": \"What if?\"}", other).statusCode()).isEqualTo(403);
        }
        assertThat(json(get("/api/v1/timelines", ben)).findValuesAsText("name")).doesNotContain(adasBranch);
        assertThat(json(get("/api/v1/timelines", ada)).findValuesAsText("name")).contains(adasBranch);
        assertThat(json(get("/api/v1/timelines/tree", ben)).toString()).doesNotContain(adasBranch);
    }

    @Test
    @Order(4)
    void onlyTheInstructorsSecretRunsTheClass() throws Exception {
        for (Map<String, String> who : java.util.List.of(ada, Map.<String, String>of(),
                Map.of("Govsim-Instructor-Secret", "not-the-secret-of-any-class"))) {
            HttpResponse<String> table = get("/api/v1/classes/mine", who);
            assertThat(table.statusCode()).isEqualTo(401);
            assertThat(table.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(post("/api/v1/classes/mine/reveal", "", who).statusCode()).isEqualTo(401);
            assertThat(post("/api/v1/classes/mine/reset", "", who).statusCode()).isEqualTo(401);
        }
        JsonNode table = json(get("/api/v1/classes/mine", instructor));
        assertThat(table.get("students").findValuesAsText("student")).containsExactly("Ada", "Ben");
        assertThat(table.get("students").get(0).get("choices").get("the-vote-of-11-17").asText()).isEqualTo("hold-off");
        assertThat(table.get("students").get(0).get("ceo").asText()).isEqualTo("Sam Altman");
        assertThat(table.get("notes").size()).as("the instructor's notes, for the instructor").isPositive();
        assertThat(table.get("questions").size()).isPositive();
        HttpResponse<String> csv = get("/api/v1/classes/mine/results.csv", instructor);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines()).hasSize(3);
    }

    @Test
    @Order(5)
    void theRevealOpensTheHistoryToTheStudents() throws Exception {
        assertThat(post("/api/v1/classes/mine/reveal", "", instructor).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/timelines/" + CASE + "/events?offset=300&limit=10", ada).statusCode()).isEqualTo(200);
        JsonNode turn = json(get("/api/v1/plays/" + adasBranch + "?role=board", ada));
        assertThat(turn.get("ending").get("historyOutcome").get("ceo").get("name").asText()).isEqualTo("Sam Altman");
        // her branch stays hers
        assertThat(get("/api/v1/timelines/" + adasBranch, ben).statusCode()).isEqualTo(403);
    }

    @Test
    @Order(6)
    void wrongCodesAreRefusedAndManyInAMinuteAreHeldOff() throws Exception {
        HttpResponse<String> wrong = post("/api/v1/classes/join", "{\"code\": \"WRONGWRONG\", \"name\": \"Eve\"}",
                Map.of());
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        int last = 0;
        for (int i = 0; i < ClassesApi.FAILED_CODES_A_MINUTE + 1; i++) {
            last = post("/api/v1/classes/join", "{\"code\": \"WRONG" + i + "\", \"name\": \"Eve\"}", Map.of())
                    .statusCode();
        }
        assertThat(last).isEqualTo(429);
    }

    @Test
    @Order(7)
    void aResetDeletesTheStudentsBranchesAndNamesAndAClosedClassTakesNoOne() throws Exception {
        JsonNode reset = json(post("/api/v1/classes/mine/reset", "", instructor));
        assertThat(reset.get("students").asInt()).isEqualTo(2);
        assertThat(get("/api/v1/timelines/" + adasBranch, instructor).statusCode()).isEqualTo(404);
        assertThat(json(get("/api/v1/classes/mine", instructor)).get("students").size()).isZero();
        assertThat(post("/api/v1/classes/mine/close", "", instructor).statusCode()).isEqualTo(204);
        assertThat(get("/api/v1/classes/mine", instructor).statusCode()).isEqualTo(403);
    }
}
