package org.govsim.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.govsim.simulation.Recorded;
import org.govsim.simulation.Steps;
import org.junit.jupiter.api.Test;

/** What forks must do on every database. */
abstract class ForkContract {

    static final Path SCENARIO = Path.of("scenarios/openai-2023-board-crisis.yaml");

    abstract Database database();

    TimelineInfo replay(TimelineStore store, String base) {
        return new Replays(store).replay(SCENARIO, store.freeName(base)).timeline();
    }

    @Test
    void anEmptyWhatIfAtAnyForkPointReproducesTheParent() {
        try (TimelineStore store = TimelineStore.open(database())) {
            TimelineInfo parent = replay(store, "prop");
            List<Recorded> all = store.events(parent);
            Random random = new Random(20231117);
            List<Long> points = new ArrayList<>(List.of(1L, 9L, 10L, 27L, 28L, (long) all.size() - 2));
            for (int i = 0; i < 40; i++) {
                points.add(1L + random.nextInt(all.size() - 2));
            }
            for (long at : points) {
                long forkSeq = Steps.stepEnd(all, at);
                if (forkSeq >= all.size() - 1) {
                    continue;
                }
                Forks.Branch branch = new Forks(store).fork(parent.name(), at, null, null, null, true);
                assertThat(branch.forkSeq()).isEqualTo(forkSeq);
                assertThat(branch.ownEvents()).as("fork after event %d", at).isEqualTo(all.subList((int) forkSeq, all.size()));
            }
        }
    }

    @Test
    void aStoredBranchSharesThePrefixAndReadsBackWhole() throws Exception {
        try (TimelineStore store = TimelineStore.open(database())) {
            TimelineInfo parent = replay(store, "shared");
            long rowsBefore = eventRows();
            Forks.Branch branch = new Forks(store).fork(parent.name(), 200L, null, null, null, false);
            assertThat(eventRows() - rowsBefore).isEqualTo(branch.ownEvents().size());
            assertThat(store.events(branch.timeline())).isEqualTo(store.events(parent));
            TimelineInfo stored = store.find(branch.timeline().name()).orElseThrow();
            assertThat(stored.parentId()).isEqualTo(parent.id());
            assertThat(stored.parentName()).isEqualTo(parent.name());
            Forks.Branch grandchild = new Forks(store).fork(branch.timeline().name(), 300L, null, null, null, false);
            assertThat(store.events(grandchild.timeline())).isEqualTo(store.events(parent));
            assertThat(Diff.lineage(store, grandchild.timeline())).containsExactly(grandchild.timeline().name(),
                    branch.timeline().name(), parent.name());
        }
    }

    @Test
    void concurrentForksOfOneParentAllSucceedAndLoseNothing() throws Exception {
        TimelineInfo parent;
        List<Recorded> before;
        try (TimelineStore store = TimelineStore.open(database())) {
            parent = replay(store, "busy");
            before = store.events(parent);
        }
        long rowsBefore = eventRows();
        int threads = 4;
        int perThread = 3;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<Forks.Branch>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int seed = t;
            futures.add(pool.submit(() -> {
                List<Forks.Branch> made = new ArrayList<>();
                try (TimelineStore store = TimelineStore.open(database())) {
                    for (int i = 0; i < perThread; i++) {
                        made.add(new Forks(store).fork(parent.name(), 30L + 25L * (seed * perThread + i), null, null, null, false));
                    }
                }
                return made;
            }));
        }
        List<Forks.Branch> branches = new ArrayList<>();
        for (Future<List<Forks.Branch>> f : futures) {
            branches.addAll(f.get());
        }
        pool.shutdown();
        assertThat(branches).hasSize(threads * perThread);
        assertThat(branches.stream().map(b -> b.timeline().name()).distinct()).hasSize(threads * perThread);
        long own = branches.stream().mapToLong(b -> b.ownEvents().size()).sum();
        assertThat(eventRows() - rowsBefore).isEqualTo(own);
        try (TimelineStore store = TimelineStore.open(database())) {
            assertThat(store.events(parent)).isEqualTo(before);
            for (Forks.Branch b : branches) {
                assertThat(store.events(store.find(b.timeline().name()).orElseThrow())).isEqualTo(before);
            }
        }
    }

    long eventRows() throws Exception {
        try (Connection c = database().connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM DomainEventEntry")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
