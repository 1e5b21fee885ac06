package org.govsim.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.govsim.experiment.Distributions;
import org.govsim.experiment.QuickSweep;
import org.govsim.experiment.Sweep;
import org.govsim.scenario.ExperimentFile;
import org.govsim.scenario.InputException;

/**
 * Sweeps a server runs for its users: shipped experiments, named as the library lists them (a request never gives a
 * path), each run in the background into a directory of its own under one the service creates, and deleted with it
 * when the service closes. At most {@link #MAX_RUNNING} sweeps run at once, since each takes every core. Also the
 * quick sweep behind a slider: a few hundred runs in memory, answered at once.
 */
public final class SweepRuns implements AutoCloseable {

    /** Sweeps running at once; each already takes every core. */
    public static final int MAX_RUNNING = 2;
    /** Runs of a quick sweep when the request gives none: enough for a share to within a few points. */
    public static final int QUICK_RUNS = 200;
    /** The most runs of a quick sweep: it answers within the request, so it stays small. */
    public static final int MAX_QUICK_RUNS = 500;
    /** Quick sweeps at once; more would only queue for the same cores. */
    public static final int MAX_QUICK_AT_ONCE = 4;
    /** Quick answers kept, the least recently asked going first: a few sliders' worth of positions. */
    static final int QUICK_ANSWERS_KEPT = 512;
    /** Finished sweeps kept for their results; the oldest beyond this go, with their directory. */
    static final int KEEP_FINISHED = 20;

    /** A sweep accepted: its id, the experiment, how many runs, and "running". */
    public record Started(String id, String experiment, int runs, String status) {
    }

    /** Where a sweep stands: running, done or failed (with what went wrong), its runs done and their rate. */
    public record Progress(String id, String experiment, String status, int done, int total, double runsPerSecond,
                           String error) {
        @JsonIgnore
        public boolean finished() {
            return !status.equals(RUNNING);
        }
    }

    /**
     * A finished sweep's results: the summary rows (as summary.csv has them: each listed setting, runs, and each
     * metric's share, mean or most common value) and, per combination of listed settings, each metric's distribution.
     */
    public record SweepResults(String id, String experiment, String title, String outcome, List<String> varied,
                               int runs, List<Map<String, String>> summary, List<Distributions.Group> groups) {
    }

    /**
     * A quick sweep's answer: the setting and value, the runs, how long they took, whether it was kept from an earlier
     * request of the same position, and each metric's distribution.
     */
    public record QuickResult(String experiment, String parameter, String value, int runs, double milliseconds,
                              boolean cached, List<Distributions.Distribution> metrics) {
    }

    /** More sweeps at once than the server takes; adapters say so and ask to try again later. */
    public static final class Busy extends RuntimeException {
        Busy(String message) {
            super(message);
        }
    }

    /** No sweep of that id (never started, or forgotten since). */
    public static final class Unknown extends RuntimeException {
        Unknown(String id) {
            super("no sweep with id '" + id + "'");
        }
    }

    /** Results asked of a sweep that has none (yet). */
    public static final class NotReady extends RuntimeException {
        NotReady(String message) {
            super(message);
        }
    }

    private static final System.Logger LOG = System.getLogger(SweepRuns.class.getName());

    static final String RUNNING = "running";
    static final String DONE = "done";
    static final String FAILED = "failed";

