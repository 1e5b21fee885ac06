package org.govsim.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.TreeMap;

import org.govsim.bench.Standoff;
import org.govsim.model.GovernanceModel;
import org.govsim.scenario.ScenarioLoader;
import org.govsim.simulation.Model;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is stored is a contract: named types with revisions, strict reading, snapshots that are never misread. */
class StoredContractTest {

    static final Path SCENARIO = Path.of("scenarios/openai-2023-board-crisis.yaml");

    @TempDir
    Path data;

    /**
     * The stored names and revisions of every event type. A change here breaks stored timelines unless an upcaster
     * carries the old name or shape to the new one (see Upcasters); then record the new revision here.
     */
    @Test
    void eventTypesKeepTheirStoredNamesAndRevisions() throws Exception {
        TreeMap<String, String> now = new TreeMap<>();
        Codec codec = Codec.of(GovernanceModel.standard());
        for (var type : GovernanceModel.standard().eventTypes()) {
            now.put(codec.typeName(type), Codec.revisionOf(type));
        }
        List<String> pinned = Files.readAllLines(Path.of("src/test/resources/contract/event-types.txt"));
        assertThat(now.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList())
                .containsExactlyElementsOf(pinned.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList());
    }

    @Test
    void storedTypesNameNoJavaPackage() throws Exception {
        try (TimelineStore store = TimelineStore.open(Database.h2(data))) {
            new Replays(store).replay(SCENARIO, "t");
        }
        try (Connection c = Database.h2(data).connect();
             var rs = c.createStatement().executeQuery("SELECT DISTINCT payloadType, payloadRevision FROM DomainEventEntry")) {
            int types = 0;
            while (rs.next()) {
                types++;
                assertThat(rs.getString(1)).doesNotContain(".", "$");
                assertThat(rs.getString(2)).isNotBlank();
            }
            assertThat(types).isGreaterThan(20);
        }
    }

    @Test
    void aStoredPayloadThatNoLongerReadsIsAnErrorNamingTheTimelineAndEvent() throws Exception {
        TimelineInfo info;
        try (TimelineStore store = TimelineStore.open(Database.h2(data))) {
            info = new Replays(store).replay(SCENARIO, "changed").timeline();
        }
        // a later hand or tool renames a field of one stored event without an upcaster
        try (Connection c = Database.h2(data).connect();
             PreparedStatement p = c.prepareStatement("UPDATE DomainEventEntry SET payload = ? "
                     + "WHERE payloadType = 'LetterSigned' AND sequenceNumber = (SELECT MIN(sequenceNumber) "
                     + "FROM DomainEventEntry WHERE payloadType = 'LetterSigned')")) {
            p.setBytes(1, "{\"added\":5,\"count\":5,\"employed\":770}".getBytes(StandardCharsets.UTF_8));
            assertThat(p.executeUpdate()).isEqualTo(1);
            c.commit();
        }
        try (TimelineStore store = TimelineStore.open(Database.h2(data))) {
            assertThatThrownBy(() -> store.events(info)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("timeline 'changed', event ")
                    .hasMessageContaining("LetterSigned")
                    .hasMessageContaining("signatures");
        }
    }

    @Test
    void aSnapshotOfAnotherFormatOrModelIsIgnoredNotMisread() {
        List<Recorded> run = Replays.run(ScenarioLoader.load(SCENARIO));
        World folded = new World();
        run.subList(0, 120).forEach(folded::apply);
        byte[] current = Snapshots.of(GovernanceModel.standard()).write(folded);
        assertThat(Snapshots.of(GovernanceModel.standard()).read(current)).isNotNull();

        String text = new String(current, StandardCharsets.UTF_8);
        byte[] olderFormat = text.replaceFirst("\"format\":" + Snapshots.FORMAT, "\"format\":1").getBytes(StandardCharsets.UTF_8);
        assertThat(Snapshots.of(GovernanceModel.standard()).read(olderFormat)).isNull();
        Model later = GovernanceModel.standard().withPolicy(new org.govsim.auditor.Auditor.WatchesTheBoard(), "2+auditor");
        assertThat(Snapshots.of(later).read(current)).isNull();
        // version 0.1 wrote the bare world, with no format at all
        byte[] bare = text.substring(text.indexOf("\"world\":") + 8, text.length() - 1).getBytes(StandardCharsets.UTF_8);
        assertThat(Snapshots.of(GovernanceModel.standard()).read(bare)).isNull();
    }

    @Test
    void aStaleSnapshotIsRebuiltFromTheEventsNotMisread() throws Exception {
        List<Recorded> events = standoff(60);
        assertThat(events.size()).as("long enough for snapshots").isGreaterThan(Snapshots.FROM_LENGTH);
        long seq = events.size() - 5;
        World folded = new World();
        events.subList(0, (int) seq).forEach(folded::apply);
        Snapshots current = Snapshots.of(GovernanceModel.standard());
        try (TimelineStore store = TimelineStore.open(Database.h2(data))) {
            TimelineInfo info = TimelineInfo.replay("standoff", "standoff", "a board that never gives in", 1, events.size());
            store.save(info, events);
            try (Connection c = Database.h2(data).connect();
                 PreparedStatement p = c.prepareStatement("UPDATE govsim_snapshot SET world = ?")) {
                // as version 0.1 wrote them: the bare world, no format
                p.setBytes(1, "{\"seq\":1}".getBytes(StandardCharsets.UTF_8));
                assertThat(p.executeUpdate()).isGreaterThan(1);
                c.commit();
            }

            World read = store.worldAt(info, seq);

            assertThat(current.write(read)).isEqualTo(current.write(folded));
            try (Connection c = Database.h2(data).connect();
                 PreparedStatement p = c.prepareStatement("SELECT world FROM govsim_snapshot WHERE seq <= ? "
                         + "ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")) {
                p.setLong(1, seq);
                try (var rs = p.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(current.read(rs.getBytes(1))).as("the snapshot read is current again").isNotNull();
                }
            }
            assertThat(current.write(store.worldAt(info, seq))).isEqualTo(current.write(folded));
        }
    }

    /** The historical crisis with a board that never gives in, run for {@code days}: a long timeline. */
    private static List<Recorded> standoff(int days) {
        return Replays.run(Standoff.plan("standoff", java.time.Duration.ofDays(days), parameters -> parameters));
    }
}
