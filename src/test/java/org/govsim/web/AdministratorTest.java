package org.govsim.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.govsim.timeline.Database;

/** A server given an admin token: every change takes it, and with it any branch may be changed, whoever owns it. */
class AdministratorTest {

    private static final String TOKEN = "class-admin-token-2023";
    private static final Map<String, String> ADMIN = Map.of("Authorization", "Bearer " + TOKEN);
    private static final String WHAT_IF = "{\"whatif\": \"admin\", \"question\": \"What if the staff signed slower?\", "
            + "\"set\": {\"workforce.signRateDay\": 0.3}}";

    @TempDir
    static Path data;
    private static Served served;

    @BeforeAll
    static void serve() {
        served = Served.start(Database.h2(data), TOKEN);
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @Test
    void aForkWithoutTheTokenIsRefused() {
        HttpResponse<String> r = served.send("POST", "/api/v1/timelines/openai-2023-board-crisis/forks?at=100",
                "application/json", WHAT_IF);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void theAdministratorDeletesABranchWhoeverOwnsIt() {
        Map<String, String> someone = Map.of("Authorization", "Bearer " + TOKEN, "Govsim-Owner-Key", "s".repeat(30));
        assertThat(served.send("POST", "/api/v1/timelines/openai-2023-board-crisis/forks?at=100&name=owned-by-someone",
                "application/json", WHAT_IF, someone).statusCode()).isEqualTo(201);
        assertThat(served.send("DELETE", "/api/v1/timelines/owned-by-someone", null, null, ADMIN).statusCode())
                .isEqualTo(200);
        assertThat(served.get("/api/v1/timelines/owned-by-someone").statusCode()).isEqualTo(404);
    }
}
