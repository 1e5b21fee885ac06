package org.govsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.govsim.experiment.Sweep;
import org.govsim.experiment.SweepQueue;
import org.govsim.scenario.ExperimentFile;
import org.govsim.scenario.InputException;
import org.govsim.timeline.TimelineInfo;
import org.govsim.timeline.TimelineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run an experiment: many runs over varied parameters and seeds, in memory on all cores. Writes "
                + "DIR/runs.csv (one row a run), DIR/summary.csv (per combination, with 95%% intervals) and DIR/chart.svg.")
final class SweepCommand extends StoreCommand {

    @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "The experiment file (YAML).")
    Path experiment;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the results go.")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--resume", description = "Go on with an interrupted sweep in DIR: no run is lost or repeated.")
    boolean resume;

    @Option(names = "--keep", split = ",", paramLabel = "RUN", description = "Also store these runs as timelines.")
    List<Integer> keep;

    @Option(names = "--queue", description = "Share the runs with other processes through the store's PostgreSQL "
            + "database (--db-url): every process started with the same experiment claims runs until none are left.")
    boolean queue;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = out();
        PrintWriter err = spec.commandLine().getErr();
        ExperimentFile file = ExperimentFile.load(experiment);
        Sweep sweep = Sweep.prepare(file, storeOptions::open);
        if (keep != null) {
            for (int k : keep) {
                if (k < 0 || k >= file.runCount()) {
                    throw new InputException("--keep", 0, "keep", "run " + k + " does not exist (runs 0 to "
                            + (file.runCount() - 1) + ")");
                }
            }
        }
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1) {
            throw new InputException("--threads", 0, "threads", "at least one thread");
        }
        Progress progress = new Progress(err, System.console() != null);
        stdout.println("Experiment '" + file.name() + "': " + file.runCount() + " runs (" + file.combinations()
                + " combinations x " + file.repetitions() + " repetitions) on " + n + " thread" + (n == 1 ? "" : "s")
                + (queue ? ", shared through the database" : ""));
        if (queue) {
            if (!storeOptions.database().isPostgres()) {
                throw new InputException("--queue", 0, "queue", "a shared sweep needs a PostgreSQL database: give --db-url");
            }
            new SweepQueue(storeOptions.database(), sweep).run(out, n, progress);
        } else {
            sweep.run(out, n, resume, progress, () -> false);
        }
        stdout.println("Results: " + out.resolve("runs.csv") + ", " + out.resolve("summary.csv") + ", " + out.resolve("chart.svg"));
        if (keep != null && !keep.isEmpty()) {
            try (TimelineStore store = storeOptions.open()) {
                for (int k : keep) {
                    TimelineInfo t = sweep.keep(store, k, null);
                    stdout.println("Run " + k + " stored as timeline '" + t.name() + "' (" + t.events() + " events).");
                }
            }
        }
        return Main.OK;
    }

    /** A bar on a terminal; plain lines, at most one per tenth of the runs, elsewhere. */
    static final class Progress implements Sweep.Progress {
        private final PrintWriter err;
        private final boolean terminal;
        private long lastDraw;
        private int lastTenth = -1;

        Progress(PrintWriter err, boolean terminal) {
            this.err = err;
            this.terminal = terminal;
        }

        @Override
        public void update(int done, int total, double runsPerSecond) {
            if (terminal) {
                long now = System.nanoTime();
                if (now - lastDraw < 100_000_000L && done < total) {
                    return;
                }
                lastDraw = now;
                int width = 30;
                int filled = (int) ((long) width * done / Math.max(1, total));
                err.printf("\r[%s%s] %d/%d runs  %.0f runs/s ", "#".repeat(filled), ".".repeat(width - filled), done, total,
                        runsPerSecond);
                err.flush();
            } else {
                int tenth = (int) (10L * done / Math.max(1, total));
                if (tenth != lastTenth) {
                    lastTenth = tenth;
                    err.printf("progress: %d/%d runs (%.0f runs/s)%n", done, total, runsPerSecond);
                    err.flush();
                }
            }
        }

        @Override
        public void finish(int done, int total, double seconds) {
            if (terminal) {
                err.println();
            }
            err.printf("done: %d/%d runs in %.1f s%n", done, total, seconds);
            err.flush();
        }
    }
}
