package org.govsim.scenario;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.govsim.simulation.Rng;
import org.govsim.simulation.ScenarioPlan;

/**
 * An experiment: a base (a scenario, or a stored timeline and a fork point), parameters to vary (lists, ranges, random
 * distributions), repetitions, seeds, metrics and a horizon or stop condition. Everything is checked when the file is
 * read, so bad input fails before any run starts.
 */
public final class ExperimentFile {

    /** The metrics a run can report. */
    public static final List<String> METRICS = List.of("ceoRemoved", "ceoReinstated", "ceoKept", "hoursToReturn",
            "daysWithoutCeo", "peakSignatures", "employeesLost", "employeesRemaining", "directorsRemaining", "finalChair",
            "finalCeo", "endedAt");

    /** The most runs one sweep takes. */
    public static final long MAX_RUNS = Limits.MAX_RUNS;

    /** One varied parameter: a list of values (lists and ranges) or a distribution drawn per run. */
    public record Varied(String path, List<String> values, String distribution, double a, double b, Yaml where) {
        public boolean isRandom() {
            return distribution != null;
        }

        /** The value for a run: its combination's value, or a draw keyed by the run's seed. */
        String valueFor(int combinationValue, long runSeed) {
            if (!isRandom()) {
                return values.get(combinationValue);
            }
            SplittableRandom r = Rng.of(runSeed, "vary:" + path, 0);
            double x = distribution.equals("uniform") ? a + (b - a) * r.nextDouble() : a + b * gaussian(r);
            return ExperimentFile.format(Math.round(x * 1e6) / 1e6);
        }
    }

    /** One run of the experiment. */
    public record Run(int index, int combination, int repetition, long seed, Map<String, String> parameters) {
    }

    private final Yaml root;
    private final Path file;
    private final String text;
    private final String name;
    private final List<Varied> varied = new ArrayList<>();
    private final List<String> metrics = new ArrayList<>();
    private final String outcome;
    private final int repetitions;
    private final long baseSeed;
    private final List<Long> seedList;
    private final int combinations;

    private ExperimentFile(Yaml root, String text) {
        this.root = root;
        this.file = root.file();
        this.text = text;
        root.only(Set.of("experiment", "title", "question", "scenario", "timeline", "forkAt", "vary", "repetitions",
                "seeds", "metrics", "outcome", "horizon", "stopWhen", "thingsToNotice"));
        this.name = SeedWorld.name(root.get("experiment"));
        if ((root.opt("scenario") == null) == (root.opt("timeline") == null)) {
            throw root.error("give a base: 'scenario' (a file) or 'timeline' with 'forkAt'");
        }
        if (root.opt("timeline") != null) {
            SeedWorld.name(root.get("timeline"));
        }
        if (root.opt("timeline") != null && root.opt("forkAt") == null) {
            throw root.get("timeline").error("a timeline base needs 'forkAt: {seq: N}' or 'forkAt: {time: ...}'");
        }
        if (root.opt("scenario") != null && root.opt("forkAt") != null) {
            throw root.get("forkAt").error("'forkAt' goes with a 'timeline' base; a scenario runs from its start");
        }
        if (root.opt("forkAt") != null) {
            Yaml f = root.get("forkAt");
            f.only(Set.of("seq", "time"));
            if (f.fields().size() != 1) {
                throw f.error("give one of seq or time");
            }
            if (f.opt("seq") != null) {
                f.get("seq").integer(1, Long.MAX_VALUE);
            }
        }
        int combos = 1;
        for (Map.Entry<String, Yaml> v : root.get("vary").fields().entrySet()) {
            Varied p = varied(v.getKey(), v.getValue());
            varied.add(p);
            if (!p.isRandom()) {
                combos = (int) Math.min(Integer.MAX_VALUE, (long) combos * p.values().size());
            }
        }
        this.combinations = combos;
        if (root.get("metrics").list().isEmpty()) {
            throw root.get("metrics").error("name at least one metric (known: " + String.join(", ", METRICS) + ")");
        }
        for (Yaml m : root.get("metrics").list()) {
            if (!METRICS.contains(m.str())) {
                throw m.error("unknown metric '" + m.str() + "' (known: " + String.join(", ", METRICS) + ")");
            }
            metrics.add(m.str());
        }
        this.outcome = root.str("outcome", metrics.isEmpty() ? "" : metrics.get(0));
        if (metrics.contains(outcome) && !List.of("ceoRemoved", "ceoReinstated", "ceoKept").contains(outcome)
                && !List.of("hoursToReturn", "daysWithoutCeo", "peakSignatures", "employeesLost", "employeesRemaining")
                .contains(outcome)) {
            throw (root.opt("outcome") != null ? root.get("outcome") : root.get("metrics"))
                    .error("the outcome is charted, so it must be a true/false or numeric metric, not '" + outcome + "'");
        }
        if (!metrics.contains(outcome)) {
            throw (root.opt("outcome") != null ? root.get("outcome") : root.get("metrics"))
                    .error("the outcome '" + outcome + "' must be one of the metrics");
        }
        Yaml seeds = root.opt("seeds");
        if (seeds != null && seeds.isList()) {
            seedList = new ArrayList<>();
            for (Yaml s : seeds.list()) {
                seedList.add(ScenarioLoader.wholeNumber(s));
            }
            if (seedList.isEmpty()) {
                throw seeds.error("an empty list of seeds yields no runs");
            }
            if (root.opt("repetitions") != null && root.get("repetitions").integer() != seedList.size()) {
                throw root.get("repetitions").error("with a list of seeds there is one repetition per seed ("
                        + seedList.size() + ")");
            }
            repetitions = seedList.size();
            baseSeed = 0;
        } else {
            seedList = null;
            baseSeed = seeds == null ? 1 : ScenarioLoader.wholeNumber(seeds.get("base"));
            if (seeds != null) {
                seeds.only(Set.of("base"));
            }
            repetitions = root.opt("repetitions") == null ? 1 : (int) root.get("repetitions").integer(1, MAX_RUNS);
        }
        if ((long) combinations * repetitions > MAX_RUNS) {
            throw root.get("vary").error("the experiment has " + ((long) combinations * repetitions) + " runs; at most "
                    + MAX_RUNS + " fit in one sweep (runs of a sweep)");
        }
        if (root.opt("stopWhen") != null && !root.str("stopWhen").equals("ceo-returned")) {
            throw root.get("stopWhen").error("the only stop condition is 'ceo-returned'");
        }
    }

