package org.govsim.calibration;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.govsim.ceo.CeoEvents.CeoAppointed;
import org.govsim.model.GovernanceModel;
import org.govsim.provenance.Provenance;
import org.govsim.scenario.CalibrationFile;
import org.govsim.simulation.Model;
import org.govsim.simulation.Reports;
import org.govsim.simulation.ScenarioPlan;
import org.govsim.simulation.Simulation;
import org.govsim.workforce.WorkforceEvents.LetterSigned;

/**
 * Fits the free parameters of a calibration file to the reports of its scenario. The loss of one run is a chi-square:
 * the sum over the targets of each error divided by its tolerance, squared: a count's relative error over the count
 * tolerance, an event's hours off over the hours tolerance (an event that does not happen counts as 48 hours off). The
 * loss of a point is its mean over the file's seeds, the same seeds at every point. The fit is Nelder and Mead's search
 * over the parameters' bounds. A parameter's interval is its profile interval: the values, others at the fit, whose loss
 * exceeds the best by at most 3.84 (the 95% point of a chi-square of one degree of freedom), widened by twice the
 * standard error of the best loss; a parameter whose interval spans more than half its bounds is not pinned by the
 * data. Leave-one-out refits without each target in turn and predicts it.
 */
public final class Calibration {

    /** An event missed by more, or not happening at all, counts as this many hours off. */
    public static final double MISSING_HOURS = 48;

    /** The 95% point of a chi-square of one degree of freedom: a profile interval's rise in loss. */
    public static final double PROFILE_CHI_SQUARE = 3.84;

    public enum Kind { SIGNATURES, EVENT }

    /** A report the fit aims at: a signature count at a time, or the time of an event of a type naming someone. */
    public record Target(Kind kind, String label, Instant at, int signatures, String event, String who, String source) {
    }

    /** A fitted parameter: its value, bounds, interval, whether the data pin it, and how much the loss rises across it. */
    public record Estimate(String path, double value, double from, double to, double low, double high, boolean pinned,
                           double lossRise) {
    }

    /**
     * A target at the fit: the runs' mean and 10-90% band (a count, or hours after the reported time), the share of
     * runs where the event did not happen, the error of the mean (relative for a count, hours for an event), and the
     * error of its prediction by a fit that did not see it.
     */
    public record TargetFit(Target target, double mean, double p10, double p90, double missing, double error,
                            double leaveOneOut) {
    }

    /** What the fitted model gives where no report fixes it: the final count and when, and how often, the CEO returns. */
    public record Outputs(double finalSignaturesP10, double finalSignaturesP50, double finalSignaturesP90,
                          double returnShare, Instant returnP10, Instant returnP50, Instant returnP90) {
    }

    public record Result(String name, String title, int seeds, double countTolerance, double hoursTolerance,
                         int evaluations, long runs, double loss,
                         double lossStandardError, List<Estimate> estimates, List<TargetFit> targets, Outputs outputs,
                         double leaveOneOutCountError, double leaveOneOutHoursError) {
    }

    /** One run's measures: each target's value (count, or hours off; NaN when the event did not happen), and outputs. */
    record Measured(double[] values, double finalSignatures, Instant returnedAt) {
    }

    private final CalibrationFile file;
    private final ScenarioPlan plan;
    private final Model model = GovernanceModel.standard();
    private final List<Target> targets;
    private final Map<String, Measured[]> cache = new HashMap<>();
    private long runs;
    private int evaluations;

