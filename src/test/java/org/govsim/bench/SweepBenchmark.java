package org.govsim.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.govsim.experiment.Sweep;
import org.govsim.scenario.ExperimentFile;
import org.govsim.scenario.ScenarioLoader;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;
import org.govsim.timeline.Replays;

/**
 * Sweep throughput on the full historical scenario, beside the limit of this design: a plain-Java loop that folds the
 * same runs' events into a world without deciding anything. Usage: SweepBenchmark [runs] [threads]
 */
public final class SweepBenchmark {

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        Path dir = Files.createTempDirectory("govsim-sweep-bench");
        Path file = dir.resolve("throughput.yaml");
        Files.writeString(file, "experiment: throughput\ntitle: throughput\nscenario: "
                + Path.of("scenarios/openai-2023-board-crisis.yaml").toAbsolutePath() + "\n"
                + "vary:\n  workforce.thresholdShift: [0]\nrepetitions: " + runs + "\nseeds: {base: 1}\n"
                + "metrics: [ceoReinstated, hoursToReturn, peakSignatures, employeesLost, finalCeo]\n");
        Sweep.Progress quiet = new Sweep.Progress() {
            public void update(int done, int total, double rate) {
            }

            public void finish(int done, int total, double seconds) {
            }
        };
        Sweep warm = Sweep.prepare(ExperimentFile.load(file), () -> null);
        warm.run(dir.resolve("warm"), threads, false, quiet, () -> false);
        long t0 = System.nanoTime();
        Sweep.prepare(ExperimentFile.load(file), () -> null).run(dir.resolve("timed"), threads, false, quiet, () -> false);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("sweep: %d runs of the historical scenario on %d threads in %.2f s = %.0f runs/s%n", runs, threads,
                seconds, runs / seconds);

        List<Recorded> events = Replays.run(ScenarioLoader.load(Path.of("scenarios/openai-2023-board-crisis.yaml")));
        for (int i = 0; i < 2_000; i++) {
            fold(events);
        }
        long t1 = System.nanoTime();
        long sink = 0;
        for (int i = 0; i < runs; i++) {
            sink += fold(events);
        }
        double foldSeconds = (System.nanoTime() - t1) / 1e9;
        System.out.printf("baseline: a plain-Java loop folding the same %d events per run, one thread: %.0f runs/s "
                + "(checksum %d)%n", events.size(), runs / foldSeconds, sink);
        System.out.printf("ratio of the sweep to the plain loop: %.2f (threads %d against one)%n",
                (runs / seconds) / (runs / foldSeconds), threads);
    }

    private static long fold(List<Recorded> events) {
        World w = new World();
        for (Recorded r : events) {
            w.apply(r);
        }
        return w.seq();
    }
}
