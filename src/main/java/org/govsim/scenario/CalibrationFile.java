package org.govsim.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govsim.simulation.ScenarioPlan;
import org.govsim.simulation.World;

/**
 * A calibration file: which parameters of a scenario to fit, within which bounds, to the reports the scenario carries
 * (its signature checkpoints and its dated reported facts), over how many seeds, and the tolerance of each kind of report.
 */
public final class CalibrationFile {

    /** Which dated facts are targets: those whose parameter the scenario says was fitted, all of them, or none. */
    public enum Events { FITTED, ALL, NONE }

    /** A parameter to fit: its setting path, its bounds, whether it takes whole numbers, where the file names it. */
    public record Free(String path, double from, double to, boolean whole, Yaml where) {
    }

    public static final int MAX_SEEDS = 200;
    public static final int MAX_EVALUATIONS = 2_000;
    public static final int MAX_PARAMETERS = 12;

    private final Yaml root;
    private final String name;
    private final List<Free> free = new ArrayList<>();
    private final int seeds;
    private final Events events;
    private final double countTolerance;
    private final double hoursTolerance;
    private final int maxEvaluations;

    private CalibrationFile(Yaml root) {
        this.root = root;
        root.only(Set.of("calibration", "title", "scenario", "seeds", "fit", "events", "countTolerance", "hoursTolerance",
                "maxEvaluations"));
        this.name = SeedWorld.name(root.get("calibration"));
        List<Yaml> fit = root.get("fit").list();
        if (fit.isEmpty()) {
            throw root.get("fit").error("name at least one parameter to fit");
        }
        if (fit.size() > MAX_PARAMETERS) {
            throw root.get("fit").error(fit.size() + " parameters; at most " + MAX_PARAMETERS + " can be fitted at once");
        }
        Set<String> seen = new java.util.HashSet<>();
        for (Yaml f : fit) {
            f.only(Set.of("path", "from", "to", "whole"));
            String path = f.str("path");
            if (!seen.add(path)) {
                throw f.get("path").error("'" + path + "' is fitted twice");
            }
            double from = f.get("from").num(-1e15, 1e15);
            double to = f.get("to").num(-1e15, 1e15);
            if (!(to > from)) {
                throw f.get("to").error("the upper bound must lie above the lower bound " + Yaml.format(from));
            }
            free.add(new Free(path, from, to, f.bool("whole", false), f));
        }
        this.seeds = root.opt("seeds") == null ? 10 : (int) root.get("seeds").integer(1, MAX_SEEDS);
        String e = root.str("events", "fitted");
        this.events = switch (e) {
            case "fitted" -> Events.FITTED;
            case "all" -> Events.ALL;
            case "none" -> Events.NONE;
            default -> throw root.get("events").error("'" + e + "' is not one of fitted, all, none");
        };
        this.countTolerance = root.opt("countTolerance") == null ? 0.02 : root.get("countTolerance").num(0.001, 1);
        this.hoursTolerance = root.opt("hoursTolerance") == null ? 2 : root.get("hoursTolerance").num(0.01, Limits.MAX_HOURS);
        this.maxEvaluations = root.opt("maxEvaluations") == null ? 400
                : (int) root.get("maxEvaluations").integer(10, MAX_EVALUATIONS);
    }

    public static CalibrationFile load(Path file) {
        return new CalibrationFile(Yaml.load(file));
    }

    public String name() { return name; }

    public String title() { return root.str("title", name); }

    public Path file() { return root.file(); }

    public List<Free> free() { return free; }

    public int seeds() { return seeds; }

    public Events events() { return events; }

    /** How far off a count may be, as a share of it, for the fit to count as matching (one standard deviation). */
    public double countTolerance() { return countTolerance; }

    /** How many hours off an event may be, likewise. */
    public double hoursTolerance() { return hoursTolerance; }

    public int maxEvaluations() { return maxEvaluations; }

    /** The scenario whose parameters are fitted. */
    public ScenarioPlan scenario() {
        Path scenario = file().toAbsolutePath().getParent().resolve(root.str("scenario")).normalize();
        if (!Files.isRegularFile(scenario)) {
            throw root.get("scenario").error("scenario not found: " + scenario);
        }
        return ScenarioLoader.load(scenario);
    }

    /** The settings for one point: each free parameter at its value, a whole number where the parameter takes one. */
    public ParameterSet settings(double[] values) {
        Map<String, Yaml> settings = new LinkedHashMap<>();
        for (int i = 0; i < free.size(); i++) {
            Free f = free.get(i);
            double v = f.whole() ? Math.rint(values[i]) : values[i];
            settings.put(f.path(), f.where().scalar(f.whole() ? Long.toString((long) v) : ExperimentFile.format(v)));
        }
        return new ParameterSet(name, settings);
    }

    /** Checks every path and both bounds of each against the scenario's world, so that bad input fails before any run. */
    public void check(World start) {
        double[] low = new double[free.size()];
        double[] high = new double[free.size()];
        for (int i = 0; i < free.size(); i++) {
            low[i] = free.get(i).from();
            high[i] = free.get(i).to();
        }
        settings(low).check(start);
        settings(high).check(start);
    }
}
