package org.govsim.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.govsim.simulation.Recorded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data directory written by govsim 0.1 opens, migrates once, and reads back as it was written. */
class MigrationTest {

    static final Path FIXTURE = Path.of("src/test/resources/fixtures/v0.1");
    static final String HISTORY = "openai-2023-board-crisis";
    static final String AWAY = "openai-2023-board-crisis-sutskever-stays-away";
    static final String LATE = "late-fork";

    @TempDir
    Path dir;
    Database database;

    @BeforeEach
    void copyOfTheFixture() throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Files.copy(FIXTURE.resolve("data/govsim.mv.db"), dir.resolve("data/govsim.mv.db"));
        database = Database.h2(dir.resolve("data"));
    }

    @Test
    void theTimelinesOfVersion01KeepTheirNamesLineageAndEvents() throws Exception {
        for (int opening = 1; opening <= 2; opening++) {
            try (TimelineStore store = TimelineStore.open(database)) {
                Map<String, TimelineInfo> byName = store.list().stream()
                        .collect(Collectors.toMap(TimelineInfo::name, t -> t));
                assertThat(byName.keySet()).as("opening %d", opening).containsExactlyInAnyOrder(HISTORY, AWAY, LATE);
                TimelineInfo history = byName.get(HISTORY);
                assertThat(history.id()).as("a stored timeline's name becomes its id").isEqualTo(HISTORY);
                assertThat(history.isBranch()).isFalse();
                assertThat(history.events()).isEqualTo(397);
                assertBranch(byName.get(AWAY), history, 28, 47);
                assertBranch(byName.get(LATE), history, 200, 397);
                for (TimelineInfo t : byName.values()) {
                    List<Recorded> events = store.events(t);
                    assertThat(events).as(t.name()).hasSize(exportedLines(t.name()));
                    assertThat(events.get(events.size() - 1).seq()).isEqualTo(t.events());
                }
                assertThat(store.events(byName.get(LATE))).isEqualTo(store.events(history));
            }
        }
        assertThat(appliedMigrations()).containsExactly("0", "1", "2", "3", "4", "5", "6", "7");
    }

    @Test
    void aRenamedFixtureTimelineKeepsItsBranchesReadable() {
        try (TimelineStore store = TimelineStore.open(database)) {
            TimelineInfo before = store.find(HISTORY).orElseThrow();
            List<Recorded> away = store.events(store.find(AWAY).orElseThrow());
            TimelineInfo renamed = store.rename(HISTORY, "board-crisis");
            assertThat(renamed.id()).isEqualTo(before.id());
            assertThat(store.find(HISTORY)).isEmpty();
            TimelineInfo branch = store.find(AWAY).orElseThrow();
            assertThat(branch.parentName()).isEqualTo("board-crisis");
            assertThat(store.events(branch)).isEqualTo(away);
            assertThat(store.worldAt(branch, 40).seq()).isEqualTo(40);
            assertThat(Diff.lineage(store, branch)).containsExactly(AWAY, "board-crisis");
        }
        try (TimelineStore store = TimelineStore.open(database)) {
            assertThat(store.events(store.find(LATE).orElseThrow())).hasSize(397);
        }
    }

    private static void assertBranch(TimelineInfo branch, TimelineInfo parent, long forkSeq, long events) {
        assertThat(branch.parentId()).as(branch.name()).isEqualTo(parent.id());
        assertThat(branch.parentName()).as(branch.name()).isEqualTo(parent.name());
        assertThat(branch.forkSeq()).as(branch.name()).isEqualTo(forkSeq);
        assertThat(branch.events()).as(branch.name()).isEqualTo(events);
    }

    private static int exportedLines(String timeline) throws IOException {
        return Files.readAllLines(FIXTURE.resolve(timeline + ".jsonl")).size();
    }

    private List<String> appliedMigrations() throws Exception {
        try (Connection c = database.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" "
                     + "WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            List<String> versions = new ArrayList<>();
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
            return versions;
        }
    }
}
