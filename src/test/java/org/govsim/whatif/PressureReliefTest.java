package org.govsim.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.govsim.ceo.CeoOffice;
import org.govsim.investor.Investor;
import org.govsim.scenario.WhatIfFile;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.SimulationEvents.SimulationEnded;
import org.govsim.simulation.World;
import org.govsim.timeline.Database;
import org.govsim.timeline.Forks;
import org.govsim.timeline.Replays;
import org.govsim.timeline.TimelineStore;
import org.govsim.workforce.Workforce;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Once the removed CEO is back, what was demanded has been met: every investor stands down (or never presses) and the
 * employees' letter closes (or never opens). Where he is not back, the end of the run says what fell short.
 */
class PressureReliefTest {

    static final Path SCENARIO = Path.of("scenarios/openai-2023-board-crisis.yaml").toAbsolutePath();

    @TempDir
    static Path data;
    @TempDir
    static Path files;
    static TimelineStore store;

    @BeforeAll
    static void replayHistory() {
        store = TimelineStore.open(Database.h2(data));
        new Replays(store).replay(SCENARIO, "history");
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Stream<Path> library() throws IOException {
        return WhatIfLibraryTest.library();
    }

    @Test
    void afterTheHistoricalReturnEveryInvestorHasStoodDownAndTheLetterIsClosed() {
        World end = new World();
        store.events(store.find("history").orElseThrow()).forEach(end::apply);
        assertRelieved(end);
    }

    @ParameterizedTest
    @MethodSource("library")
    void inEveryShippedBranchWhereTheCeoReturnsEveryInvestorStandsDownAndTheLetterCloses(Path file) {
        World end = fork(WhatIfFile.load(file)).end();
        if (CeoOffice.in(end).returnedAt() != null || CeoOffice.in(end).removed().isEmpty()) {
            assertRelieved(end);
        }
    }

    @Test
    void aCeoReinstatedBeforeAnyoneReactsLeavesEveryInvestorNeutralAndNoLetterOpens() throws IOException {
        Forks.Branch branch = fork(whatIf("early-return", """
                question: What if the board had reinstated Altman on Saturday morning?
                forkAt: {time: 2023-11-18T07:00}
                add:
                  - at: 2023-11-18T08:00
                    source: assumption
                    vote:
                      id: reinstate-altman
                      title: reinstate Sam Altman as CEO
                      method: meeting
                      present: [sutskever, dangelo, mccauley, toner]
                      for: [sutskever, dangelo, mccauley, toner]
                      resolutions:
                        - appoint-ceo: altman
                """));
        assertThat(CeoOffice.in(branch.end()).holder()).isEqualTo("altman");
        assertRelieved(branch.end());
        assertThat(Workforce.in(branch.end()).letterOpenedAt()).isNull();
        assertThat(branch.ownEvents()).noneMatch(r -> r.type().equals("BoardPressed"));
    }

    @Test
    void whenTheBoardResignsAndTheSuccessorsItElectsReinstateTheCeoEveryInvestorStandsDownAndTheLetterCloses()
            throws IOException {
        Forks.Branch branch = fork(whatIf("board-resigns", """
                question: What if the board had resigned on Monday, electing successors who reinstate Altman?
                forkAt: {time: 2023-11-20T09:59}
                add:
                  - at: 2023-11-20T10:00
                    source: assumption
                    vote:
                      id: board-resigns
                      title: elect Bret Taylor and Larry Summers, accept the others' departures, reinstate Sam Altman
                      method: meeting
                      present: [sutskever, dangelo, mccauley, toner]
                      for: [sutskever, dangelo, mccauley, toner]
                      resolutions:
                        - elect-director: taylor
                        - elect-director: summers
                        - depart: sutskever
                        - depart: mccauley
                        - depart: toner
                        - appoint-ceo: altman
                """));
        assertThat(CeoOffice.in(branch.end()).holder()).isEqualTo("altman");
        assertThat(branch.ownEvents()).filteredOn(r -> r.type().equals("InvestorStoodDown")).hasSize(4);
        assertThat(branch.ownEvents()).anyMatch(r -> r.type().equals("LetterClosed"));
        assertRelieved(branch.end());
    }

    @Test
    void aBranchWhereTheBoardHoldsEndsBySayingWhichPressuresFellShortOfWhichTolerance() throws IOException {
        Forks.Branch branch = fork(whatIf("weak-pressure", """
                question: What if signatures and resignations weighed little on the board?
                forkAt: {before: {vote: remove-altman}}
                set:
                  model.weightSignatures: 0.1
                  model.weightResignations: 0.1
                """));
        assertThat(CeoOffice.in(branch.end()).returnedAt()).isNull();
        List<String> summary = branch.ownEvents().stream().map(Recorded::event)
                .filter(SimulationEnded.class::isInstance).map(e -> ((SimulationEnded) e).summary())
                .findFirst().orElseThrow();
        assertThat(summary).last().asString()
                .startsWith("The board held: 1 of 4 directors gave way, 3 needed; the strain on Adam D'Angelo peaked at ")
                .contains("against a resolve of 254", "Helen Toner", "the pressure peaked at ", "against a tolerance of 5.0",
                        "signatures peaked at 96% (740 of 770)");
    }

    private static void assertRelieved(World end) {
        assertThat(Investor.all(end).values()).allSatisfy(i -> assertThat(i.stance()).as(i.id())
                .isEqualTo(Investor.Stance.NEUTRAL));
        assertThat(Workforce.in(end).letterOpen()).as("the letter is open").isFalse();
    }

    private static Forks.Branch fork(WhatIfFile whatIf) {
        return new Forks(store).fork("history", null, null, whatIf, null, true);
    }

    private static WhatIfFile whatIf(String name, String body) throws IOException {
        Path file = files.resolve(name + ".yaml");
        Files.writeString(file, "whatif: " + name + "\nscenario: " + SCENARIO + "\n" + body);
        return WhatIfFile.load(file);
    }
}
