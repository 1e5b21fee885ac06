package org.govsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input exits 2 naming file, line and field, and stores nothing: the list of timelines stays as it was. */
class BadInputTest {

    static final Path SCENARIO = Path.of("scenarios/openai-2023-board-crisis.yaml");
    static final Path SEED = Path.of("seeds/openai-2023.yaml");

    @TempDir
    Path dir;
    Path data;
    String scenario;
    String seed;

    @BeforeEach
    void aStoreWithOneTimeline() throws IOException {
        data = dir.resolve("data");
        Files.createDirectories(dir.resolve("scenarios"));
        Files.createDirectories(dir.resolve("seeds"));
        scenario = Files.readString(SCENARIO);
        seed = Files.readString(SEED);
        assertThat(Cli.run("replay", SCENARIO.toString(), "--data", data.toString(), "--name", "kept").code()).isZero();
    }

    @Test
    void malformedYaml() throws IOException {
        Path f = write(scenario.replace("  - at: 2023-11-17T12:10\n", "  - at: [2023-11-17T12:10\n"), seed);
        expectRejected(f, f.toString() + ":", "malformed YAML");
    }

    @Test
    void anUnknownPerson() throws IOException {
        Path f = write(scenario.replace("for: [sutskever, dangelo, mccauley, toner]", "for: [sutskever, dangelo, mccauley, tonner]"), seed);
        Cli c = expectRejected(f, f + ":" + lineOf(f, "for: [sutskever, dangelo, mccauley, tonner]"), "unknown person 'tonner'");
        assertThat(c.err()).contains("script[1].vote.for[3]");
    }

    @Test
    void aTimeGoingBackwards() throws IOException {
        Path f = write(scenario.replace("  - at: 2023-11-17T12:19\n", "  - at: 2023-11-17T11:19\n"), seed);
        Cli c = expectRejected(f, f + ":" + lineOf(f, "  - at: 2023-11-17T11:19"), "time goes backwards");
        assertThat(c.err()).contains("script[3].at");
    }

    @Test
    void anActionBySomeoneWithoutThePower() throws IOException {
        Path f = write(scenario.replace("  - at: 2023-11-17T12:00\n    source: S14\n    vote:",
                "  - at: 2023-11-17T12:00\n    source: S14\n    by: microsoft\n    vote:"), seed);
        Cli c = expectRejected(f, f + ":" + lineOf(f, "    by: microsoft"), "'microsoft' has no power to put a motion");
        assertThat(c.err()).contains("script[1].by");
    }

    @Test
    void aReinstatementByDecreeIsRefusedAtTheDoor() throws IOException {
        Path f = write(scenario.replace("  - at: 2023-11-29T10:00\n", "  - at: 2023-11-22T10:00\n    by: altman\n"
                + "    appoint-ceo: {person: altman}\n    source: S25\n  - at: 2023-11-29T10:00\n"), seed);
        expectRejected(f, f + ":" + lineOf(f, "    by: altman"), "'altman' has no power to appoint the CEO");
    }

    @Test
    void anUnknownFieldInTheSeedWorld() throws IOException {
        Path f = write(scenario, seed.replace("  noticeRequired: false\n", "  noticeRequird: false\n"));
        Path seedFile = dir.resolve("seeds/openai-2023.yaml");
        expectRejected(f, seedFile + ":" + lineOf(seedFile, "noticeRequird"), "unknown field 'noticeRequird'");
    }

    @Test
    void aFactWithAnUnknownSource() throws IOException {
        Path f = write(scenario.replace("    source: S21\n    offer:", "    source: S99\n    offer:"), seed);
        expectRejected(f, f + ":" + lineOf(f, "source: S99"), "unknown source key 'S99'");
    }

    @Test
    void aMissingScenarioFile() {
        Path f = dir.resolve("scenarios/none.yaml");
        expectRejected(f, f.toString(), "no such file");
    }

    private Cli expectRejected(Path file, String where, String what) {
        Cli c = Cli.run("replay", file.toString(), "--data", data.toString());
        assertThat(c.code()).as(c.err()).isEqualTo(2);
        assertThat(c.err()).contains(where).contains(what);
        assertThat(Cli.run("validate", file.toString()).code()).isEqualTo(2);
        Cli list = Cli.run("timelines", "--data", data.toString());
        assertThat(list.out().lines().filter(l -> !l.startsWith("NAME")).toList()).hasSize(1).allMatch(l -> l.startsWith("kept"));
        return c;
    }

    private Path write(String scenarioText, String seedText) throws IOException {
        Files.writeString(dir.resolve("seeds/openai-2023.yaml"), seedText);
        Path f = dir.resolve("scenarios/crisis.yaml");
        Files.writeString(f, scenarioText);
        return f;
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
