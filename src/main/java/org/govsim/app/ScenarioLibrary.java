package org.govsim.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.govsim.calibration.Calibration;
import org.govsim.experiment.Sweep;
import org.govsim.model.GovernanceModel;
import org.govsim.scenario.CalibrationFile;
import org.govsim.scenario.ExperimentFile;
import org.govsim.scenario.InputException;
import org.govsim.scenario.ScenarioLoader;
import org.govsim.scenario.SeedWorld;
import org.govsim.scenario.WhatIfFile;
import org.govsim.scenario.Yaml;
import org.govsim.simulation.ScenarioPlan;
import org.govsim.simulation.Simulation;
import org.govsim.timeline.Forks;
import org.govsim.timeline.Replays;
import org.govsim.timeline.TimelineStore;

/** The files a class works from: scenarios, seed worlds, what-ifs and experiments, checked and listed. */
public final class ScenarioLibrary {

    /**
     * A checked file: its kind (scenario, seed, whatif, experiment), its name and a line about it; for a what-if, what
     * its fork point, people, steps and settings were checked against ("timeline NAME" or "scenario FILE"), or null
     * when only its form could be checked.
     */
    public record Entry(String file, String kind, String name, String summary, String checkedAgainst) {

        Entry(String file, String kind, String name, String summary) {
            this(file, kind, name, summary, null);
        }
    }

    private final Supplier<TimelineStore> stores;

    /** {@code stores} opens the store when checking an experiment that forks a stored timeline. */
    public ScenarioLibrary(Supplier<TimelineStore> stores) {
        this.stores = stores;
    }

    /** Checks one file without running or storing anything; the kind is told by its first field. */
    public Entry validate(Path file) {
        return validate(file, null);
    }

    /**
     * Checks one file as the command that uses it would before running: a scenario as {@code replay} does, an
     * experiment as {@code sweep} does, and a what-if as {@code fork} does against {@code timeline} (when given), up to
     * applying it at its fork point. Nothing runs on and nothing is stored.
     */
    public Entry validate(Path file, String timeline) {
        try (ScenarioTimelines scenarios = new ScenarioTimelines()) {
            return validate(file, timeline, scenarios);
        }
    }

    private Entry validate(Path file, String timeline, ScenarioTimelines scenarios) {
        Yaml root = Yaml.load(file);
        if (!root.isMap()) {
            throw root.error("expected a mapping of fields");
        }
        if (timeline != null && !root.has("whatif")) {
            throw InputException.request("timeline", "only a what-if is checked against a timeline");
        }
        if (root.has("whatif")) {
            WhatIfFile w = WhatIfFile.load(file);
            if (timeline != null) {
                try (TimelineStore store = stores.get()) {
                    new Forks(store).check(timeline, w);
                }
                return new Entry(file.toString(), "whatif", w.name(), w.question(), "timeline " + timeline);
            }
            if (w.scenario() != null) {
                scenarios.check(w);
                return new Entry(file.toString(), "whatif", w.name(), w.question(), "scenario " + w.scenario());
            }
            return new Entry(file.toString(), "whatif", w.name(), w.question());
        } else if (root.has("experiment")) {
            ExperimentFile e = ExperimentFile.load(file);
            Sweep.prepare(e, stores);
            return new Entry(file.toString(), "experiment", e.name(), e.title() + "; " + e.runCount() + " runs");
        } else if (root.has("calibration")) {
            CalibrationFile c = CalibrationFile.load(file);
            ScenarioPlan plan = c.scenario();
            c.check(Simulation.begin(plan, GovernanceModel.standard(), r -> { }).world());
            int targets = Calibration.targets(plan.reports(), c.events()).size();
            if (targets == 0) {
                throw root.get("scenario").error("the scenario has no reported counts or dated facts to fit to");
            }
            return new Entry(file.toString(), "calibration", c.name(), c.title() + "; " + c.free().size()
                    + " parameters, " + targets + " reports, " + c.seeds() + " seeds");
        } else if (root.has("organisation")) {
            SeedWorld seed = SeedWorld.load(file);
            seed.facts(1);
            seed.model();
            return new Entry(file.toString(), "seed", seed.organisationName(), seed.people.size() + " people");
        }
        // loading checks the checkpoints too: they are part of the plan's reports
        ScenarioPlan plan = ScenarioLoader.load(file);
        return new Entry(file.toString(), "scenario", plan.id(), plan.title() + "; " + plan.seedWorld().size()
                + " seed facts, " + plan.script().size() + " scripted steps");
    }

    /** Every scenario, what-if and experiment under {@code root}, checked, in path order. */
    public List<Entry> list(Path root) {
        if (!Files.isDirectory(root)) {
            throw InputException.request("dir", root + " is not a directory");
        }
        List<Entry> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root); ScenarioTimelines scenarios = new ScenarioTimelines()) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList()) {
                out.add(validate(f, null, scenarios));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The timelines of the scenarios what-ifs name, replayed into a store in memory that lives as long as the check: a
     * what-if is then checked exactly as fork checks it, and nothing is written anywhere. Each scenario runs once.
     */
    private static final class ScenarioTimelines implements AutoCloseable {

        private final Map<Path, String> replayed = new HashMap<>();
        private TimelineStore store;

        void check(WhatIfFile whatIf) {
            if (store == null) {
                store = TimelineStore.inMemory();
            }
            Path scenario = whatIf.scenario();
            String name = replayed.computeIfAbsent(scenario,
                    s -> new Replays(store).replay(s, "scenario-" + replayed.size()).timeline().name());
            new Forks(store).check(name, whatIf);
        }

        @Override
        public void close() {
            if (store != null) {
                store.close();
            }
        }
    }
}