    private final CaseLibrary library;
    private final ExperimentService experiments;
    private final Path root;
    private final Semaphore running = new Semaphore(MAX_RUNNING);
    private final Semaphore quickSlots = new Semaphore(MAX_QUICK_AT_ONCE);
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final Map<String, QuickSweep> quick = new ConcurrentHashMap<>();
    private final ExecutorService quickPool;
    // a slider goes back over positions it has been at; runs are a function of their inputs, so the answer stands
    private final Map<String, QuickResult> answers = new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, QuickResult> eldest) {
            return size() > QUICK_ANSWERS_KEPT;
        }
    };
    private volatile boolean closed;

    public SweepRuns(CaseLibrary library, ExperimentService experiments) {
        this.library = library;
        this.experiments = experiments;
        try {
            this.root = Files.createTempDirectory("govsim-sweeps");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        this.quickPool = Executors.newFixedThreadPool(cores, r -> {
            Thread t = new Thread(r, "quick-sweep");
            t.setDaemon(true);
            return t;
        });
    }

    /** One sweep the service runs; its fields change on the sweep's thread and are read by any. */
    private static final class Job implements Sweep.Progress {
        final String id;
        final String experiment;
        final Path dir;
        final ExperimentService.PreparedSweep prepared;
        final long started = System.nanoTime();
        volatile String status = RUNNING;
        volatile int done;
        volatile double runsPerSecond;
        volatile String error;
        volatile Thread thread;
        volatile SweepResults results;

        Job(String id, String experiment, Path dir, ExperimentService.PreparedSweep prepared) {
            this.id = id;
            this.experiment = experiment;
            this.dir = dir;
            this.prepared = prepared;
        }

        @Override
        public void update(int done, int total, double runsPerSecond) {
            this.done = done;
            this.runsPerSecond = runsPerSecond;
        }

        @Override
        public void finish(int done, int total, double seconds) {
            this.done = done;
            this.runsPerSecond = seconds > 0 ? done / seconds : 0;
        }

        Progress progress() {
            return new Progress(id, experiment, status, done, prepared.runs(), Math.round(runsPerSecond * 10) / 10.0,
                    error);
        }
    }

    /**
     * Starts the shipped experiment {@code name} in the background. Its file is checked first, so bad input fails
     * here; a third sweep while two run is {@link Busy}.
     */
    public Started start(String name) {
        Path file = shipped(name);
        if (closed) {
            throw new Busy("the server is stopping");
        }
        if (!running.tryAcquire()) {
            throw new Busy("at most " + MAX_RUNNING + " sweeps run at once; try again when one has finished");
        }
        Job job;
        try {
            String id = UUID.randomUUID().toString();
            Path dir = root.resolve(id);
            ExperimentService.PreparedSweep prepared = experiments.prepare(new ExperimentService.SweepRequest(file, dir,
                    null, false, null, false));
            job = new Job(id, name, dir, prepared);
            forgetOldest();
            jobs.put(id, job);
            Thread t = new Thread(() -> run(job), "sweep-" + id);
            t.setDaemon(true);
            job.thread = t;
            t.start();
        } catch (RuntimeException | Error e) {
            running.release();
            throw e;
        }
        return new Started(job.id, name, job.prepared.runs(), RUNNING);
    }

    private void run(Job job) {
        try {
            experiments.run(job.prepared, job);
            // an interrupted sweep returns without its results
            if (!Files.exists(job.dir.resolve("runs.csv"))) {
                throw new IllegalStateException("the sweep stopped before its end: the server is stopping");
            }
            job.status = DONE;
        } catch (InputException e) {
            job.error = e.getMessage();
            job.status = FAILED;
        } catch (RuntimeException e) {
            // a fault of govsim, not of the user's input: said as such, its insides only in the server's log
            if (closed) {
                job.error = "the server stopped during the sweep";
            } else {
                LOG.log(System.Logger.Level.ERROR, "sweep " + job.id + " of " + job.experiment + " failed", e);
                job.error = "an internal error of govsim stopped the sweep; the server's log has the details";
            }
            job.status = FAILED;
        } finally {
            running.release();
        }
    }

    /** Finished sweeps beyond {@link #KEEP_FINISHED} are forgotten, oldest first, and their directories deleted. */
    private void forgetOldest() {
        List<Job> finished = new ArrayList<>(jobs.values().stream().filter(j -> !j.status.equals(RUNNING)).toList());
        finished.sort(Comparator.comparingLong(j -> j.started));
        for (int i = 0; i < finished.size() - KEEP_FINISHED + 1; i++) {
            jobs.remove(finished.get(i).id);
            delete(finished.get(i).dir);
        }
    }

    public Progress progress(String id) {
        return job(id).progress();
    }

    /** The results of a finished sweep, read from its directory once. */
    public SweepResults results(String id) {
        Job job = job(id);
        if (job.status.equals(RUNNING)) {
            throw new NotReady("the sweep is still running (" + job.done + " of " + job.prepared.runs() + " runs)");
        }
        if (job.status.equals(FAILED)) {
            throw new NotReady("the sweep failed, so it has no results: " + job.error);
        }
        SweepResults r = job.results;
        if (r == null) {
            ExperimentFile e = job.prepared.sweep().experiment();
            List<String> listed = new ArrayList<>();
            e.varied().stream().filter(v -> !v.isRandom()).forEach(v -> listed.add(v.path()));
            r = new SweepResults(id, job.experiment, e.title(), e.outcome(), listed, job.prepared.runs(),
                    Distributions.summary(job.dir), Distributions.ofSweep(e, job.dir));
            job.results = r;
        }
        return r;
    }

    /**
     * Runs {@code runs} runs (default {@value #QUICK_RUNS}, at most {@value #MAX_QUICK_RUNS}) of the shipped
     * experiment {@code name} with its setting {@code parameter} at {@code value}, in memory, and answers with each
     * metric's distribution. The settings a slider may move are those the experiment varies with numbers: see
     * {@link #sliders}.
     */
    public QuickResult quick(String name, String parameter, BigDecimal value, Integer runs) {
        if (name == null) {
            throw InputException.request("experiment", "name a shipped experiment");
        }
        shipped(name);
        if (parameter == null) {
            throw InputException.request("parameter", "name the setting the slider moves (sliders: "
                    + String.join(", ", sliders(name)) + ")");
        }
        if (value == null) {
            throw InputException.request("value", "give the value of " + parameter + " as a number");
        }
        int n = runs == null ? QUICK_RUNS : runs;
        if (n < 1 || n > MAX_QUICK_RUNS) {
            throw InputException.request("runs", "from 1 to " + MAX_QUICK_RUNS + " runs in a quick sweep, found " + n
                    + "; start a sweep for more");
        }
        QuickSweep q = quickSweep(name);
        String text = value.stripTrailingZeros().toPlainString();
        String key = name + "\n" + parameter + "\n" + text + "\n" + n;
        QuickResult kept;
        synchronized (answers) {
            kept = answers.get(key);
        }
        if (kept != null) {
            return new QuickResult(kept.experiment(), kept.parameter(), kept.value(), kept.runs(), kept.milliseconds(),
                    true, kept.metrics());
        }
        if (!quickSlots.tryAcquire()) {
            throw new Busy("at most " + MAX_QUICK_AT_ONCE + " quick sweeps run at once");
        }
        try {
            long t0 = System.nanoTime();
            Distributions.Group g = q.run(parameter, text, n, quickPool);
            double ms = Math.round((System.nanoTime() - t0) / 1e5) / 10.0;
            QuickResult r = new QuickResult(name, parameter, text, n, ms, false, g.metrics());
            synchronized (answers) {
                answers.put(key, r);
            }
            return r;
        } finally {
            quickSlots.release();
        }
    }

    /**
     * The settings a slider may move in the shipped experiment {@code name}: those it varies with numbers (a range, a
     * list of numbers, or a draw), such as workforce.thresholdShift in workforce-loyalty and
     * model.offerThresholdDiscount and model.outsideOfferMultiplier in outside-offer. Settings it does not vary, and
     * lists with words or yes/no values (bylaws.quorum with 'majority', bylaws.noticeRequired), have none.
     */
    public List<String> sliders(String name) {
        return quickSweep(name).sliders();
    }

    private QuickSweep quickSweep(String name) {
        Path file = shipped(name);
        // the scenario is read once per experiment: a slider's request then costs only its runs
        return quick.computeIfAbsent(name, k -> QuickSweep.of(ExperimentFile.load(file)));
    }

    /** The file of a shipped experiment; only names the library lists lead to a file. */
    private Path shipped(String name) {
        if (name == null || name.isBlank()) {
            throw InputException.request("experiment", "name a shipped experiment (" + names() + ")");
        }
        return library.findExperiment(name).map(e -> library.file(e.file())).orElseThrow(() ->
                InputException.request("experiment", "no experiment named '" + name + "' in the library (" + names() + ")"));
    }

    private String names() {
        List<String> names = new ArrayList<>();
        library.contents().experiments().forEach(e -> names.add(e.name()));
        return String.join(", ", names);
    }

    private Job job(String id) {
        Job job = id == null ? null : jobs.get(id);
        if (job == null) {
            throw new Unknown(id);
        }
        return job;
    }

    /** Stops the sweeps still running and deletes every sweep's directory. */
    @Override
    public void close() {
        closed = true;
        quickPool.shutdownNow();
        for (Job j : jobs.values()) {
            Thread t = j.thread;
            if (t != null && t.isAlive()) {
                t.interrupt();
            }
        }
        for (Job j : jobs.values()) {
            Thread t = j.thread;
            if (t != null) {
                try {
                    t.join(2000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        delete(root);
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a file still written by a stopping sweep; the system's temporary directory is cleaned by the system
        }
    }

    /** For tests and logs: the directory the sweeps are written under. */
    public Path root() {
        return root;
    }
}
