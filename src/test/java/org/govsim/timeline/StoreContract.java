package org.govsim.timeline;

import org.govsim.ceo.CeoOffice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.govsim.scenario.InputException;
import org.govsim.scenario.ScenarioLoader;
import org.govsim.simulation.Recorded;
import org.junit.jupiter.api.Test;

/** What every timeline store must do, whatever database is behind it. */
abstract class StoreContract {

    static final Path SCENARIO = Path.of("scenarios/openai-2023-board-crisis.yaml");

    abstract Database database();

    @Test
    void aStoredReplayReadsBackExactlyAsItRan() {
        List<Recorded> ran = Replays.run(ScenarioLoader.load(SCENARIO));
        try (TimelineStore store = TimelineStore.open(database())) {
            Replays replays = new Replays(store);
            String name = store.freeName("roundtrip");
            Replays.Replay stored = replays.replay(SCENARIO, name);
            assertThat(stored.events()).isEqualTo(ran);
            assertThat(replays.events(replays.timeline(name))).isEqualTo(ran);
        }
    }

    @Test
    void twoReplaysOfOneScenarioGiveIdenticalStreams() {
        try (TimelineStore store = TimelineStore.open(database())) {
            Replays replays = new Replays(store);
            Replays.Replay a = replays.replay(SCENARIO, store.freeName("twin-a"));
            Replays.Replay b = replays.replay(SCENARIO, store.freeName("twin-b"));
            assertThat(replays.events(replays.timeline(b.timeline().name())))
                    .isEqualTo(replays.events(replays.timeline(a.timeline().name())));
        }
    }

    @Test
    void aNameHeldForASaveUnderWayIsNotHandedOutAgainUntilItIsGivenBack() {
        try (TimelineStore store = TimelineStore.open(database())) {
            String first = store.reserveFreeName("held");
            String second = store.reserveFreeName("held");
            assertThat(first).isEqualTo("held");
            assertThat(second).isEqualTo("held-2");
            assertThat(store.freeName("held")).isEqualTo("held-3");
            store.release(first);
            assertThat(store.freeName("held")).isEqualTo("held");
            store.release(second);
        }
    }

    @Test
    void stateAtAnEventIsTheFoldOfTheEventsUpToIt() {
        try (TimelineStore store = TimelineStore.open(database())) {
            Replays replays = new Replays(store);
            TimelineInfo t = replays.replay(SCENARIO, store.freeName("state")).timeline();
            var atStart = replays.stateAt(t, 12L);
            assertThat(CeoOffice.in(atStart).holder()).isEqualTo("altman");
            var atEnd = replays.stateAt(t, null);
            assertThat(CeoOffice.in(atEnd).holder()).isEqualTo("altman");
            assertThat(CeoOffice.in(atEnd).reinstated()).isTrue();
            assertThatThrownBy(() -> replays.stateAt(t, t.events() + 1)).isInstanceOf(InputException.class);
        }
    }

    @Test
    void aTimelineThatCannotBeStoredLeavesNothingBehind() throws Exception {
        try (TimelineStore store = TimelineStore.open(database())) {
            Replays replays = new Replays(store);
            String name = store.freeName("once");
            replays.replay(SCENARIO, name);
            long timelines = store.list().size();
            long rows = eventRows();
            TimelineInfo again = TimelineInfo.replay(name, "x", "x", 1, 1);
            List<Recorded> events = Replays.run(ScenarioLoader.load(SCENARIO));
            assertThatThrownBy(() -> store.save(again, events)).isInstanceOf(StoreException.class);
            assertThat(store.list()).hasSize((int) timelines);
            assertThat(eventRows()).isEqualTo(rows);
        }
    }

    @Test
    void aUseCaseIsCommittedWhenItEndsAndNotBefore() throws Exception {
        List<Recorded> events = Replays.run(ScenarioLoader.load(SCENARIO));
        try (TimelineStore store = TimelineStore.open(database())) {
            String name = store.freeName("pending");
            TimelineInfo info = TimelineInfo.replay(name, "x", "x", 1, events.size());
            ExecutorService other = Executors.newSingleThreadExecutor();
            assertThatThrownBy(() -> store.inTransaction(() -> {
                store.save(info, events);
                assertThat(store.find(name)).as("seen inside the use case").isPresent();
                assertThat(store.events(info)).hasSize(events.size());
                assertThat(get(other.submit(() -> store.find(name)))).as("unseen outside it").isEmpty();
                throw new IllegalStateException("the use case fails after reading");
            })).hasMessageContaining("fails after reading");
            assertThat(get(other.submit(() -> store.find(name)))).isEmpty();
            assertThat(store.find(name)).isEmpty();
            store.inTransaction(() -> {
                store.save(info, events);
                return null;
            });
            assertThat(get(other.submit(() -> store.events(info)))).isEqualTo(events);
            other.shutdown();
        }
    }

