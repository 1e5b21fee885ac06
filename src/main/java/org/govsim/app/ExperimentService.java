package org.govsim.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.govsim.experiment.Sweep;
import org.govsim.experiment.SweepQueue;
import org.govsim.narrative.Narrator;
import org.govsim.scenario.ExperimentFile;
import org.govsim.scenario.InputException;
import org.govsim.scenario.Limits;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;
import org.govsim.timeline.Database;
import org.govsim.timeline.TimelineInfo;
import org.govsim.timeline.TimelineStore;

/** Experiments: sweeps of many runs over varied settings, and any run of a sweep kept as a timeline. */
public final class ExperimentService {

    private final Database database;
    private final Supplier<TimelineStore> stores;

    /** {@code stores} opens the store when a use case needs it (a sweep from a scenario file needs none). */
    public ExperimentService(Database database, Supplier<TimelineStore> stores) {
        this.database = database;
        this.stores = stores;
    }

    /** What to sweep: the experiment file, where the results go, how many threads, and which runs to keep. */
    public record SweepRequest(Path experiment, Path out, Integer threads, boolean resume, List<Integer> keep,
                               boolean queue) {
    }

    /** A sweep checked and ready to run: every setting it will draw has been checked. */
    public record PreparedSweep(String name, int runs, int combinations, int repetitions, int threads, boolean shared,
                                SweepRequest request, Sweep sweep) {
    }

    /** A finished sweep: its result files and the runs stored as timelines. */
    public record SweepResult(String name, int runs, Path runsCsv, Path summaryCsv, Path chart,
                              List<Results.Timeline> kept) {
    }

    /** A run of a sweep kept as a timeline, told from its first event. */
    public record KeptRun(String timeline, int run, long events, String zone, List<StoryLine> narrative,
                          Results.Outcome outcome) {
    }

    /** Loads and checks an experiment; bad input fails here, before any run. */
    public PreparedSweep prepare(SweepRequest request) {
        ExperimentFile file = ExperimentFile.load(request.experiment());
        Sweep sweep = Sweep.prepare(file, stores);
        if (request.keep() != null) {
            for (int k : request.keep()) {
                if (k < 0 || k >= file.runCount()) {
                    throw InputException.request("keep", "run " + k + " does not exist (runs 0 to " + (file.runCount() - 1) + ")");
                }
            }
        }
        int threads = request.threads() != null ? request.threads() : Runtime.getRuntime().availableProcessors();
        int cores = Runtime.getRuntime().availableProcessors();
        int most = Limits.MAX_THREADS_PER_CORE * cores;
        if (threads < 1 || threads > most) {
            throw InputException.request("threads", "from 1 to " + most + " threads (" + Limits.MAX_THREADS_PER_CORE
                    + " per core, " + cores + " cores), found " + threads);
        }
        if (request.queue() && !database.isPostgres()) {
            throw InputException.request("queue", "a shared sweep needs a PostgreSQL database");
        }
        // a file where a parent of --out should be shows only when the first result is written, after the header
        for (Path up = request.out().toAbsolutePath().getParent(); up != null; up = up.getParent()) {
            if (Files.exists(up)) {
                if (!Files.isDirectory(up)) {
                    throw InputException.request("out", up + " is a file; a directory is needed");
                }
                break;
            }
        }
        try {
            sweep.checkOut(request.out(), request.resume());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PreparedSweep(file.name(), file.runCount(), file.combinations(), file.repetitions(), threads,
                request.queue(), request, sweep);
    }

    /** Runs a prepared sweep to the end (resuming if asked), writes its results and stores the runs to keep. */
    public SweepResult run(PreparedSweep prepared, Sweep.Progress progress) {
        SweepRequest r = prepared.request();
        try {
            if (r.queue()) {
                new SweepQueue(database, prepared.sweep()).run(r.out(), prepared.threads(), progress);
            } else {
                prepared.sweep().run(r.out(), prepared.threads(), r.resume(), progress, () -> false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("the sweep stopped: " + e.getMessage(), e);
        }
        List<Results.Timeline> kept = new ArrayList<>();
        if (r.keep() != null && !r.keep().isEmpty()) {
            try (TimelineStore store = stores.get()) {
                for (int k : r.keep()) {
                    TimelineInfo t = prepared.sweep().keep(store, k, null);
                    kept.add(TimelineService.summary(t));
                }
            }
        }
        return new SweepResult(prepared.name(), prepared.runs(), r.out().resolve("runs.csv"), r.out().resolve("summary.csv"),
                r.out().resolve("chart.svg"), kept);
    }

    /** A finished sweep as one record, for adapters to print. */
    public Results.Sweep report(PreparedSweep prepared, SweepResult result) {
        List<Results.KeptTimeline> kept = new ArrayList<>();
        List<Integer> runs = prepared.request().keep() == null ? List.of() : prepared.request().keep();
        for (int i = 0; i < result.kept().size(); i++) {
            kept.add(new Results.KeptTimeline(runs.get(i), result.kept().get(i)));
        }
        return new Results.Sweep(prepared.name(), prepared.runs(), prepared.combinations(), prepared.repetitions(),
                prepared.threads(), prepared.shared(), prepared.request().out().toString(), result.runsCsv().toString(),
                result.summaryCsv().toString(), result.chart().toString(), kept);
    }

    /** Stores run {@code run} of the sweep in {@code dir} as a timeline, exactly as the sweep computed it. */
    public KeptRun keepRun(Path dir, int run, String name) {
        try {
            Sweep sweep = Sweep.prepare(ExperimentFile.load(Sweep.experimentOf(dir)), stores);
            sweep.checkSameInputs(dir, "fromSweep");
            try (TimelineStore store = stores.get()) {
                TimelineInfo kept = sweep.keep(store, run, name);
                List<Recorded> events = store.events(kept);
                var zone = Narrator.zone(events);
                return new KeptRun(kept.name(), run, events.size(), zone.getId(), StoryLine.of(Narrator.tell(events), zone),
                        Results.Outcome.of(fold(events)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static World fold(List<Recorded> events) {
        World w = new World();
        events.forEach(w::apply);
        return w;
    }
}
