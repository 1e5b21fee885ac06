package org.govsim.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.govsim.timeline.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server answers while it warms up, and its warm-up stores nothing: only the cases' histories are in its store. */
class WarmUpTest {

    @TempDir
    Path data;

    @Test
    void theServerAnswersWhileItWarmsUpAndItsStoreHoldsOnlyTheCasesHistories() throws Exception {
        try (Served served = Served.start(Database.h2(data), null, Duration.ofSeconds(2))) {
            assertThat(served.get("/api/v1/timelines").statusCode()).isEqualTo(200);
            assertThat(served.awaitWarmUp()).isPositive();
            JsonNode timelines = new ObjectMapper().readTree(served.get("/api/v1/timelines").body());
            assertThat(timelines.findValuesAsText("name")).containsExactlyInAnyOrderElementsOf(
                    org.govsim.app.CaseLibrary.read(Served.SCENARIOS).contents().cases().stream()
                            .map(org.govsim.app.CaseLibrary.Case::id).toList());
        }
    }
}