    @Test
    void aFailureCaughtInsideAUseCaseStillRollsItBack() throws Exception {
        List<Recorded> events = Replays.run(ScenarioLoader.load(SCENARIO));
        try (TimelineStore store = TimelineStore.open(database())) {
            TimelineInfo taken = new Replays(store).replay(SCENARIO, store.freeName("taken")).timeline();
            TimelineInfo first = TimelineInfo.replay(store.freeName("first"), "x", "x", 1, events.size());
            long rows = eventRows();
            assertThatThrownBy(() -> store.inTransaction(() -> {
                store.save(first, events);
                try {
                    store.save(TimelineInfo.replay(taken.name(), "x", "x", 1, events.size()), events);
                } catch (NameTakenException ignored) {
                    // the use case goes on as if nothing had failed
                }
                return null;
            })).isInstanceOf(StoreException.class).hasMessageContaining("rolled back");
            assertThat(store.find(first.name())).isEmpty();
            assertThat(eventRows()).isEqualTo(rows);
        }
    }

    private static <T> T get(java.util.concurrent.Future<T> f) {
        try {
            return f.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    long eventRows() throws Exception {
        try (Connection c = database().connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM DomainEventEntry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aBranchWhoseParentWasDeletedWhileItRanIsNotStored() {
        try (TimelineStore store = TimelineStore.open(database())) {
            TimelineInfo history = new Replays(store).replay(SCENARIO, store.freeName("orphan-history")).timeline();
            java.time.Instant at = store.events(history, 10, 10).get(0).time();
            TimelineInfo parent = TimelineInfo.branch(store.freeName("orphan-parent"), history, history.seed(), 10, at,
                    null, 10);
            store.save(parent, List.of());
            // the branch of the branch ran while its parent stood; the parent is deleted before it is stored
            TimelineInfo child = TimelineInfo.branch(store.freeName("orphan-child"), parent, parent.seed(), 10, at, null, 10);
            store.delete(parent.name(), false);
            assertThatThrownBy(() -> store.save(child, List.of()))
                    .isInstanceOf(UnknownTimeline.class).hasMessageContaining("deleted while the branch ran");
            assertThat(store.find(child.name())).isEmpty();
        }
    }

    @Test
    void aBranchKeepsItsOwnerAndIsChangedOnlyByWhomTheCallerAllows() {
        try (TimelineStore store = TimelineStore.open(database())) {
            TimelineInfo history = new Replays(store).replay(SCENARIO, store.freeName("owned-history")).timeline();
            java.time.Instant at = store.events(history, 10, 10).get(0).time();
            TimelineInfo mine = TimelineInfo.branch(store.freeName("owned"), history, history.seed(), 10, at, null, 10)
                    .ownedBy("key:mine");
            store.save(mine, List.of());
            assertThat(store.find(mine.name()).orElseThrow().owner()).isEqualTo("key:mine");
            java.util.function.Predicate<TimelineInfo> onlyMine = t -> "key:mine".equals(t.owner());
            java.util.function.Predicate<TimelineInfo> onlyTheirs = t -> "key:theirs".equals(t.owner());

            assertThatThrownBy(() -> store.rename(mine.name(), store.freeName("taken-over"), onlyTheirs))
                    .isInstanceOf(ChangeRefused.class);
            String renamed = store.freeName("owned-renamed");
            assertThat(store.rename(mine.name(), renamed, onlyMine).owner()).isEqualTo("key:mine");

            TimelineInfo theirs = TimelineInfo.branch(store.freeName("theirs"), store.find(renamed).orElseThrow(),
                    history.seed(), 10, at, null, 10).ownedBy("key:theirs");
            store.save(theirs, List.of());
            assertThatThrownBy(() -> store.delete(renamed, true, onlyMine))
                    .isInstanceOf(ChangeRefused.class).hasMessageContaining(theirs.name());
            assertThat(store.find(theirs.name())).isPresent();
            assertThat(store.delete(renamed, true, t -> true)).hasSize(2);
        }
    }
}
