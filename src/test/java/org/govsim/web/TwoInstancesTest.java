package org.govsim.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.govsim.app.TimelineService;
import org.govsim.timeline.Database;
import org.govsim.timeline.SharedPostgres;
import org.govsim.timeline.TimelineStore;

/** Two servers on one PostgreSQL database, as a class spread over two machines would run them. */
class TwoInstancesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Database database;
    private static Served first;
    private static Served second;

    @BeforeAll
    static void twoServersOnOneDatabase() throws Exception {
        Database server = SharedPostgres.database();
        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("DROP DATABASE IF EXISTS two_instances");
            s.execute("CREATE DATABASE two_instances");
        }
        database = new Database(server.url().replaceFirst("/postgres(\\?|$)", "/two_instances$1"), server.user(),
                server.password());
        first = Served.start(database, null);
        second = Served.start(database, null);
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
    }

    @Test
    void aBranchMadeThroughOneIsListedReadableAndForkableThroughTheOther() throws Exception {
        String whatIf = Files.readString(Served.SCENARIOS.resolve("what-if/openai-2023/no-microsoft-offer.yaml"));
        HttpResponse<String> made = first.send("POST", "/api/v1/timelines/openai-2023-board-crisis/forks?name=from-first",
                "application/yaml", whatIf);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);

        JsonNode listed = JSON.readTree(second.get("/api/v1/timelines").body());
        assertThat(listed.findValuesAsText("name")).contains("openai-2023-board-crisis", "from-first");
        JsonNode state = JSON.readTree(second.get("/api/v1/timelines/from-first/state").body());
        assertThat(state.get("seq").asLong()).isEqualTo(JSON.readTree(made.body()).get("events").asLong());

        HttpResponse<String> again = second.send("POST", "/api/v1/timelines/from-first/forks?name=from-second&at=300",
                "application/yaml", "whatif: later\nquestion: What if Sutskever had stayed away later?\n"
                        + "set:\n  directors.sutskever.resolve: 400\n");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(JSON.readTree(first.get("/api/v1/timelines/from-second").body()).get("parent").asText())
                .isEqualTo("from-first");
    }

    @Test
    void aBranchMadeFromTheCommandLinesStoreIsListedWithinASecond() throws Exception {
        try (TimelineStore store = TimelineStore.open(database)) {
            new TimelineService(store).fork(new TimelineService.ForkRequest("openai-2023-board-crisis", null, null,
                    Served.SCENARIOS.resolve("what-if/openai-2023/sutskever-stays-away.yaml"), "from-the-cli", false));
        }
        long start = System.nanoTime();
        boolean listed = false;
        while (!listed && System.nanoTime() - start < 1_000_000_000L) {
            listed = first.get("/api/v1/timelines").body().contains("\"from-the-cli\"")
                    && second.get("/api/v1/timelines").body().contains("\"from-the-cli\"");
        }
        assertThat(listed).as("listed by both servers within a second").isTrue();
    }
}
