package org.govsim.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.govsim.scenario.DecisionPoint;
import org.govsim.scenario.InputException;
import org.govsim.scenario.ScenarioLoader;
import org.govsim.scenario.WhatIfFile;
import org.govsim.simulation.SimulationEvents.DecisionTaken;
import org.govsim.timeline.Database;
import org.govsim.timeline.Forks;
import org.govsim.timeline.Replays;
import org.govsim.timeline.TimelineStore;

/** The shipped cases' decision points: each case has some, and each option is a what-if that forks history. */
class DecisionPointsTest {

    static final Path CASE = Path.of("scenarios/openai-2023-board-crisis.yaml");

    @TempDir
    static Path data;
    static TimelineStore store;

    @BeforeAll
    static void replayHistory() {
        store = TimelineStore.open(Database.h2(data));
        new Replays(store).replay(CASE, "history");
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    record Choice(String decision, DecisionPoint.Option option) {
        @Override
        public String toString() {
            return decision + "=" + option.id();
        }
    }

    static Stream<Choice> options() {
        return ScenarioLoader.decisions(CASE).stream().flatMap(d -> d.options().stream().map(o -> new Choice(d.id(), o)));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyShippedCaseHasADecisionPointWithAQuestionAndTwoOptionsOrMore(Path scenario) {
        List<DecisionPoint> decisions = ScenarioLoader.decisions(scenario);
        assertThat(decisions).isNotEmpty().allSatisfy(d -> {
            assertThat(d.question()).isNotBlank();
            assertThat(d.history()).as("what was decided in fact").isNotBlank();
            assertThat(d.options()).hasSizeGreaterThanOrEqualTo(2).anySatisfy(o -> assertThat(o.id()).isEqualTo("as-history"));
        });
    }

    @Test
    void theOpenAiCaseAsksTheVoteOfTheSeventeenthTheInterimCeoAndTheTermsOfTheTwentyFirst() {
        assertThat(ScenarioLoader.decisions(CASE)).extracting(DecisionPoint::id)
                .contains("the-vote-of-11-17", "the-interim-ceo-11-19", "the-terms-of-11-21");
    }

    @ParameterizedTest
    @MethodSource("options")
    void eachOptionForksHistoryAndRecordsTheChoiceFirst(Choice choice) {
        Forks.Branch branch = new Forks(store).fork("history", null, null, choice.option().whatIf(), null, true);
        assertThat(branch.ownEvents()).isNotEmpty();
        assertThat(branch.ownEvents().get(0).event()).isEqualTo(new DecisionTaken(choice.decision(),
                choice.option().id(), ScenarioLoader.decisions(CASE).stream()
                .filter(d -> d.id().equals(choice.decision())).findFirst().orElseThrow().decides(),
                choice.option().label()));
    }

    @ParameterizedTest
    @MethodSource("options")
    void eachOptionIsStoredAsAWhatIfFileThatMakesTheSameBranch(Choice choice) {
        WhatIfFile asStored = WhatIfFile.read(Path.of("stored"), choice.option().whatIf().text()
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Forks.Branch fromScenario = new Forks(store).fork("history", null, null, choice.option().whatIf(), null, true);
        Forks.Branch fromText = new Forks(store).fork("history", null, null, asStored, null, true);
        assertThat(fromText.forkSeq()).isEqualTo(fromScenario.forkSeq());
        // the stored file records no choice (a plain what-if): the same events follow, one place earlier
        assertThat(fromText.ownEvents().stream().map(r -> r.event().getClass().getSimpleName()).toList())
                .isEqualTo(fromScenario.ownEvents().stream().skip(1).map(r -> r.event().getClass().getSimpleName())
                        .toList());
        assertThat(org.govsim.app.Results.Outcome.of(fromText.end()))
                .isEqualTo(org.govsim.app.Results.Outcome.of(fromScenario.end()));
        assertThat(asStored.question()).contains(choice.option().label());
    }

    @Test
    void aStoredChoiceAndPredictionReadBackExactlyAsTheyRan() {
        DecisionPoint.Option option = ScenarioLoader.decisions(CASE).get(0).option("give-reasons", "option");
        WhatIfFile withPrediction = option.whatIf().recording(new org.govsim.simulation.SimulationEvents
                .PredictionRecorded("board", true, java.time.Instant.parse("2023-11-22T20:00:00Z"), 650,
                List.of("toner", "mccauley")));
        Forks.Branch branch = new Forks(store).fork("history", null, null, withPrediction, "read-back", false);
        // this store keeps nothing in memory: what it reads comes from the database
        var stored = store.events(branch.timeline());
        assertThat(stored.subList((int) branch.forkSeq(), stored.size())).isEqualTo(branch.ownEvents());
        assertThat(branch.ownEvents().get(1).event()).isInstanceOf(org.govsim.simulation.SimulationEvents
                .PredictionRecorded.class);
    }

    @Test
    void aDecisionPointWithAnUnknownRoleIsRefusedNamingItsLine(@TempDir Path dir) throws IOException {
        String text = Files.readString(CASE).replace("decides: investor:microsoft", "decides: investor:nobody");
        Path copy = dir.resolve("case.yaml");
        Files.writeString(copy, text.replace("seed: ../seeds/", "seed: " + Path.of("seeds").toAbsolutePath() + "/"));
        int line = text.lines().toList().indexOf("    decides: investor:nobody") + 1;
        assertThatThrownBy(() -> ScenarioLoader.load(copy)).isInstanceOf(InputException.class)
                .hasMessageContaining("'investor:nobody' is not a role")
                .satisfies(e -> assertThat(((InputException) e).line()).isEqualTo(line));
    }
}
