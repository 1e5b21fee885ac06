package org.govsim.experiment;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.govsim.ceo.CeoOffice;
import org.govsim.model.GovernanceModel;
import org.govsim.simulation.Model;
import org.govsim.timeline.Resumption;
import org.govsim.workforce.Workforce;
import org.govsim.scenario.ExperimentFile;
import org.govsim.scenario.InputException;
import org.govsim.scenario.ParameterSet;
import org.govsim.scenario.TextFiles;
import org.govsim.scenario.WhatIfFile;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.ScenarioPlan;
import org.govsim.simulation.Simulation;
import org.govsim.simulation.WhatIf;
import org.govsim.simulation.World;
import org.govsim.workforce.WorkforceEvents.WorkforceFormed;
import org.govsim.workforce.WorkforceEvents.WorkforceProfileChanged;
import org.govsim.timeline.Snapshots;
import org.govsim.timeline.TimelineInfo;
import org.govsim.timeline.TimelineStore;

/**
 * Runs an experiment: every run in memory, on as many threads as asked, each a pure function of its index, so the
 * results are the same whatever the thread count. Completed runs are appended to DIR/runs.partial as they finish, so
 * an interrupted sweep resumes without losing or repeating a run.
 */
public final class Sweep {

    /** Where runs start: a scenario's first step, or the world at a stored timeline's fork point. */
    private final ExperimentFile experiment;
    private final ScenarioPlan plan;
    private final byte[] forkWorld;
    private final TimelineInfo baseTimeline;
    private final long forkSeq;
    private final Model model = GovernanceModel.standard();

    private Sweep(ExperimentFile experiment, ScenarioPlan plan, byte[] forkWorld, TimelineInfo baseTimeline, long forkSeq) {
        this.experiment = experiment;
        this.plan = plan;
        this.forkWorld = forkWorld;
        this.baseTimeline = baseTimeline;
        this.forkSeq = forkSeq;
    }

    /** Reads the base and checks every setting the experiment will use; bad input fails here, before any run. */
    public static Sweep prepare(ExperimentFile experiment, java.util.function.Supplier<TimelineStore> store) {
        Sweep sweep;
        if (experiment.scenario() != null) {
            sweep = new Sweep(experiment, experiment.scenario(), null, null, 0);
        } else {
            try (TimelineStore s = store.get()) {
                sweep = s.inTransaction(() -> fromTimeline(experiment, s));
            }
        }
        World base = sweep.startWorld(1, r -> { }).world();
        for (ParameterSet settings : experiment.settingsToCheck()) {
            settings.check(base);
        }
        return sweep;
    }

    private static Sweep fromTimeline(ExperimentFile experiment, TimelineStore s) {
        TimelineInfo t = s.find(experiment.timeline()).orElseThrow(() -> new InputException(experiment.file(), 0,
                "timeline", "no timeline named '" + experiment.timeline() + "'"));
        WhatIfFile.ForkPoint point = experiment.forkPoint(s.worldAt(t, 1).zone());
        long seq = point.seq() != null ? point.seq() : s.seqAtTime(t, point.time());
        if (seq < 1 || seq >= t.events()) {
            throw point.error("the fork point lies outside timeline '" + t.name() + "' (events 1 to " + t.events() + ")");
        }
        long snapped = new org.govsim.timeline.Forks(s).snap(t, seq);
        Model model = GovernanceModel.standard();
        Resumption.reason(model, s.worldAt(t, 1), t.name()).ifPresent(why -> {
            throw new InputException(experiment.file(), 0, "timeline", why);
        });
        return new Sweep(experiment, null, Snapshots.of(model).write(s.worldAt(t, snapped)), t, snapped);
    }

