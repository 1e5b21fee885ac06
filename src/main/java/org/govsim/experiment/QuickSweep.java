package org.govsim.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.govsim.ceo.CeoOffice;
import org.govsim.model.GovernanceModel;
import org.govsim.scenario.ExperimentFile;
import org.govsim.scenario.InputException;
import org.govsim.scenario.ParameterSet;
import org.govsim.scenario.Yaml;
import org.govsim.simulation.Model;
import org.govsim.simulation.ScenarioPlan;
import org.govsim.simulation.Simulation;

/**
 * A small sweep held in memory, for a slider: an experiment's scenario run a few hundred times with one of its varied
 * settings at one value, every other setting at the scenario's own value, and the experiment's horizon, stop
 * condition and metrics. The scenario is read once, so a run of the slider costs only its runs. Run {@code i} has the
 * seed derived from the experiment's base seed and {@code i}, so two values are compared on the same draws.
 */
public final class QuickSweep {

    private final ExperimentFile experiment;
    private final ScenarioPlan plan;
    private final Yaml horizon;
    private final long baseSeed;
    private final Model model = GovernanceModel.standard();

    private QuickSweep(ExperimentFile experiment, ScenarioPlan plan, Yaml horizon, long baseSeed) {
        this.experiment = experiment;
        this.plan = plan;
        this.horizon = horizon;
        this.baseSeed = baseSeed;
    }

    /** Reads the experiment's scenario once; an experiment on a stored timeline has no scenario to read. */
    public static QuickSweep of(ExperimentFile experiment) {
        ScenarioPlan plan = experiment.scenario();
        if (plan == null) {
            throw InputException.request("experiment", "'" + experiment.name() + "' starts from a stored timeline; a "
                    + "quick sweep runs a scenario");
        }
        Yaml root = Yaml.load(experiment.file());
        Yaml seeds = root.opt("seeds");
        // a list of seeds would repeat the same few runs; its first seed stands as the base instead
        long base = seeds == null ? 1 : whole(seeds.isList() ? seeds.list().get(0) : seeds.get("base"));
        return new QuickSweep(experiment, plan, root.opt("horizon"), base);
    }

    public ExperimentFile experiment() {
        return experiment;
    }

    /**
     * The settings a slider may move: those the experiment varies with numbers (a range, a list of numbers, or a
     * draw), in the file's order. A list with a word in it ('majority') or yes/no values has no slider.
     */
    public List<String> sliders() {
        List<String> out = new ArrayList<>();
        for (ExperimentFile.Varied v : experiment.varied()) {
            if (v.isRandom() || v.values().stream().allMatch(QuickSweep::isNumber)) {
                out.add(v.path());
            }
        }
        return out;
    }

    /**
     * Runs {@code runs} runs with {@code parameter} at {@code value} on {@code pool} and returns their metrics, one
     * group. A value the setting does not take is bad input in the request's field "value".
     */
    public Distributions.Group run(String parameter, String value, int runs, ExecutorService pool) {
        if (!sliders().contains(parameter)) {
            throw InputException.request("parameter", "'" + parameter + "' is not a slider of '" + experiment.name()
                    + "'" + (sliders().isEmpty() ? "; it has none" : "; its sliders: " + String.join(", ", sliders())));
        }
        ExperimentFile.Varied varied = experiment.varied().stream().filter(v -> v.path().equals(parameter)).findFirst()
                .orElseThrow();
        Map<String, Yaml> settings = new LinkedHashMap<>();
        settings.put(parameter, varied.where().scalar(value));
        if (horizon != null) {
            settings.put("horizon", horizon);
        }
        ParameterSet set = new ParameterSet(experiment.name() + "#quick", settings);
        try {
            set.check(Simulation.begin(plan.withSeed(baseSeed), model, r -> { }).world());
        } catch (InputException e) {
            throw InputException.request("value", parameter + " = " + value + ": " + e.getMessage());
        }
        List<Future<List<String>>> futures = new ArrayList<>(runs);
        for (int i = 0; i < runs; i++) {
            long seed = ExperimentFile.derivedSeed(baseSeed, i);
            futures.add(pool.submit(() -> row(seed, set)));
        }
        List<List<String>> rows = new ArrayList<>(runs);
        try {
            for (Future<List<String>> f : futures) {
                rows.add(f.get());
            }
        } catch (InterruptedException e) {
            futures.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the quick sweep was interrupted", e);
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException("a run failed", e.getCause());
        }
        // one group: the slider's setting is the same in every run, and nothing else is listed
        List<Distributions.Distribution> metrics = new ArrayList<>();
        for (int k = 0; k < experiment.metrics().size(); k++) {
            String m = experiment.metrics().get(k);
            if (m.equals("endedAt")) {
                continue;
            }
            List<String> cells = new ArrayList<>(runs);
            for (List<String> r : rows) {
                cells.add(r.get(k));
            }
            metrics.add(Distributions.of(m, cells));
        }
        return new Distributions.Group(Map.of(parameter, value), runs, metrics);
    }

    /** One run's metrics, as Sweep computes a row from a scenario base. */
    private List<String> row(long seed, ParameterSet set) {
        Simulation sim = Simulation.begin(plan.withSeed(seed), model, r -> { });
        sim.apply(set);
        boolean stop = experiment.stopWhenCeoReturns();
        while (sim.step()) {
            if (stop && CeoOffice.in(sim.world()).returnedAt() != null) {
                break;
            }
        }
        List<String> row = new ArrayList<>(experiment.metrics().size());
        for (String m : experiment.metrics()) {
            row.add(Metrics.value(m, sim.world()));
        }
        return row;
    }

    /** A seed as the file has it; checked as a whole number when the experiment was read. */
    private static long whole(Yaml y) {
        try {
            return Long.parseLong(y.str().replace("_", ""));
        } catch (NumberFormatException e) {
            // written as 2e7, say: exact as long as it is a whole number below 2^53
            return (long) y.num();
        }
    }

    private static boolean isNumber(String s) {
        try {
            new java.math.BigDecimal(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