    public static ExperimentFile load(Path file) {
        Yaml root = Yaml.load(file);
        try {
            return new ExperimentFile(root, Files.readString(file));
        } catch (IOException e) {
            throw new InputException(file, 0, "", "cannot read: " + e.getMessage());
        }
    }

    private static Varied varied(String path, Yaml v) {
        if (v.isList()) {
            List<String> values = new ArrayList<>();
            for (Yaml x : v.list()) {
                values.add(x.str());
            }
            if (values.isEmpty()) {
                throw v.error("an empty list yields no runs");
            }
            return new Varied(path, values, null, 0, 0, v);
        }
        if (v.isScalar()) {
            return new Varied(path, List.of(v.str()), null, 0, 0, v);
        }
        if (v.opt("distribution") != null) {
            v.only(Set.of("distribution", "min", "max", "mean", "sd"));
            String d = v.str("distribution");
            return switch (d) {
                case "uniform" -> {
                    double min = v.get("min").num(-1e15, 1e15);
                    double max = v.get("max").num(-1e15, 1e15);
                    if (max < min) {
                        throw v.get("max").error("max lies below min");
                    }
                    yield new Varied(path, List.of(), d, min, max, v);
                }
                case "normal" -> {
                    double sd = v.get("sd").num(-1e15, 1e15);
                    if (sd < 0) {
                        throw v.get("sd").error("a standard deviation is not negative");
                    }
                    yield new Varied(path, List.of(), d, v.get("mean").num(-1e15, 1e15), sd, v);
                }
                default -> throw v.get("distribution").error("'" + d + "' is not one of uniform, normal");
            };
        }
        v.only(Set.of("from", "to", "step"));
        BigDecimal from = decimal(v.get("from"));
        BigDecimal to = decimal(v.get("to"));
        BigDecimal step = decimal(v.get("step"));
        if (step.signum() <= 0) {
            throw v.get("step").error("a step must be greater than 0");
        }
        if (to.compareTo(from) < 0) {
            throw v.get("to").error("the range from " + from + " to " + to + " yields nothing");
        }
        // counted before any value is made, so that a tiny step cannot keep the loop busy
        BigDecimal count = to.subtract(from).divide(step, java.math.MathContext.DECIMAL64);
        if (count.compareTo(BigDecimal.valueOf(MAX_RUNS)) >= 0) {
            throw v.error("the range yields more than " + MAX_RUNS + " values (runs of a sweep)");
        }
        List<String> values = new ArrayList<>();
        for (BigDecimal x = from; x.compareTo(to) <= 0; x = x.add(step)) {
            values.add(x.stripTrailingZeros().toPlainString());
        }
        return new Varied(path, values, null, 0, 0, v);
    }

