package org.govsim.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.govsim.app.CaseLibrary;
import org.govsim.app.Expectations;
import org.govsim.app.Results;
import org.govsim.scenario.WhatIfFile;
import org.govsim.simulation.World;
import org.govsim.timeline.Forks;
import org.govsim.timeline.Replays;
import org.govsim.timeline.TimelineInfo;
import org.govsim.timeline.TimelineStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped case has at least three what-ifs that end away from history; each what-if forks its case's history and
 * ends as its expect block says.
 */
class EveryCaseWhatIfsTest {

    static final Path SCENARIOS = Path.of("scenarios");
    static TimelineStore store;
    static CaseLibrary library;

    @BeforeAll
    static void replayEveryCase() {
        store = TimelineStore.inMemory();
        library = CaseLibrary.read(SCENARIOS);
        for (CaseLibrary.Case c : library.contents().cases()) {
            new Replays(store).replay(library.file(c.file()), c.id());
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Stream<CaseLibrary.WhatIf> whatIfs() {
        return CaseLibrary.read(SCENARIOS).contents().whatifs().stream();
    }

    @Test
    void everyCaseHasThreeWhatIfsOrMoreEachWithAQuestionAHistoryAndThingsToNotice() {
        assertThat(library.contents().cases()).hasSizeGreaterThanOrEqualTo(2);
        for (CaseLibrary.Case c : library.contents().cases()) {
            List<CaseLibrary.WhatIf> own = library.contents().whatifs().stream()
                    .filter(w -> c.id().equals(w.caseId())).toList();
            assertThat(own).as(c.id()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(own.stream().map(w -> WhatIfFile.load(library.file(w.file())).expectations().get("history")))
                    .as(c.id() + ": what-ifs that end away from history").filteredOn("differs"::equals)
                    .hasSizeGreaterThanOrEqualTo(3);
            assertThat(own).allSatisfy(w -> {
                assertThat(w.question()).isNotBlank();
                assertThat(w.history()).isNotBlank();
            });
        }
    }

    @ParameterizedTest
    @MethodSource("whatIfs")
    void eachWhatIfEndsAsItsExpectBlockSays(CaseLibrary.WhatIf w) throws IOException {
        WhatIfFile whatIf = WhatIfFile.load(library.file(w.file()));
        assertThat(Files.readString(library.file(w.file()))).contains("# Fork point:");
        TimelineInfo history = new Replays(store).timeline(w.caseId());
        World end = new World();
        store.events(history).forEach(end::apply);
        Forks.Branch branch = new Forks(store).fork(w.caseId(), null, null, whatIf, null, true);
        Results.Check check = Expectations.check(whatIf, Results.Outcome.of(branch.end()), Results.Outcome.of(end),
                end.zone());
        assertThat(check.expectations()).extracting(Results.Expectation::field).contains("history");
        assertThat(check.expectations()).allSatisfy(e -> assertThat(e.held()).as(e.toString()).isTrue());
    }

    /** A what-if's added steps need not be in time order: one may name a suit another, listed after it, files first. */
    @Test
    void addedStepsOutOfTimeOrderMayNameEachOther(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("out-of-order.yaml");
        Files.writeString(file, """
                whatif: out-of-order
                question: What if Benchmark had sued at once and won within days?
                forkAt: {time: 2017-06-22T00:00}
                add:
                  - at: 2017-06-25T12:00
                    onlyIf: suit-pending:early-suit
                    ruling: {suit: early-suit, for: plaintiff, reason: what-if}
                  - at: 2017-06-23T12:00
                    lawsuit: {id: early-suit, title: Early v. Kalanick, plaintiff: benchmark, defendants: [kalanick],
                              court: the Court of Chancery, claims: fraud, relief: {remove: [kalanick]}}
                """);
        Forks.Branch branch = new Forks(store).fork("uber-2017-investors-letter", null, null, WhatIfFile.load(file), null,
                true);
        assertThat(org.govsim.board.Board.in(branch.end()).isDirector("kalanick")).isFalse();
    }
}
