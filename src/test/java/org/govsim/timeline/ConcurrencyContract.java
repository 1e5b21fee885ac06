package org.govsim.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.govsim.simulation.Recorded;
import org.junit.jupiter.api.Test;

/** Many threads on one store: forks whose default names collide, state reads and whole exports, all at once. */
abstract class ConcurrencyContract {

    static final Path SCENARIO = Path.of("scenarios/openai-2023-board-crisis.yaml");
    static final int THREADS = 16;
    static final long SECONDS = 10;

    abstract Database database();

    @Test
    void sixteenThreadsForkReadAndExportWithoutLosingOrDuplicatingAnEvent() throws Exception {
        try (TimelineStore store = TimelineStore.open(database())) {
            TimelineInfo parent = new Replays(store).replay(SCENARIO, store.freeName("crowd")).timeline();
            List<Recorded> parentEvents = store.events(parent);
            Queue<TimelineInfo> forks = new ConcurrentLinkedQueue<>();
            AtomicInteger reads = new AtomicInteger();
            AtomicInteger exports = new AtomicInteger();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                SplittableRandom random = new SplittableRandom(t);
                workers.add(pool.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        int what = random.nextInt(5);
                        if (what == 0) {
                            long at = 1 + random.nextInt((int) parent.events() - 20);
                            forks.add(new Forks(store).fork(parent.name(), at, null, null, null, false).timeline());
                        } else if (what <= 2) {
                            TimelineInfo t1 = any(random, parent, forks);
                            long at = 1 + random.nextInt((int) t1.events());
                            assertThat(new Replays(store).stateAt(t1, at).seq()).isEqualTo(at);
                            reads.incrementAndGet();
                        } else {
                            assertWhole(store, any(random, parent, forks));
                            exports.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
            assertThat(forks).as("forks").hasSizeGreaterThan(THREADS);
            assertThat(reads.get()).as("state reads").isGreaterThan(THREADS);
            assertThat(exports.get()).as("exports").isGreaterThan(THREADS);
            List<String> names = forks.stream().map(TimelineInfo::name).toList();
            assertThat(names).doesNotHaveDuplicates();
            assertThat(names).contains(parent.name() + "-fork", parent.name() + "-fork-2");
            List<TimelineInfo> stored = store.list();
            assertThat(stored.stream().filter(t -> parent.id().equals(t.parentId())).map(TimelineInfo::name))
                    .containsExactlyInAnyOrderElementsOf(names);
            List<Future<?>> checks = new ArrayList<>();
            for (TimelineInfo t : stored) {
                checks.add(pool.submit(() -> {
                    List<Recorded> events = assertWhole(store, t);
                    if (parent.id().equals(t.parentId())) {
                        // a fork without a what-if plays on exactly as its parent did
                        assertThat(events).as(t.name()).isEqualTo(parentEvents);
                    }
                    return null;
                }));
            }
            for (Future<?> c : checks) {
                c.get();
            }
            pool.shutdown();
        }
    }

    /** Events 1..n with no gap, n being the count in the catalogue. */
    private static List<Recorded> assertWhole(TimelineStore store, TimelineInfo t) {
        List<Recorded> events = store.events(t);
        assertThat(events).as(t.name()).hasSize((int) t.events());
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).seq()).as(t.name()).isEqualTo(i + 1);
        }
        return events;
    }

    private static TimelineInfo any(SplittableRandom random, TimelineInfo parent, Queue<TimelineInfo> forks) {
        List<TimelineInfo> made = new ArrayList<>(forks);
        return made.isEmpty() || random.nextInt(4) == 0 ? parent : made.get(random.nextInt(made.size()));
    }
}
