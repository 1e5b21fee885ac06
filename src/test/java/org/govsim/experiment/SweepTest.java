package org.govsim.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.govsim.scenario.ExperimentFile;
import org.govsim.scenario.InputException;
import org.govsim.simulation.World;
import org.govsim.timeline.Database;
import org.govsim.timeline.TimelineInfo;
import org.govsim.timeline.TimelineStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepTest {

    static final String SCENARIO = Path.of("scenarios/openai-2023-board-crisis.yaml").toAbsolutePath().toString();

    @TempDir
    Path dir;

    static final Sweep.Progress QUIET = new Sweep.Progress() {
        public void update(int done, int total, double runsPerSecond) {
        }

        public void finish(int done, int total, double seconds) {
        }
    };

    Path experiment(String name, int repetitions) throws IOException {
        Path f = dir.resolve(name + ".yaml");
        Files.writeString(f, "experiment: " + name + "\ntitle: test\nscenario: " + SCENARIO + "\n"
                + "vary:\n  workforce.thresholdShift: [0, 0.14]\n"
                + "  model.weightSignatures: {distribution: uniform, min: 2, max: 4}\n"
                + "repetitions: " + repetitions + "\nseeds: {base: 99}\n"
                + "metrics: [ceoReinstated, hoursToReturn, peakSignatures, employeesLost, finalChair]\n");
        return f;
    }

    Sweep sweep(Path file) {
        return Sweep.prepare(ExperimentFile.load(file), () -> { throw new AssertionError("no store needed"); });
    }

    @Test
    void theSameExperimentGivesByteIdenticalResultsOnOneThreadOrTwo() throws Exception {
        Path file = experiment("same", 4);
        sweep(file).run(dir.resolve("one"), 1, false, QUIET, () -> false);
        sweep(file).run(dir.resolve("two"), 2, false, QUIET, () -> false);
        byte[] one = Files.readAllBytes(dir.resolve("one/runs.csv"));
        assertThat(Files.readAllBytes(dir.resolve("two/runs.csv"))).isEqualTo(one);
        List<String> lines = Files.readAllLines(dir.resolve("one/runs.csv"));
        assertThat(lines.get(0)).isEqualTo("run,seed,workforce.thresholdShift,model.weightSignatures,ceoReinstated,"
                + "hoursToReturn,peakSignatures,employeesLost,finalChair");
        assertThat(lines).hasSize(9);
        assertThat(lines.get(1)).startsWith("0," + ExperimentFile.derivedSeed(99, 0) + ",0,");
        List<String> summary = Files.readAllLines(dir.resolve("one/summary.csv"));
        assertThat(summary.get(0)).startsWith("workforce.thresholdShift,runs,ceoReinstated_share,ceoReinstated_ci95_low");
        assertThat(summary).hasSize(3);
        assertThat(Files.readString(dir.resolve("one/chart.svg"))).startsWith("<svg").contains("workforce.thresholdShift");
        assertThat(Files.exists(dir.resolve("one/runs.partial"))).isFalse();
    }

    @Test
    void anInterruptedSweepResumesWithoutLosingOrRepeatingARun() throws Exception {
        Path file = experiment("resume", 10);
        sweep(file).run(dir.resolve("whole"), 2, false, QUIET, () -> false);

        AtomicInteger started = new AtomicInteger();
        sweep(file).run(dir.resolve("cut"), 2, false, QUIET, () -> started.incrementAndGet() > 7);
        assertThat(Files.exists(dir.resolve("cut/runs.csv"))).isFalse();
        long before = Files.readAllLines(dir.resolve("cut/runs.partial")).size();
        assertThat(before).isBetween(1L, 19L);

        AtomicInteger resumed = new AtomicInteger();
        sweep(file).run(dir.resolve("cut"), 2, true, new Sweep.Progress() {
            public void update(int done, int total, double rate) {
            }

            public void finish(int done, int total, double seconds) {
                resumed.set(done);
            }
        }, () -> false);
        assertThat(resumed.get()).isEqualTo(20);
        assertThat(Files.readAllBytes(dir.resolve("cut/runs.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("whole/runs.csv")));
    }

    @Test
    void aSweepKilledMidwayResumesToTheSameResult() throws Exception {
        Path file = experiment("killed", 150);
        sweep(file).run(dir.resolve("whole"), 2, false, QUIET, () -> false);
        Path out = dir.resolve("killed");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Daxoniq.update-checker.disabled=true", "-cp", System.getProperty("java.class.path"), "org.govsim.cli.Main",
                "sweep", file.toString(), "--out", out.toString(), "--threads", "1"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        Path partial = out.resolve("runs.partial");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && (!Files.exists(partial) || Files.size(partial) < 2_000)) {
            Thread.sleep(20);
        }
        p.destroyForcibly().waitFor();
        assertThat(Files.exists(out.resolve("runs.csv"))).as("killed before the end").isFalse();
        sweep(file).run(out, 2, true, QUIET, () -> false);
        assertThat(Files.readAllBytes(out.resolve("runs.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("whole/runs.csv")));
    }

    @Test
    void aKeptRunIsTheRunTheSweepComputed() throws Exception {
        Path file = experiment("kept", 3);
        Sweep sweep = sweep(file);
        sweep.run(dir.resolve("k"), 2, false, QUIET, () -> false);
        List<String> row = Csv.parse(Files.readAllLines(dir.resolve("k/runs.csv")).get(1 + 4));
        try (TimelineStore store = TimelineStore.open(Database.h2(dir.resolve("data")))) {
            TimelineInfo kept = sweep.keep(store, 4, null);
            World end = new World();
            store.events(kept).forEach(end::apply);
            List<String> metrics = ExperimentFile.load(file).metrics();
            for (int i = 0; i < metrics.size(); i++) {
                assertThat(Metrics.value(metrics.get(i), end)).as(metrics.get(i)).isEqualTo(row.get(4 + i));
            }
            assertThat(kept.seed()).isEqualTo(Long.parseLong(row.get(1)));
        }
    }

    @Test
    void badExperimentsAreRefusedBeforeAnyRunNamingLineAndField() throws IOException {
        expectRefused("vary:\n  workforce.loyalty: [1, 2]\n", "no parameter 'loyalty'", 6);
        expectRefused("vary:\n  workforce.thresholdShift: {from: 1, to: 0, step: 0.1}\n", "yields nothing", 6);
        expectRefused("vary:\n  directors.nobody.resolve: [1]\n", "'nobody' is not a director", 6);
        expectRefused("vary:\n  workforce.thresholdShift: []\n", "an empty list yields no runs", 6);
        Path f = dir.resolve("metric.yaml");
        Files.writeString(f, "experiment: m\ntitle: t\nscenario: " + SCENARIO + "\nvary:\n  model.weightSignatures: [1]\n"
                + "metrics: [ceoReinstated, happiness]\n");
        assertThatThrownBy(() -> sweep(f)).isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).describe()).contains(f + ":6: metrics[1]: unknown metric 'happiness'"));
    }

    private void expectRefused(String vary, String message, int line) throws IOException {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "experiment: bad\ntitle: t\nscenario: " + SCENARIO + "\nrepetitions: 2\n" + vary
                + "metrics: [ceoReinstated]\n");
        assertThatThrownBy(() -> sweep(f).run(dir.resolve("never"), 1, false, QUIET, () -> false))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).describe()).contains(f + ":" + line + ":").contains(message));
        assertThat(Files.exists(dir.resolve("never"))).isFalse();
    }
}
