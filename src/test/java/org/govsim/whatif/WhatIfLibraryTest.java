package org.govsim.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.govsim.scenario.WhatIfFile;
import org.govsim.model.Outcome;
import org.govsim.timeline.Database;
import org.govsim.timeline.Forks;
import org.govsim.timeline.Replays;
import org.govsim.timeline.TimelineInfo;
import org.govsim.timeline.TimelineStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every what-if of the library runs against the stored historical timeline and ends as its header says. */
class WhatIfLibraryTest {

    static final Path LIBRARY = Path.of("scenarios/what-if/openai-2023");
    static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

    @TempDir
    static Path data;
    static TimelineStore store;
    static TimelineInfo history;
    static Outcome historical;

    @BeforeAll
    static void replayHistory() {
        store = TimelineStore.open(Database.h2(data));
        history = new Replays(store).replay(Path.of("scenarios/openai-2023-board-crisis.yaml"), "history").timeline();
        historical = Outcome.of(store.events(history));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Stream<Path> library() throws IOException {
        return Files.list(LIBRARY).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    @Test
    void theLibraryHoldsAtLeastEightWhatIfsEachWithAQuestionAndThingsToNotice() throws IOException {
        List<Path> files = library().toList();
        assertThat(files).hasSizeGreaterThanOrEqualTo(8);
        for (Path f : files) {
            String text = Files.readString(f);
            assertThat(text).as(f.toString()).contains("# Things to notice:", "# Fork point:", "question:");
        }
    }

    @ParameterizedTest
    @MethodSource("library")
    void eachWhatIfEndsAsItsHeaderSays(Path file) {
        WhatIfFile whatIf = WhatIfFile.load(file);
        Forks.Branch branch = new Forks(store).fork("history", null, null, whatIf, null, true);
        Outcome outcome = branch.outcome();
        Map<String, String> expect = whatIf.expectations();
        Map<String, String> rows = outcome.rows();

        assertThat(rows.get("CEO")).as("CEO").isEqualTo(expect.get("ceo"));
        String returned = rows.get("CEO returned");
        assertThat(returned.startsWith("yes") ? "yes" : returned).as("returned").isEqualTo(expect.get("returned"));
        if (expect.containsKey("returnedAfter")) {
            assertThat(outcome.ceoReturnedAt()).isAfter(LocalDateTime.parse(expect.get("returnedAfter")).atZone(PACIFIC).toInstant());
        }
        if (expect.containsKey("signedAtMost")) {
            assertThat(outcome.signed()).isLessThanOrEqualTo(Integer.parseInt(expect.get("signedAtMost")));
        }
        if (expect.containsKey("employeesAtMost")) {
            assertThat(outcome.employed()).isLessThanOrEqualTo(Integer.parseInt(expect.get("employeesAtMost")));
        }
        if (expect.get("history").equals("matches")) {
            assertThat(rows).isEqualTo(historical.rows());
        } else {
            assertThat(rows).isNotEqualTo(historical.rows());
        }
        assertThat(branch.stored()).isFalse();
        assertThat(store.find(branch.timeline().name())).isEmpty();
    }
}
