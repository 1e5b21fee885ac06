package org.govsim.calibration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.govsim.model.GovernanceModel;
import org.govsim.scenario.CalibrationFile;
import org.govsim.simulation.Reports;
import org.govsim.simulation.ScenarioPlan;

/**
 * A scenario run under many random seeds with its parameters as they are: each reported count beside the runs' 10%,
 * 50% and 90% at its hour, how the final count and the return spread, and the seed whose run lies nearest the runs'
 * median at every reported hour. That seed is the one a scenario ships: a typical draw, chosen by a stated rule, not
 * the draw that best fits.
 */
public final class SeedSpread {

    /** A reported count and the runs' counts at its hour. */
    public record Band(Instant at, int reported, double p10, double p50, double p90) {
        public boolean covers() {
            return p10 <= reported && reported <= p90;
        }
    }

    /**
     * The spread over {@code seeds} runs from {@code firstSeed}: the bands, the final counts with how many runs ended at
     * each, the return times (null where the CEO did not return), and the median seed.
     */
    public record Result(long firstSeed, int seeds, List<Band> bands, Map<Integer, Integer> finalCounts,
                         List<Instant> returns, long medianSeed, int[] medianSeedCounts) {

        /** The largest share of runs that ended at one final count. */
        public double largestFinalShare() {
            return finalCounts.values().stream().mapToInt(Integer::intValue).max().orElse(0) / (double) seeds;
        }

        public long distinctReturnTimes() {
            return returns.stream().filter(java.util.Objects::nonNull).distinct().count();
        }
    }

    private SeedSpread() {
    }

    public static Result of(ScenarioPlan plan, int seeds) {
        List<Reports.Checkpoint> checkpoints = plan.reports().checkpoints();
        if (checkpoints.isEmpty()) {
            throw new IllegalArgumentException("the scenario reports no signature counts to compare runs with");
        }
        long first = plan.seed();
        // the scenario's signature counts, in the order of its checkpoints, and nothing else
        List<Calibration.Target> targets = Calibration.targets(plan.reports(), CalibrationFile.Events.NONE);
        Calibration.Measured[] runs = new Calibration.Measured[seeds];
        IntStream.range(0, seeds).parallel().forEach(s -> runs[s] = Calibration.measure(plan.withSeed(first + s),
                GovernanceModel.standard(), targets, sim -> { }));
        List<Band> bands = new ArrayList<>();
        double[] medians = new double[checkpoints.size()];
        for (int j = 0; j < checkpoints.size(); j++) {
            int k = j;
            double[] v = Arrays.stream(runs).mapToDouble(r -> r.values()[k]).sorted().toArray();
            medians[j] = Calibration.quantile(v, 0.5);
            bands.add(new Band(checkpoints.get(j).at(), checkpoints.get(j).signatures(), Calibration.quantile(v, 0.1), medians[j],
                    Calibration.quantile(v, 0.9)));
        }
        // the seed nearest the medians: the smallest sum of squared relative distances, the first such seed on a tie
        int best = 0;
        double bestDistance = Double.MAX_VALUE;
        for (int s = 0; s < seeds; s++) {
            double d = 0;
            for (int j = 0; j < medians.length; j++) {
                double rel = (runs[s].values()[j] - medians[j]) / Math.max(1, medians[j]);
                d += rel * rel;
            }
            if (d < bestDistance) {
                bestDistance = d;
                best = s;
            }
        }
        Map<Integer, Integer> finals = new TreeMap<>();
        List<Instant> returns = new ArrayList<>();
        for (Calibration.Measured r : runs) {
            finals.merge((int) r.finalSignatures(), 1, Integer::sum);
            returns.add(r.returnedAt());
        }
        return new Result(first, seeds, bands, finals, returns, first + best,
                Arrays.stream(runs[best].values()).mapToInt(v -> (int) v).toArray());
    }

}