    private Simulation startWorld(long seed, Consumer<Recorded> sink) {
        if (plan != null) {
            return Simulation.begin(plan.withSeed(seed), model, sink);
        }
        World w = Snapshots.of(model).read(forkWorld);
        Simulation sim = Simulation.resume(w, model, sink);
        sim.apply(new WhatIf() {
            public String name() {
                return "seed";
            }

            public void apply(World world, Edits edits) {
                // the seed draws the staff's thresholds: a case without a workforce has nothing to draw
                WorkforceFormed p = Workforce.in(world).profile();
                if (p != null) {
                    edits.record(new WorkforceProfileChanged(p.withSeed(seed), "the run's seed"));
                }
            }
        });
        return sim;
    }

    public ExperimentFile experiment() {
        return experiment;
    }

    /** Runs one run and returns its row of runs.csv; with a sink, also every event. */
    public List<String> row(int index, Consumer<Recorded> sink) {
        ExperimentFile.Run run = experiment.run(index);
        Simulation sim = startWorld(run.seed(), sink);
        sim.apply(experiment.settings(run));
        boolean stop = experiment.stopWhenCeoReturns();
        while (sim.step()) {
            if (stop && CeoOffice.in(sim.world()).returnedAt() != null) {
                break;
            }
        }
        List<String> row = new ArrayList<>();
        row.add(Integer.toString(index));
        row.add(Long.toString(run.seed()));
        row.addAll(run.parameters().values());
        for (String m : experiment.metrics()) {
            row.add(Metrics.value(m, sim.world()));
        }
        return row;
    }

    public List<String> header() {
        List<String> h = new ArrayList<>(List.of("run", "seed"));
        experiment.varied().forEach(v -> h.add(v.path()));
        h.addAll(experiment.metrics());
        return h;
    }

    /** The events of run {@code index}, as the sweep computed it; for a timeline base, only those after the fork. */
    public List<Recorded> events(int index) {
        if (index < 0 || index >= experiment.runCount()) {
            throw InputException.request("run", "the experiment has runs 0 to " + (experiment.runCount() - 1));
        }
        List<Recorded> events = new ArrayList<>();
        row(index, events::add);
        return events;
    }

    /** Stores run {@code index} as a timeline: a replay of the scenario, or a branch of the base timeline. */
    public TimelineInfo keep(TimelineStore store, int index, String name) {
        List<Recorded> events = events(index);
        ExperimentFile.Run run = experiment.run(index);
        if (name != null) {
            TimelineInfo.checkName("name", name);
        }
        return store.inTransaction(() -> {
            if (name != null && store.find(name).isPresent()) {
                throw InputException.request("name", "a timeline named '" + name + "' already exists");
            }
            String chosen = name != null ? name : store.freeName(experiment.name() + "-run-" + index);
            TimelineInfo info = plan != null
                    ? TimelineInfo.replay(chosen, plan.id(), plan.title() + " (" + experiment.name() + " run " + index + ")",
                    run.seed(), events.size())
                    : TimelineInfo.branch(chosen, baseTimeline, run.seed(), forkSeq, Snapshots.of(model).read(forkWorld).now(),
                    experiment.text(), forkSeq + events.size());
            store.save(info, events, () -> plan != null ? new World() : Snapshots.of(model).read(forkWorld));
            return info;
        });
    }

    /** Progress reports: runs done, runs in all, runs per second. */
    public interface Progress {
        void update(int done, int total, double runsPerSecond);

        void finish(int done, int total, double seconds);

        /** Reports nothing. */
        Progress NONE = new Progress() {
            public void update(int done, int total, double runsPerSecond) {
            }

            public void finish(int done, int total, double seconds) {
            }
        };
    }

