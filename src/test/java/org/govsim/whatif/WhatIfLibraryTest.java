package org.govsim.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import org.govsim.app.Expectations;
import org.govsim.app.Results;
import org.govsim.scenario.WhatIfFile;
import org.govsim.simulation.World;
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
    static Results.Outcome historical;

    @BeforeAll
    static void replayHistory() {
        store = TimelineStore.open(Database.h2(data));
        history = new Replays(store).replay(Path.of("scenarios/openai-2023-board-crisis.yaml"), "history").timeline();
        World end = new World();
        store.events(history).forEach(end::apply);
        historical = Results.Outcome.of(end);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Stream<Path> library() throws IOException {
        return Files.list(LIBRARY).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    @Test
    void theLibraryHoldsAtLeastEightWhatIfsEachWithAForkPointHistoryAndThingsToNotice() throws IOException {
        List<Path> files = library().toList();
        assertThat(files).hasSizeGreaterThanOrEqualTo(8);
        for (Path f : files) {
            assertThat(Files.readString(f)).as(f.toString()).contains("# Fork point:");
            WhatIfFile whatIf = WhatIfFile.load(f);
            assertThat(whatIf.question()).as(f.toString()).isNotBlank();
            assertThat(whatIf.history()).as(f.toString()).isNotBlank();
            assertThat(whatIf.thingsToNotice()).as(f.toString()).isNotEmpty().allSatisfy(t -> assertThat(t).isNotBlank());
        }
    }

    @ParameterizedTest
    @MethodSource("library")
    void eachWhatIfEndsAsItsHeaderSays(Path file) {
        WhatIfFile whatIf = WhatIfFile.load(file);
        Forks.Branch branch = new Forks(store).fork("history", null, null, whatIf, null, true);
        Results.Check check = Expectations.check(whatIf, Results.Outcome.of(branch.end()), historical, PACIFIC);

        assertThat(check.expectations()).extracting(Results.Expectation::field).contains("ceo", "returned", "history");
        assertThat(check.expectations()).allSatisfy(e -> assertThat(e.held()).as(e.toString()).isTrue());
        assertThat(check.held()).isTrue();
        assertThat(branch.stored()).isFalse();
        assertThat(store.find(branch.timeline().name())).isEmpty();
    }
}
