package org.govsim.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.govsim.model.GovernanceModel;
import org.govsim.scenario.ScenarioLoader;
import org.govsim.scenario.WhatIfFile;
import org.govsim.simulation.ModelParameters;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.ScenarioPlan;
import org.govsim.simulation.Simulation;
import org.govsim.simulation.World;
import org.govsim.timeline.Database;
import org.govsim.timeline.Forks;
import org.govsim.timeline.Replays;
import org.govsim.timeline.TimelineInfo;
import org.govsim.timeline.TimelineStore;

/**
 * Fork and time-travel costs on a long synthetic timeline (the historical crisis with a board that never gives in,
 * run for years), each beside a baseline measured in the same run. Usage: ForkBenchmark [h2-dir]
 */
public final class ForkBenchmark {

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("govsim-fork-bench");
        try (TimelineStore store = TimelineStore.open(Database.h2(dir))) {
            TimelineInfo synthetic = store.find("synthetic").orElseGet(() -> storeSynthetic(store));
            TimelineInfo history = store.find("history").orElseGet(() ->
                    new Replays(store).replay(Path.of("scenarios/openai-2023-board-crisis.yaml"), "history").timeline());
            System.out.printf("synthetic timeline: %d events%n", synthetic.events());

            WhatIfFile stop = WhatIfFile.load(Path.of("bench/stop-a-day-after-the-fork.yaml"));
            Forks forks = new Forks(store);
            for (int i = 0; i < 5; i++) {
                forks.fork("synthetic", 100L, null, stop, null, false);
                forks.fork("synthetic", 100_000L, null, stop, null, false);
            }
            double early = median(10, () -> forks.fork("synthetic", 100L, null, stop, null, false));
            double late = median(10, () -> forks.fork("synthetic", 100_000L, null, stop, null, false));
            System.out.printf("fork at seq 100 (stored, one simulated day after): %.1f ms%n", early);
            System.out.printf("fork at seq 100,000 (stored, one simulated day after): %.1f ms%n", late);
            System.out.printf("ratio fork@100000 / fork@100: %.2f (target <= 1.5)%n", late / early);

            Random random = new Random(7);
            long n = synthetic.events();
            for (int i = 0; i < 50; i++) {
                store.worldAt(synthetic, 1 + random.nextInt((int) n));
            }
            double[] times = new double[200];
            for (int i = 0; i < times.length; i++) {
                long seq = 1 + random.nextInt((int) n);
                long t0 = System.nanoTime();
                store.worldAt(synthetic, seq);
                times[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(times);
            System.out.printf("state --at a random event of %d (warm, 200 samples): median %.1f ms, p95 %.1f ms, max %.1f ms "
                    + "(target < 50 ms)%n", n, times[100], times[190], times[199]);
            long t0 = System.nanoTime();
            World folded = new World();
            store.events(synthetic).forEach(folded::apply);
            System.out.printf("baseline: state by folding every event from the start: %.1f ms%n", (System.nanoTime() - t0) / 1e6);

            WhatIfFile noOffer = WhatIfFile.load(Path.of("scenarios/what-if/openai-2023/no-microsoft-offer.yaml"));
            for (int i = 0; i < 30; i++) {
                forks.fork("history", null, null, noOffer, null, true);
            }
            double dry = median(30, () -> forks.fork("history", null, null, noOffer, null, true));
            ScenarioPlan plan = ScenarioLoader.load(Path.of("scenarios/openai-2023-board-crisis.yaml"));
            double full = median(30, () -> Replays.run(plan));
            System.out.printf("dry-run what-if of the historical scenario (warm): %.1f ms (target < 200 ms)%n", dry);
            System.out.printf("baseline: the whole historical scenario run in memory (warm): %.1f ms%n", full);
        }
    }

    private static TimelineInfo storeSynthetic(TimelineStore store) {
        // a long timeline within the horizon a what-if may reach (366 days): pressure measured every ten minutes
        // instead of every hour, over 360 days
        ScenarioPlan longRun = Standoff.plan("synthetic-standoff", Duration.ofDays(360), m -> new ModelParameters(1.0 / 6,
                m.tallyTickHours(), m.weightExecutiveDemand(), m.weightInterimBacking(), m.weightSignatures(),
                m.outsideOfferMultiplier(), m.legalMultiplier(), m.weightResignations(), m.letterOrganiseHours(),
                m.letterUltimatumHours(), m.leaveRatePerHour(), m.offerThresholdDiscount(), m.pressureTolerance()));
        List<Recorded> events = new ArrayList<>();
        Simulation.begin(longRun, GovernanceModel.standard(), events::add).runToEnd();
        TimelineInfo info = TimelineInfo.replay("synthetic", longRun.id(), longRun.title(), longRun.seed(), events.size());
        store.save(info, events);
        return info;
    }

    private static double median(int runs, Runnable r) {
        double[] t = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            r.run();
            t[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(t);
        return t[runs / 2];
    }
}
