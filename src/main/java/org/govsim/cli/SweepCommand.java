package org.govsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.govsim.app.ExperimentService;
import org.govsim.app.Results;
import org.govsim.experiment.Sweep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run an experiment: many runs over varied parameters and seeds, in memory on all cores. Writes "
                + "DIR/runs.csv (one row a run), DIR/summary.csv (per combination, with 95%% intervals) and DIR/chart.svg.",
        footer = {"%nExample:", "  govsim sweep scenarios/experiments/quorum-and-notice.yaml --out out/quorum --keep 0,7"})
final class SweepCommand extends ReportCommand {

    @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "The experiment file (YAML).")
    Path experiment;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the results go.")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores; at most four per core).")
    Integer threads;

    @Option(names = "--resume", description = "Go on with an interrupted sweep in DIR: no run is lost or repeated.")
    boolean resume;

    @Option(names = "--keep", split = ",", paramLabel = "RUN", description = "Also store these runs as timelines.")
    List<Integer> keep;

    @Option(names = "--queue", description = "Share the runs with other processes through the store's PostgreSQL "
            + "database (--db-url): every process started with the same experiment claims runs until none are left.")
    boolean queue;

    @Override
    public Integer call() {
        Output.only(format, Format.text, Format.json);
        // with JSON, standard output carries the document alone and the messages go to standard error
        PrintWriter stdout = json() ? err() : out();
        ExperimentService experiments = new ExperimentService(storeOptions.database(), storeOptions::open);
        ExperimentService.PreparedSweep sweep = experiments.prepare(new ExperimentService.SweepRequest(experiment, out,
                threads, resume, keep, queue));
        stdout.println("Experiment '" + sweep.name() + "': " + sweep.runs() + " runs (" + sweep.combinations()
                + " combinations x " + sweep.repetitions() + " repetitions) on " + sweep.threads() + " thread"
                + (sweep.threads() == 1 ? "" : "s") + (sweep.shared() ? ", shared through the database" : ""));
        stdout.flush();
        ExperimentService.SweepResult result = experiments.run(sweep,
                new Progress(spec.commandLine().getErr(), System.console() != null));
        if (json()) {
            Output.json(out(), experiments.report(sweep, result));
            return Main.OK;
        }
        stdout.println("Results: " + result.runsCsv() + ", " + result.summaryCsv() + ", " + result.chart());
        int i = 0;
        for (Results.Timeline t : result.kept()) {
            stdout.println("Run " + keep.get(i++) + " stored as timeline '" + t.name() + "' (" + t.events() + " events).");
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
