package org.govsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCliTest {

    @TempDir
    Path dir;

    @Test
    void aShippedExperimentRunsAndAnyRunOpensAsATimeline() throws Exception {
        Path out = dir.resolve("quorum");
        String data = dir.resolve("data").toString();
        Cli sweep = Cli.run("sweep", "scenarios/experiments/quorum-and-notice.yaml", "--out", out.toString(), "--keep", "9",
                "--data", data);
        assertThat(sweep.code()).as(sweep.err()).isZero();
        assertThat(sweep.err()).contains("done: 12/12 runs");
        assertThat(sweep.out()).contains("Run 9 stored as timeline 'quorum-and-notice-run-9'");
        assertThat(Files.readAllLines(out.resolve("runs.csv"))).hasSize(13);
        assertThat(Files.readAllLines(out.resolve("summary.csv"))).hasSize(13);
        assertThat(Files.readString(out.resolve("chart.svg"))).startsWith("<svg");

        Cli replay = Cli.run("replay", "--from-sweep", out.toString(), "--run", "3", "--data", data);
        assertThat(replay.code()).as(replay.err()).isZero();
        assertThat(replay.out()).contains("Motion out of order", "stored as timeline 'quorum-and-notice-run-3'");
        Cli again = Cli.run("sweep", "scenarios/experiments/quorum-and-notice.yaml", "--out", out.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("already holds a sweep");
    }

    @Test
    void aResumedSweepWhosePartialRunsAreNotUtf8ExitsTwoNamingTheLine() throws Exception {
        Path out = dir.resolve("quorum");
        String data = dir.resolve("data").toString();
        Cli sweep = Cli.run("sweep", "scenarios/experiments/quorum-and-notice.yaml", "--out", out.toString(), "--data", data);
        assertThat(sweep.code()).as(sweep.err()).isZero();
        java.util.List<String> rows = Files.readAllLines(out.resolve("runs.csv"));
        byte[] good = String.join("\n", rows.subList(1, 4)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] partial = java.util.Arrays.copyOf(good, good.length + 3);
        partial[good.length] = '\n';
        partial[good.length + 1] = (byte) 0xFF;
        partial[good.length + 2] = '\n';
        Files.write(out.resolve("runs.partial"), partial);

        Cli resumed = Cli.run("sweep", "scenarios/experiments/quorum-and-notice.yaml", "--out", out.toString(), "--resume",
                "--data", data);
        assertThat(resumed.code()).as(resumed.err()).isEqualTo(2);
        assertThat(resumed.err().strip()).isEqualTo("error: " + out.resolve("runs.partial") + ":4: not UTF-8: byte 0xFF at "
                + "offset " + (good.length + 1) + "; save the file as UTF-8");
    }

    @Test
    void aBadExperimentExitsTwoBeforeAnyRun() throws Exception {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "experiment: bad\ntitle: t\nscenario: " + Path.of("scenarios/openai-2023-board-crisis.yaml")
                .toAbsolutePath() + "\nvary:\n  bylaws.quorom: [2, 3]\nmetrics: [ceoRemoved]\n");
        Path out = dir.resolve("never");
        Cli c = Cli.run("sweep", f.toString(), "--out", out.toString());
        assertThat(c.code()).isEqualTo(2);
        assertThat(c.err()).contains(f + ":5: vary.bylaws.quorom: no parameter 'quorom'");
        assertThat(Files.exists(out)).isFalse();
    }
}
