package org.govsim.bench;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.govsim.calibration.SeedSpread;
import org.govsim.scenario.ScenarioLoader;
import org.govsim.simulation.ScenarioPlan;

/**
 * Prints how a scenario's runs spread over random seeds, from its own seed on: each reported count beside the runs'
 * 10-90% band at its hour, the final counts, the return times, and the seed nearest the median.
 * Usage: SeedSpreadReport [scenario] [seeds] [first seed]
 */
public final class SeedSpreadReport {

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "scenarios/openai-2023-board-crisis.yaml");
        int seeds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        ScenarioPlan plan = ScenarioLoader.load(file);
        if (args.length > 2) {
            plan = plan.withSeed(Long.parseLong(args[2]));
        }
        SeedSpread.Result r = SeedSpread.of(plan, seeds);
        ZoneId zone = plan.zone();
        DateTimeFormatter f = DateTimeFormatter.ofPattern("MM-dd HH:mm");
        System.out.printf("%d seeds from %d%n%n| hour | reported | 10%% | 50%% | 90%% | inside |%n| --- | --- | --- | --- | --- | --- |%n",
                r.seeds(), r.firstSeed());
        for (SeedSpread.Band b : r.bands()) {
            System.out.printf("| %s | %d | %.0f | %.0f | %.0f | %s |%n", f.format(b.at().atZone(zone)), b.reported(), b.p10(),
                    b.p50(), b.p90(), b.covers() ? "yes" : "no");
        }
        System.out.printf("%nfinal counts (count: runs): %s%nlargest share of one final count: %.0f%%%n", r.finalCounts(),
                100 * r.largestFinalShare());
        java.util.Map<String, Integer> returns = new java.util.TreeMap<>();
        r.returns().forEach(t -> returns.merge(t == null ? "no return" : f.format(t.atZone(zone)), 1, Integer::sum));
        System.out.printf("return times (time: runs): %s%n", returns);
        System.out.printf("seed nearest the median: %d, counts %s%n", r.medianSeed(),
                java.util.Arrays.toString(r.medianSeedCounts()));
    }
}
