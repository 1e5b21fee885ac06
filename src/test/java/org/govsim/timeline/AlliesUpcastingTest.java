package org.govsim.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.govsim.board.BoardEvents.BoardConstituted;
import org.govsim.board.BoardEvents.DirectorProfile;
import org.govsim.board.BoardEvents.DirectorProfileChanged;
import org.govsim.scenario.WhatIfFile;
import org.govsim.simulation.Recorded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Directors' profiles stored before allies were recorded read as directors allied with nobody. */
class AlliesUpcastingTest {

    @TempDir
    Path data;

    @Test
    void profilesOfEarlierRevisionsNameNoAllyAndTodaysKeepTheirs() throws Exception {
        Path whatIf = data.resolve("firm.yaml");
        Files.writeString(whatIf, "whatif: firm\nquestion: q\nforkAt: {time: 2023-11-18T00:00}\n"
                + "set:\n  directors.toner.resolve: 900\n");
        TimelineInfo history;
        TimelineInfo branch;
        try (TimelineStore store = TimelineStore.open(Database.h2(data))) {
            history = new Replays(store).replay(StoredContractTest.SCENARIO, "history").timeline();
            branch = new Forks(store).fork("history", null, null, WhatIfFile.load(whatIf), "firm", false).timeline();
        }
        try (TimelineStore store = TimelineStore.open(Database.h2(data))) {
            assertThat(profiles(store.events(history))).filteredOn(p -> p.person().equals("brockman"))
                    .extracting(DirectorProfile::alliedWith).containsExactly("altman");
        }
        String dropAlly = ",\"alliedWith\":(null|\"[a-z]+\"),\"weights\":\\{[^}]*\\}";
        assertThat(EarlierRevisions.rewrite(data, "BoardConstituted", "2", json -> json.replaceAll(dropAlly, "")))
                .isEqualTo(1);
        assertThat(EarlierRevisions.rewrite(data, "DirectorProfileChanged", "1", json -> json.replaceAll(dropAlly, "")))
                .isEqualTo(1);
        try (TimelineStore store = TimelineStore.open(Database.h2(data))) {
            List<Recorded> events = store.events(branch);
            assertThat(profiles(events)).extracting(DirectorProfile::alliedWith).containsOnlyNulls();
            assertThat(events).map(Recorded::event).filteredOn(DirectorProfileChanged.class::isInstance)
                    .singleElement().satisfies(e -> {
                        DirectorProfile p = ((DirectorProfileChanged) e).profile();
                        assertThat(p.resolve()).isEqualTo(900);
                        assertThat(p.alliedWith()).isNull();
                    });
        }
    }

    private static List<DirectorProfile> profiles(List<Recorded> events) {
        return events.stream().map(Recorded::event).filter(BoardConstituted.class::isInstance)
                .flatMap(e -> ((BoardConstituted) e).directors().stream()).toList();
    }
}
