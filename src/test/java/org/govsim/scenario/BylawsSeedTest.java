package org.govsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.govsim.board.BoardCommands.AttendToObject;
import org.govsim.board.BoardCommands.ProposeSettlement;
import org.govsim.board.BoardEvents.BoardConstituted;
import org.govsim.board.Bylaws;
import org.govsim.simulation.ScenarioPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed world's bylaws as written, Delaware's defaults where they are silent, and the script's board acts. */
class BylawsSeedTest {

    private static final Path SCENARIO = Path.of("scenarios/openai-2023-board-crisis.yaml");
    private static final Path SEED = Path.of("seeds/openai-2023.yaml");

    @TempDir
    Path dir;

    @Test
    void theOpenAiSeedStatesItsBoardsSeatsAndQuorumBase() {
        Bylaws bylaws = bylawsOf(ScenarioLoader.load(SCENARIO));
        assertThat(bylaws.seats()).isEqualTo(6);
        assertThat(bylaws.quorumOf()).isEqualTo(Bylaws.QuorumBase.AUTHORISED_SEATS);
        assertThat(bylaws.consentOnlyByThoseWhoCouldMeet()).isFalse();
        assertThat(bylaws.quorumFor(6, 3)).isEqualTo(4);
    }

    @Test
    void altmansTermsOfNovember21FixTheBoardsSizeForTheTwoTheyName() {
        assertThat(ScenarioLoader.load(SCENARIO).script().stream().map(ScenarioPlan.ScriptStep::command)
                .map(c -> c instanceof org.govsim.simulation.SimulationEvents.OnlyIf o ? o.command() : c)
                .filter(ProposeSettlement.class::isInstance).map(c -> ((ProposeSettlement) c).terms().seats()))
                .containsExactly(null, null, 2);
    }

    @Test
    void bylawsSilentOnSeatsAndQuorumBaseTakeDelawaresDefaults() {
        Bylaws bylaws = bylawsOf(ScenarioLoader.load(withSeed(s -> s.replace("  quorumOf: authorised-seats\n", "")
                .replace("  seats: 6\n", "").replace("  consentOnlyByThoseWhoCouldMeet: false\n", "")
                .replaceAll("(?m)^    (quorumOf|consentOnlyByThoseWhoCouldMeet): .*\n", ""))));
        assertThat(bylaws.seats()).isEqualTo(6);
        assertThat(bylaws.quorumOf()).isEqualTo(Bylaws.QuorumBase.AUTHORISED_SEATS);
        assertThat(bylaws.consentOnlyByThoseWhoCouldMeet()).isFalse();
    }

    @Test
    void fewerSeatsThanDirectorsAreRefused() {
        assertThatThrownBy(() -> ScenarioLoader.load(withSeed(s -> s.replace("  seats: 6\n", "  seats: 5\n"))))
                .isInstanceOf(InputException.class).hasMessageContaining("5 seats cannot hold the 6 directors");
    }

    @Test
    void anAssumptionMustNameARuleOfTheBylaws() {
        assertThatThrownBy(() -> ScenarioLoader.load(withSeed(s -> s.replace("  assumptions:\n",
                "  assumptions:\n    quroum: a typo\n"))))
                .isInstanceOf(InputException.class).hasMessageContaining("'quroum' is not a rule of the bylaws");
    }

    @Test
    void aStepMayRecordADirectorAttendingOnlyToObject() throws IOException {
        Path scenario = withSeed(s -> s);
        String script = Files.readString(scenario).replace("  - at: 2023-11-17T12:00\n    source: S14\n    vote:",
                "  - at: 2023-11-17T11:55\n    assumption: Brockman comes only to object\n    attend-to-object:\n"
                        + "      motion: remove-altman\n      director: brockman\n\n"
                        + "  - at: 2023-11-17T12:00\n    source: S14\n    vote:");
        Files.writeString(scenario, script);
        assertThat(ScenarioLoader.load(scenario).script().stream().map(ScenarioPlan.ScriptStep::command))
                .contains(new AttendToObject("board", "remove-altman", "brockman"));
    }

    private static Bylaws bylawsOf(ScenarioPlan plan) {
        return plan.seedWorld().stream().map(ScenarioPlan.SeedFact::event).filter(BoardConstituted.class::isInstance)
                .map(e -> ((BoardConstituted) e).bylaws()).findFirst().orElseThrow();
    }

    /** The historical scenario over a copy of its seed, changed by {@code edit}. */
    private Path withSeed(java.util.function.UnaryOperator<String> edit) {
        try {
            Files.createDirectories(dir.resolve("seeds"));
            Files.createDirectories(dir.resolve("scenarios"));
            String seed = Files.readString(SEED);
            String changed = edit.apply(seed);
            Files.writeString(dir.resolve("seeds/openai-2023.yaml"), changed);
            Path scenario = dir.resolve("scenarios/openai-2023-board-crisis.yaml");
            Files.writeString(scenario, Files.readString(SCENARIO));
            return scenario;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