    private static BigDecimal decimal(Yaml y) {
        y.num(-1e15, 1e15);
        try {
            return new BigDecimal(y.str());
        } catch (NumberFormatException e) {
            throw y.error("expected a number, found '" + y.str() + "'");
        }
    }

    static double gaussian(SplittableRandom r) {
        double u = Math.max(r.nextDouble(), 1e-300);
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    static String format(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    public String name() { return name; }

    public String title() { return root.str("title", name); }

    public Path file() { return file; }

    public String text() { return text; }

    public List<Varied> varied() { return varied; }

    public List<String> metrics() { return metrics; }

    public String outcome() { return outcome; }

    public int repetitions() { return repetitions; }

    public int combinations() { return combinations; }

    public int runCount() { return combinations * repetitions; }

    public boolean stopWhenCeoReturns() { return root.opt("stopWhen") != null; }

    /** The base scenario, or null when the base is a stored timeline. */
    public ScenarioPlan scenario() {
        Path scenario = scenarioFile();
        return scenario == null ? null : ScenarioLoader.load(scenario);
    }

    /** The scenario file the experiment runs (relative to the experiment), or null when it forks a stored timeline. */
    public Path scenarioFile() {
        if (root.opt("scenario") == null) {
            return null;
        }
        Path scenario = file.toAbsolutePath().getParent().resolve(root.str("scenario")).normalize();
        if (!Files.isRegularFile(scenario)) {
            throw root.get("scenario").error("scenario not found: " + scenario);
        }
        return scenario;
    }

    public String timeline() { return root.str("timeline", null); }

    public WhatIfFile.ForkPoint forkPoint(ZoneId zone) {
        Yaml f = root.get("forkAt");
        f.only(Set.of("seq", "time"));
        if (f.opt("seq") != null) {
            return new WhatIfFile.ForkPoint(f.get("seq").integer(1, Long.MAX_VALUE), null, null, f.get("seq"));
        }
        return new WhatIfFile.ForkPoint(null, f.get("time").time(zone), null, f.get("time"));
    }

    /** Run {@code index}: its combination, repetition, seed and parameter values. */
    public Run run(int index) {
        int combination = index / repetitions;
        int repetition = index % repetitions;
        long seed = seedList != null ? seedList.get(repetition) : derivedSeed(baseSeed, index);
        Map<String, String> values = new LinkedHashMap<>();
        int rest = combination;
        List<Integer> digits = new ArrayList<>();
        for (int i = varied.size() - 1; i >= 0; i--) {
            Varied v = varied.get(i);
            int n = v.isRandom() ? 1 : v.values().size();
            digits.add(0, rest % n);
            rest /= n;
        }
        for (int i = 0; i < varied.size(); i++) {
            values.put(varied.get(i).path(), varied.get(i).valueFor(digits.get(i), seed));
        }
        return new Run(index, combination, repetition, seed, values);
    }

    /** Seeds per run from the base seed: a SplitMix64 step of base and run index, recorded with every run. */
    public static long derivedSeed(long base, int index) {
        return Rng.of(base, "run", index).nextLong() & Long.MAX_VALUE;
    }

    /** The run's parameters as settings, each pointing back at its line in the file. */
    public ParameterSet settings(Run run) {
        Map<String, Yaml> settings = new LinkedHashMap<>();
        for (Varied v : varied) {
            settings.put(v.path(), v.where().scalar(run.parameters().get(v.path())));
        }
        Yaml horizon = root.opt("horizon");
        if (horizon != null) {
            settings.put("horizon", horizon);
        }
        return new ParameterSet(name + "#" + run.index(), settings);
    }

    /** The settings to check before any run: every combination, and with distributions every run's own draw. */
    public List<ParameterSet> settingsToCheck() {
        boolean drawn = varied.stream().anyMatch(Varied::isRandom);
        List<ParameterSet> out = new ArrayList<>();
        for (int i = 0; i < runCount(); i += drawn ? 1 : repetitions) {
            out.add(settings(run(i)));
        }
        return out;
    }
}
