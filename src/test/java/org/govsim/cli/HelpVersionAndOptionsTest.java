package org.govsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Help with an example and the exit codes, the version of the build, shell completion, global options, fork --check. */
class HelpVersionAndOptionsTest {

    static final String SCENARIO = "scenarios/openai-2023-board-crisis.yaml";
    static final String WHATIF = "scenarios/what-if/openai-2023/sutskever-stays-away.yaml";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static String data;

    @BeforeAll
    static void aStoreWithAReplayGivenBeforeTheCommand() {
        data = dir.resolve("data").toString();
        Cli replay = Cli.run("--data", data, "replay", SCENARIO, "--name", "history");
        assertThat(replay.code()).as(replay.err()).isZero();
    }

    static Stream<String> commands() {
        return new CommandLine(new Main()).getSubcommands().keySet().stream().filter(c -> !c.equals("help"));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandsHelpShowsAnExampleAndTheExitCodes(String command) {
        Cli help = Cli.run(command, "--help");
        assertThat(help.code()).isZero();
        // an alias (story) shows the usage of the command it names (show)
        String name = new CommandLine(new Main()).getSubcommands().get(command).getCommandName();
        assertThat(help.out()).contains("Usage: govsim " + name, "Example", "  govsim ", "Exit codes:",
                " 0   Done.", " 1   A fault of govsim itself", " 2   Bad input or an environment you can fix");
    }

    @Test
    void theMainHelpAndForksHelpTellTheirOwnCodesAndFormatsListTheirValues() {
        assertThat(Cli.run("--help").out()).contains("Example", "Exit codes:", "--debug", "--data");
        assertThat(Cli.run("fork", "--help").out()).contains(" 3   With --check", "text, json");
        assertThat(Cli.run("timelines", "--help").out()).contains("text, json, mermaid");
        assertThat(Cli.run("export", "--help").out()).contains("jsonl, csv");
    }

    @Test
    void theVersionIsThePomsWithTheCommitItWasBuiltFrom() throws IOException {
        Matcher pom = Pattern.compile("<artifactId>govsim</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(pom.find()).isTrue();
        Cli version = Cli.run("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out().strip()).matches("govsim " + Pattern.quote(pom.group(1))
                + " \\(commit ([0-9a-f]{7,40}|unknown)\\)");
    }

    @Test
    void completionPrintsABashScriptThatKnowsTheCommandsAndTheirOptions() {
        Cli completion = Cli.run("completion");
        assertThat(completion.code()).isZero();
        assertThat(completion.out()).contains("complete -F", "_picocli_govsim", "replay", "timelines", "fork", "--whatif",
                "--check", "--format");
        assertThat(completion.err()).isEmpty();
    }

    @Test
    void storeOptionsWorkBeforeAndAfterTheCommandAndTheCommandsOwnWin() throws IOException {
        JsonNode before = JSON.readTree(Cli.run("--data", data, "timelines", "--format", "json").out());
        JsonNode after = JSON.readTree(Cli.run("timelines", "--format", "json", "--data", data).out());
        assertThat(before).isEqualTo(after);
        assertThat(before.at("/timelines/0/name").asText()).isEqualTo("history");
        Cli elsewhere = Cli.run("--data", dir.resolve("other").toString(), "timelines", "--format", "json", "--data", data);
        assertThat(JSON.readTree(elsewhere.out())).isEqualTo(after);
        Cli debugAfter = Cli.run("state", "nowhere", "--data", data, "--debug");
        assertThat(debugAfter.err()).contains("at org.govsim.");
    }

    @Test
    void forkCheckSaysWhichExpectationsHeldAndExitsThreeWhenOneDidNot() throws IOException {
        Cli held = Cli.run("fork", "history", "--whatif", WHATIF, "--dry-run", "--check", "--data", data);
        assertThat(held.code()).as(held.err()).isZero();
        assertThat(held.out()).contains("Expectations of the what-if: all held", "held  ceo              expected Sam Altman, "
                + "found Sam Altman", "held  signedAtMost");

        Path wrong = Files.writeString(dir.resolve("wrong.yaml"), Files.readString(Path.of(WHATIF))
                .replace("  ceo: Sam Altman\n", "  ceo: Emmett Shear (interim)\n"));
        Cli failed = Cli.run("fork", "history", "--whatif", wrong.toString(), "--check", "--name", "checked", "--data", data);
        assertThat(failed.code()).isEqualTo(Main.EXPECTATIONS_FAILED);
        assertThat(failed.out()).contains("Branch 'checked'", "not all held",
                "FAIL  ceo              expected Emmett Shear (interim), found Sam Altman", "held  returned");
        Cli json = Cli.run("fork", "history", "--whatif", wrong.toString(), "--check", "--dry-run", "--format", "json",
                "--data", data);
        assertThat(json.code()).isEqualTo(Main.EXPECTATIONS_FAILED);
        JsonNode check = JSON.readTree(json.out()).get("check");
        assertThat(check.get("held").asBoolean()).isFalse();
        assertThat(check.at("/expectations/0/field").asText()).isEqualTo("ceo");
        assertThat(check.at("/expectations/0/actual").asText()).isEqualTo("Sam Altman");
        assertThat(check.at("/expectations/0/held").asBoolean()).isFalse();
        assertThat(check.at("/expectations/1/held").asBoolean()).isTrue();
    }
}