    /**
     * Checks before anything runs that DIR can take the sweep's results: a directory or nothing yet, and when resuming,
     * one that holds this sweep's manifest and a readable record of its finished runs.
     */
    public void checkOut(Path dir, boolean resume) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw InputException.request("out", dir + " is a file; a directory is needed");
        }
        if (resume) {
            checkManifest(dir.resolve("manifest.properties"), fingerprint(), "resume");
            if (Files.exists(dir.resolve("runs.partial"))) {
                TextFiles.readUtf8(dir.resolve("runs.partial"));
            }
        }
    }

    /** Runs every run not yet in DIR/runs.partial and writes runs.csv, summary.csv and chart.svg. */
    public void run(Path dir, int threads, boolean resume, Progress progress, BooleanSupplier cancelled) throws IOException {
        Files.createDirectories(dir);
        Path partial = dir.resolve("runs.partial");
        Path manifest = dir.resolve("manifest.properties");
        String digest = fingerprint();
        int total = experiment.runCount();
        String[] rows = new String[total];
        if (resume) {
            checkManifest(manifest, digest, "resume");
            readPartial(partial, rows);
        } else {
            if (Files.exists(partial) || Files.exists(dir.resolve("runs.csv"))) {
                throw InputException.request("out", dir + " already holds a sweep: resume it, or choose another directory");
            }
            writeManifest(dir);
        }
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            if (rows[i] == null) {
                pending.add(i);
            }
        }
        int alreadyDone = total - pending.size();
        LinkedBlockingQueue<Object[]> done = new LinkedBlockingQueue<>();
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "sweep");
            t.setDaemon(true);
            return t;
        });
        for (int t = 0; t < Math.max(1, threads); t++) {
            pool.submit(() -> {
                try {
                    for (int k; failure.get() == null && (k = next.getAndIncrement()) < pending.size()
                            && !cancelled.getAsBoolean(); ) {
                        int index = pending.get(k);
                        done.put(new Object[]{index, Csv.line(row(index, r -> { }))});
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
                return null;
            });
        }
        pool.shutdown();
        long start = System.nanoTime();
        int count = 0;
        try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            while (count < pending.size()) {
                Object[] item = done.poll(200, TimeUnit.MILLISECONDS);
                if (item == null) {
                    if (failure.get() != null) {
                        throw failed(failure.get());
                    }
                    if (pool.isTerminated() && done.isEmpty()) {
                        break;
                    }
                    continue;
                }
                List<Object[]> batch = new ArrayList<>();
                batch.add(item);
                done.drainTo(batch);
                for (Object[] b : batch) {
                    rows[(Integer) b[0]] = (String) b[1];
                    out.write((String) b[1]);
                    out.write('\n');
                }
                out.flush();
                count += batch.size();
                double seconds = (System.nanoTime() - start) / 1e9;
                progress.update(alreadyDone + count, total, count / Math.max(seconds, 1e-9));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (failure.get() != null) {
            throw failed(failure.get());
        }
        progress.finish(alreadyDone + count, total, (System.nanoTime() - start) / 1e9);
        if (alreadyDone + count < total) {
            return;
        }
        writeResults(dir, rows);
        Files.deleteIfExists(partial);
    }

    /** Records which experiment file a sweep directory holds, so it can be resumed and its runs replayed. */
    public void writeManifest(Path dir) throws IOException {
        Files.createDirectories(dir);
        Properties p = new Properties();
        p.setProperty("experiment", experiment.file().toAbsolutePath().toString());
        p.setProperty("sha256", digest(experiment.text()));
        p.setProperty("fingerprint", fingerprint());
        p.setProperty("runs", Integer.toString(experiment.runCount()));
        try (var w = Files.newBufferedWriter(dir.resolve("manifest.properties"))) {
            p.store(w, "govsim sweep");
        }
        Files.writeString(dir.resolve("experiment.yaml"), experiment.text());
    }

    /** A run's bad setting (a draw out of range, say) is bad input; anything else is an internal failure. */
    private static RuntimeException failed(Throwable t) {
        return t instanceof InputException input ? input : new IllegalStateException("a run failed", t);
    }

    /** Writes runs.csv (rows by run index), summary.csv and chart.svg from complete rows. */
    public void writeResults(Path dir, String[] rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("runs.csv"), StandardCharsets.UTF_8)) {
            w.write(Csv.line(header()));
            w.write('\n');
            for (String r : rows) {
                w.write(r);
                w.write('\n');
            }
        }
        List<List<String>> parsed = new ArrayList<>(rows.length);
        for (String r : rows) {
            parsed.add(Csv.parse(r));
        }
        Summary summary = Summary.of(experiment, header(), parsed);
        Files.writeString(dir.resolve("summary.csv"), summary.csv(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("chart.svg"), Chart.svg(experiment, summary), StandardCharsets.UTF_8);
    }

    private void readPartial(Path partial, String[] rows) throws IOException {
        Path finished = partial.resolveSibling("runs.csv");
        if (!Files.exists(partial) && Files.exists(finished)) {
            // a finished sweep: its rows are all there, so nothing runs again
            List<String> lines = TextFiles.readUtf8(finished).lines().toList();
            Files.write(partial, lines.subList(1, lines.size()), StandardCharsets.UTF_8);
        }
        if (!Files.exists(partial)) {
            return;
        }
        int columns = header().size();
        // a file the user may have touched: a byte that is not UTF-8 is reported at its line, not as a fault of govsim
        String content = TextFiles.readUtf8(partial);
        // a line without its newline was cut short when the sweep stopped: its run is done again
        String complete = content.substring(0, content.lastIndexOf('\n') + 1);
        for (String line : complete.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            List<String> cells = Csv.parse(line);
            if (cells.size() != columns) {
                continue; // a line cut short when the sweep was stopped: the run is done again
            }
            try {
                int index = Integer.parseInt(cells.get(0));
                if (index >= 0 && index < rows.length) {
                    rows[index] = line;
                }
            } catch (NumberFormatException e) {
                // not a run row
            }
        }
        // rewrite without torn lines, so that appends start on a clean line
        List<String> clean = new ArrayList<>();
        for (String r : rows) {
            if (r != null) {
                clean.add(r);
            }
        }
        Path fresh = partial.resolveSibling("runs.partial.tmp");
        Files.write(fresh, clean, StandardCharsets.UTF_8);
        Files.move(fresh, partial, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Refuses a directory without a sweep, or with one of other inputs, as bad input in the request field {@code field}. */
    private void checkManifest(Path manifest, String digest, String field) throws IOException {
        if (!Files.exists(manifest)) {
            throw InputException.request(field, manifest.getParent() + " holds no sweep to resume");
        }
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(manifest)) {
            p.load(r);
        }
        if (!digest.equals(p.getProperty("fingerprint"))) {
            throw InputException.request(field, manifest.getParent() + " holds a sweep of a different "
                    + "experiment, scenario, seed world, base timeline or model; use the same inputs, or another directory");
        }
    }

    /** The experiment file that a sweep directory was made from, as recorded in its manifest. */
    public static Path experimentOf(Path dir) throws IOException {
        Path manifest = dir.resolve("manifest.properties");
        if (!Files.exists(manifest)) {
            throw new InputException(manifest, 0, "", "not a sweep directory (no manifest.properties)");
        }
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(manifest)) {
            p.load(r);
        }
        Path file = Path.of(p.getProperty("experiment"));
        if (!Files.exists(file) || !digest(Files.readString(file)).equals(p.getProperty("sha256"))) {
            throw new InputException(manifest, 0, "experiment", "the experiment file " + file
                    + " is gone or has changed since the sweep");
        }
        return file;
    }

    /**
     * What the runs depend on: the experiment file and the base it starts from (the whole scenario plan, seed world
     * included, or the base timeline and fork point), so that a changed input is never mixed with earlier results.
     */
    public String fingerprint() {
        try {
            String base = plan != null ? org.govsim.timeline.Codec.mapper().writeValueAsString(plan)
                    : baseTimeline.id() + "@" + baseTimeline.events() + "/" + forkSeq;
            // runs of another model (other policies, or their order) are other results
            return digest(experiment.text() + "\n" + base + "\n" + model.stamp());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Refuses a sweep directory whose runs were computed from other inputs than this sweep's. */
    public void checkSameInputs(Path dir, String field) throws IOException {
        checkManifest(dir.resolve("manifest.properties"), fingerprint(), field);
    }

    static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
