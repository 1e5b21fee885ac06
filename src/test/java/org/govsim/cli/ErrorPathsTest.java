package org.govsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command through its error paths: exit 2 for whatever the user can fix, one line on standard error, nothing on
 * standard output, no stack trace; --debug adds the trace.
 */
class ErrorPathsTest {

    static final String SCENARIO = "scenarios/openai-2023-board-crisis.yaml";
    static final String WHATIF = "scenarios/what-if/openai-2023/sutskever-stays-away.yaml";
    static final String EXPERIMENT = "scenarios/experiments/quorum-and-notice.yaml";

    @TempDir
    static Path dir;
    static String data;
    static String aFile;
    static String badYaml;
    static String unknownExpectation;
    static String sweepWithABadLine;

    @BeforeAll
    static void aStoreAndSomeFilesInTheWay() throws IOException {
        data = dir.resolve("data").toString();
        assertThat(Cli.run("replay", SCENARIO, "--name", "history", "--data", data).code()).isZero();
        aFile = Files.writeString(dir.resolve("a-file"), "not a directory").toString();
        badYaml = Files.writeString(dir.resolve("bad.yaml"), "scenario: [unclosed\n").toString();
        unknownExpectation = Files.writeString(dir.resolve("odd-expectation.yaml"),
                Files.readString(Path.of(WHATIF)).replace("  signedAtMost: 0\n", "  signedAtMost: 0\n  boardSize: 3\n"))
                .toString();
        Path sweep = dir.resolve("sweep");
        assertThat(Cli.run("sweep", EXPERIMENT, "--out", sweep.toString(), "--data", dir.resolve("sweep-data").toString())
                .code()).isZero();
        // an interrupted sweep whose record of finished runs has a line that is not UTF-8
        List<String> rows = Files.readAllLines(sweep.resolve("runs.csv"));
        Files.delete(sweep.resolve("runs.csv"));
        Files.write(sweep.resolve("runs.partial"), rows.subList(1, 4));
        Files.write(sweep.resolve("runs.partial"), new byte[]{'5', ',', (byte) 0xC3, (byte) 0x28, '\n'},
                java.nio.file.StandardOpenOption.APPEND);
        sweepWithABadLine = sweep.toString();
    }