    public Calibration(CalibrationFile file, ScenarioPlan plan) {
        this.file = file;
        this.plan = plan;
        this.targets = targets(plan.reports(), file.events());
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("no targets");
        }
    }

    /** The scenario's reports the fit aims at: every signature count, and the dated facts the file's events rule picks. */
    public static List<Target> targets(Reports reports, CalibrationFile.Events events) {
        List<Target> out = new ArrayList<>();
        for (Reports.Checkpoint c : reports.checkpoints()) {
            out.add(new Target(Kind.SIGNATURES, "signatures", c.at(), c.signatures(), null, null, c.source()));
        }
        for (Reports.Fact f : reports.facts()) {
            boolean fitted = f.fitted() != null && !f.fitted().isBlank();
            if (events == CalibrationFile.Events.ALL || events == CalibrationFile.Events.FITTED && fitted) {
                out.add(new Target(Kind.EVENT, f.event() + (f.who() == null ? "" : " " + f.who()), f.at(), 0, f.event(),
                        f.who(), f.source()));
            }
        }
        return out;
    }

    public List<Target> targets() {
        return targets;
    }

    public Result fit() {
        int n = file.free().size();
        double[] all = weights(-1);
        NelderMead.Minimum best = search(start(), all);
        double[] x = best.x();
        Measured[] atFit = measure(x);
        double se = standardError(atFit, all);
        List<Estimate> estimates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            estimates.add(profile(x, i, best.value(), se));
        }
        double[] loo = new double[targets.size()];
        for (int j = 0; j < targets.size(); j++) {
            double[] without = weights(j);
            NelderMead.Minimum refit = NelderMead.minimise(p -> loss(p, without), x, 0.1,
                    Math.max(20, file.maxEvaluations() / 2), 1e-6);
            loo[j] = error(j, measure(refit.x()));
        }
        List<TargetFit> fits = new ArrayList<>();
        double countError = 0;
        double hoursError = 0;
        int counts = 0;
        int hours = 0;
        for (int j = 0; j < targets.size(); j++) {
            double[] v = column(atFit, j);
            double[] present = Arrays.stream(v).filter(d -> !Double.isNaN(d)).sorted().toArray();
            double missing = 1 - (double) present.length / v.length;
            double mean = present.length == 0 ? Double.NaN : Arrays.stream(present).average().orElse(Double.NaN);
            fits.add(new TargetFit(targets.get(j), mean, quantile(present, 0.1), quantile(present, 0.9), missing,
                    error(j, atFit), loo[j]));
            if (targets.get(j).kind() == Kind.SIGNATURES) {
                countError += Math.abs(loo[j]);
                counts++;
            } else {
                hoursError += Math.abs(loo[j]);
                hours++;
            }
        }
        return new Result(file.name(), file.title(), file.seeds(), file.countTolerance(), file.hoursTolerance(),
                evaluations, runs, best.value(), se,
                estimates, fits, outputs(atFit), counts == 0 ? Double.NaN : countError / counts,
                hours == 0 ? Double.NaN : hoursError / hours);
    }

    /**
     * Nelder and Mead's search, then a line search along each parameter on a grid; a better point found there starts
     * the search again (at most three times), since the loss of simulated runs is rugged and a simplex can stall.
     */
    private NelderMead.Minimum search(double[] start, double[] weights) {
        NelderMead.Minimum best = NelderMead.minimise(p -> loss(p, weights), start, 0.25, file.maxEvaluations(), 1e-6);
        for (int round = 0; round < 3; round++) {
            double[] x = best.x();
            double value = best.value();
            for (int i = 0; i < x.length; i++) {
                for (int g = 0; g < GRID; g++) {
                    double[] p = x.clone();
                    p[i] = g / (double) (GRID - 1);
                    double l = loss(p, weights);
                    if (l < value - 1e-9) {
                        x = p;
                        value = l;
                    }
                }
            }
            if (value >= best.value() - 1e-9) {
                break;
            }
            best = NelderMead.minimise(p -> loss(p, weights), x, 0.1, file.maxEvaluations(), 1e-6);
        }
        return best;
    }

    /** Points per parameter in the line search and the profile. */
    private static final int GRID = 21;

    /** The loss of a point of the unit cube, with each target weighed 0 or 1. */
    double loss(double[] unit, double[] weights) {
        evaluations++;
        Measured[] m = measure(unit);
        double sum = 0;
        for (Measured r : m) {
            sum += runLoss(r, weights);
        }
        return sum / m.length;
    }

    private double runLoss(Measured r, double[] weights) {
        double loss = 0;
        for (int j = 0; j < targets.size(); j++) {
            if (weights[j] == 0) {
                continue;
            }
            Target t = targets.get(j);
            double v = r.values()[j];
            double term = t.kind() == Kind.SIGNATURES ? (v - t.signatures()) / t.signatures() / file.countTolerance()
                    : (Double.isNaN(v) ? MISSING_HOURS : Math.min(Math.abs(v), MISSING_HOURS)) / file.hoursTolerance();
            loss += weights[j] * term * term;
        }
        return loss;
    }

    /** Runs every seed at a point of the unit cube; a point met before is not run again. */
    Measured[] measure(double[] unit) {
        double[] values = values(unit);
        return cache.computeIfAbsent(Arrays.toString(values), k -> {
            Measured[] out = new Measured[file.seeds()];
            IntStream.range(0, file.seeds()).parallel().forEach(s -> out[s] = run(values, plan.seed() + s));
            runs += file.seeds();
            return out;
        });
    }

    private Measured run(double[] values, long seed) {
        return measure(plan.withSeed(seed), model, targets, sim -> sim.apply(file.settings(values)));
    }

    /**
     * One run of {@code plan}, after {@code prepare} has set it up, measured against the targets: each count at its
     * hour, each event's hours off, the final count and when the CEO returned.
     */
    static Measured measure(ScenarioPlan plan, Model model, List<Target> targets,
                            java.util.function.Consumer<Simulation> prepare) {
        double[] measured = new double[targets.size()];
        Arrays.fill(measured, Double.NaN);
        int[] signatures = {0};
        Instant[] returned = {null};
        for (int j = 0; j < targets.size(); j++) {
            if (targets.get(j).kind() == Kind.SIGNATURES) {
                measured[j] = 0;
            }
        }
        Simulation sim = Simulation.begin(plan, model, r -> {
            if (r.event() instanceof LetterSigned l) {
                signatures[0] = l.signatures();
            }
            if (r.event() instanceof CeoAppointed a && a.returning() && returned[0] == null) {
                returned[0] = r.time();
            }
            for (int j = 0; j < targets.size(); j++) {
                Target t = targets.get(j);
                if (t.kind() == Kind.SIGNATURES) {
                    if (!r.time().isAfter(t.at()) && r.event() instanceof LetterSigned l) {
                        measured[j] = l.signatures();
                    }
                } else if (Double.isNaN(measured[j]) && Provenance.concerns(r, t.event(), t.who())) {
                    measured[j] = Duration.between(t.at(), r.time()).toMinutes() / 60.0;
                }
            }
        });
        prepare.accept(sim);
        sim.runToEnd();
        return new Measured(measured, signatures[0], returned[0]);
    }

    private Estimate profile(double[] x, int i, double bestLoss, double se) {
        CalibrationFile.Free f = file.free().get(i);
        double threshold = bestLoss + PROFILE_CHI_SQUARE + 2 * se;
        double[] all = weights(-1);
        double worst = bestLoss;
        double[] loss = new double[GRID];
        for (int g = 0; g < GRID; g++) {
            loss[g] = at(x, i, g / (double) (GRID - 1), all);
            worst = Math.max(worst, loss[g]);
        }
        // the interval runs from the fit outwards while the loss stays under the threshold; its ends are found between
        // the last grid point inside and the first outside by bisection
        int fit = (int) Math.round(x[i] * (GRID - 1));
        int lo = fit;
        while (lo > 0 && loss[lo - 1] <= threshold) {
            lo--;
        }
        int hi = fit;
        while (hi < GRID - 1 && loss[hi + 1] <= threshold) {
            hi++;
        }
        double low = lo == 0 ? 0 : edge(x, i, lo / (double) (GRID - 1), (lo - 1) / (double) (GRID - 1), threshold, all);
        double high = hi == GRID - 1 ? 1
                : edge(x, i, hi / (double) (GRID - 1), (hi + 1) / (double) (GRID - 1), threshold, all);
        low = Math.min(low, x[i]);
        high = Math.max(high, x[i]);
        double value = values(x)[i];
        return new Estimate(f.path(), value, f.from(), f.to(), f.from() + low * (f.to() - f.from()),
                f.from() + high * (f.to() - f.from()), high - low <= 0.5, worst - bestLoss);
    }

    /** The loss with parameter i moved to {@code u}, others at x. */
    private double at(double[] x, int i, double u, double[] weights) {
        double[] p = x.clone();
        p[i] = u;
        return loss(p, weights);
    }

    /** Where between a point inside the interval and one outside the loss crosses the threshold, to 1/16 of the step. */
    private double edge(double[] x, int i, double inside, double outside, double threshold, double[] weights) {
        for (int k = 0; k < 4; k++) {
            double mid = (inside + outside) / 2;
            if (at(x, i, mid, weights) <= threshold) {
                inside = mid;
            } else {
                outside = mid;
            }
        }
        return inside;
    }

    /** The error of the runs' mean against target j: relative for a count, hours for an event (48 if it never came). */
    private double error(int j, Measured[] m) {
        double[] v = column(m, j);
        Target t = targets.get(j);
        double mean = Arrays.stream(v).map(d -> Double.isNaN(d) ? MISSING_HOURS : d).average().orElse(Double.NaN);
        return t.kind() == Kind.SIGNATURES ? (mean - t.signatures()) / t.signatures() : mean;
    }

    /** The standard error of a point's loss: the spread of its runs' losses over the root of their number. */
    private double standardError(Measured[] m, double[] weights) {
        double[] l = Arrays.stream(m).mapToDouble(r -> runLoss(r, weights)).toArray();
        double mean = Arrays.stream(l).average().orElse(0);
        double var = Arrays.stream(l).map(d -> (d - mean) * (d - mean)).sum() / Math.max(1, l.length - 1);
        return Math.sqrt(var / l.length);
    }

    private Outputs outputs(Measured[] m) {
        double[] finals = Arrays.stream(m).mapToDouble(Measured::finalSignatures).sorted().toArray();
        long[] returns = Arrays.stream(m).filter(r -> r.returnedAt() != null)
                .mapToLong(r -> r.returnedAt().getEpochSecond()).sorted().toArray();
        return new Outputs(quantile(finals, 0.1), quantile(finals, 0.5), quantile(finals, 0.9),
                (double) returns.length / m.length, instant(returns, 0.1), instant(returns, 0.5), instant(returns, 0.9));
    }

    private static Instant instant(long[] sorted, double q) {
        if (sorted.length == 0) {
            return null;
        }
        double[] d = Arrays.stream(sorted).asDoubleStream().toArray();
        return Instant.ofEpochSecond(Math.round(quantile(d, q)));
    }

    /** A quantile of sorted values, interpolated between neighbours; NaN for none. */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    private double[] column(Measured[] m, int j) {
        return Arrays.stream(m).mapToDouble(r -> r.values()[j]).toArray();
    }

    /** Every target weighed 1, but {@code left} (none when negative). */
    private double[] weights(int left) {
        double[] w = new double[targets.size()];
        Arrays.fill(w, 1);
        if (left >= 0) {
            w[left] = 0;
        }
        return w;
    }

    /** The start of the search: the middle of each parameter's bounds. */
    private double[] start() {
        double[] x = new double[file.free().size()];
        Arrays.fill(x, 0.5);
        return x;
    }

    /** A point of the unit cube as parameter values, whole numbers where a parameter takes them. */
    double[] values(double[] unit) {
        double[] v = new double[unit.length];
        for (int i = 0; i < unit.length; i++) {
            CalibrationFile.Free f = file.free().get(i);
            v[i] = f.from() + unit[i] * (f.to() - f.from());
            if (f.whole()) {
                v[i] = Math.rint(v[i]);
            }
        }
        return v;
    }
}
