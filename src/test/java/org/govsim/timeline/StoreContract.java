package org.govsim.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

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
    void stateAtAnEventIsTheFoldOfTheEventsUpToIt() {
        try (TimelineStore store = TimelineStore.open(database())) {
            Replays replays = new Replays(store);
            TimelineInfo t = replays.replay(SCENARIO, store.freeName("state")).timeline();
            var atStart = replays.stateAt(t, 12L);
            assertThat(atStart.ceo().holder()).isEqualTo("altman");
            var atEnd = replays.stateAt(t, null);
            assertThat(atEnd.ceo().holder()).isEqualTo("altman");
            assertThat(atEnd.ceo().reinstated()).isTrue();
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

    long eventRows() throws Exception {
        try (Connection c = database().connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM DomainEventEntry")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