    static Stream<Arguments> errors() {
        String longName = "n".repeat(250);
        List<Arguments> cases = new ArrayList<>(List.of(
                // the option parser's own errors
                Arguments.of(List.of("no-such-command"), "Unmatched argument"),
                Arguments.of(List.of("replay", "--no-such-option"), "Unknown option"),
                Arguments.of(List.of("state"), "Missing required parameter"),
                Arguments.of(List.of("state", "history", "--at", "twenty"), "--at"),
                Arguments.of(List.of("timelines", "--format", "yaml"), "--format"),
                Arguments.of(List.of("export", "history"), "--format"),
                Arguments.of(List.of("sweep", EXPERIMENT), "--out"),
                Arguments.of(List.of("completion", "extra"), "Unmatched argument"),
                // replay
                Arguments.of(List.of("replay"), "give a scenario file"),
                Arguments.of(List.of("replay", SCENARIO, "--run", "3"), "option --run: --run picks a run of a sweep"),
                Arguments.of(List.of("replay", "no-such.yaml"), "no-such.yaml"),
                Arguments.of(List.of("replay", badYaml), badYaml),
                Arguments.of(List.of("replay", SCENARIO, "--name", "history"), "already exists"),
                Arguments.of(List.of("replay", SCENARIO, "--name", longName), "--name"),
                Arguments.of(List.of("replay", "--from-sweep", sweepWithABadLine), "--run"),
                Arguments.of(List.of("replay", "--from-sweep", sweepWithABadLine, "--run", "3", "--name", "history"),
                        "already exists"),
                // the catalogue and its timelines
                Arguments.of(List.of("timelines", "--format", "csv"), "not offered"),
                Arguments.of(List.of("state", "no-such-timeline"), "no timeline named"),
                Arguments.of(List.of("state", "history", "--at", "99999"), "--at"),
                Arguments.of(List.of("state", "history", "--at-time", "+999999999-12-31T23:59"), "--at-time"),
                Arguments.of(List.of("state", "history", "--at-time", "tuesday"), "--at-time"),
                Arguments.of(List.of("state", "history", "--at", "3", "--at-time", "2023-11-20T09:00"), "--at"),
                Arguments.of(List.of("story", "no-such-timeline"), "no timeline named"),
                Arguments.of(List.of("export", "history", "--format", "text"), "not offered"),
                Arguments.of(List.of("why", "history", "0"), "outside"),
                Arguments.of(List.of("why", "history", "seven"), "SEQ"),
                Arguments.of(List.of("diff", "history"), "Missing required parameter"),
                Arguments.of(List.of("diff", "history", "no-such-timeline"), "no timeline named"),
                Arguments.of(List.of("rename", "history", "bad name!"), "NEW"),
                Arguments.of(List.of("rename", "no-such-timeline", "other"), "no timeline named"),
                Arguments.of(List.of("rename", "history", longName), "NEW"),
                // fork
                Arguments.of(List.of("fork", "history", "--whatif", "no-such.yaml"), "no-such.yaml"),
                Arguments.of(List.of("fork", "history", "--at-time", "+999999999-12-31T23:59"), "--at-time"),
                Arguments.of(List.of("fork", "history", "--at", "100", "--check"), "--check"),
                Arguments.of(List.of("fork", "history", "--whatif", unknownExpectation, "--check", "--dry-run"),
                        unknownExpectation + ":"),
                Arguments.of(List.of("fork", "history", "--whatif", WHATIF, "--name", longName), "--name"),
                // sweep, validate, scenarios
                Arguments.of(List.of("sweep", EXPERIMENT, "--out", aFile), aFile),
                Arguments.of(List.of("sweep", EXPERIMENT, "--out", dir.resolve("t").toString(), "--threads", "0"),
                        "--threads"),
                Arguments.of(List.of("sweep", "no-such.yaml", "--out", dir.resolve("u").toString()), "no-such.yaml"),
                Arguments.of(List.of("sweep", EXPERIMENT, "--out", sweepWithABadLine, "--resume"),
                        "runs.partial:"),
                Arguments.of(List.of("validate", "no-such.yaml"), "no-such.yaml"),
                Arguments.of(List.of("validate", badYaml), badYaml),
                Arguments.of(List.of("scenarios", aFile), "not a directory"),
                Arguments.of(List.of("timelines", "--data", aFile), "--data"),
                Arguments.of(List.of("--data", aFile, "story", "history"), "--data")));
        List<Arguments> withJson = new ArrayList<>();
        for (Arguments a : cases) {
            @SuppressWarnings("unchecked")
            List<String> args = (List<String>) a.get()[0];
            withJson.add(a);
            if (!args.contains("--format") && List.of("state", "story", "fork", "diff", "why", "rename", "sweep", "validate")
                    .contains(args.get(0))) {
                List<String> json = new ArrayList<>(args);
                json.addAll(List.of("--format", "json"));
                withJson.add(Arguments.of(json, a.get()[1]));
            }
        }
        return withJson.stream();
    }

    @ParameterizedTest
    @MethodSource("errors")
    void anErrorTheUserCanFixExitsTwoWithOneLineAndNothingOnStandardOutput(List<String> args, String named) {
        List<String> all = new ArrayList<>(args);
        if (!args.contains("--data")) {
            all.addAll(List.of("--data", data));
        }
        Cli c = Cli.run(all.toArray(String[]::new));
        assertThat(c.code()).as(c.err()).isEqualTo(Main.BAD_INPUT);
        assertThat(c.out()).isEmpty();
        assertThat(c.err().lines().toList()).as(c.err()).singleElement()
                .satisfies(line -> assertThat(line).startsWith("error: ").contains(named));
    }

    @Test
    void debugAddsTheStackTraceAfterTheSameLine() {
        Cli c = Cli.run("--debug", "state", "no-such-timeline", "--data", data);
        assertThat(c.code()).isEqualTo(Main.BAD_INPUT);
        List<String> lines = c.err().lines().toList();
        assertThat(lines.get(0)).startsWith("error: ").contains("no timeline named");
        assertThat(lines).hasSizeGreaterThan(3).anySatisfy(l -> assertThat(l).contains("at org.govsim."));
    }

    @Test
    void govsimWithoutACommandPrintsItsUsageOnStandardErrorAndExitsTwo() {
        Cli c = Cli.run();
        assertThat(c.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(c.out()).isEmpty();
        assertThat(c.err()).contains("Usage: govsim", "Commands:", "Exit codes:");
    }

    @Test
    void nothingWasStoredByAnyOfThem() {
        anErrorTheUserCanFixExitsTwoWithOneLineAndNothingOnStandardOutput(List.of("fork", "history", "--whatif",
                unknownExpectation, "--check"), unknownExpectation);
        Cli list = Cli.run("timelines", "--data", data);
        assertThat(list.out().lines().filter(l -> !l.isBlank() && !l.startsWith("NAME")).map(l -> l.split(" +")[0]).toList())
                .containsExactly("history");
    }
}
