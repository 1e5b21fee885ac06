package org.govsim.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.govsim.board.BoardEvents.BoardConstituted;
import org.govsim.board.BoardEvents.DirectorProfile;
import org.govsim.board.BoardEvents.DirectorProfileChanged;
import org.govsim.board.BoardEvents.Weights;
import org.govsim.scenario.WhatIfFile;
import org.govsim.simulation.Recorded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Directors' profiles stored before allies were recorded read as directors allied with nobody; before interests were
 * recorded, as directors weighing every kind of pressure alike. Today's keep what they recorded.
 */
class DirectorProfileUpcastingTest {

    @TempDir
    Path data;

    /** The history and a branch whose what-if changes one director's profile, both stored. */
    private List<TimelineInfo> historyAndBranch(String setting) throws Exception {
        Path whatIf = data.resolve("firm.yaml");
        Files.writeString(whatIf, "whatif: firm\nquestion: q\nforkAt: {time: 2023-11-18T00:00}\nset:\n  " + setting + "\n");
        try (TimelineStore store = TimelineStore.open(Database.h2(data))) {
            TimelineInfo history = new Replays(store).replay(StoredContractTest.SCENARIO, "history").timeline();
            return List.of(history, new Forks(store).fork("history", null, null, WhatIfFile.load(whatIf), "firm", false)
                    .timeline());
        }
    }

    @Test
    void profilesOfEarlierRevisionsNameNoAllyAndTodaysKeepTheirs() throws Exception {
        List<TimelineInfo> stored = historyAndBranch("directors.toner.resolve: 900");
        try (TimelineStore store = TimelineStore.open(Database.h2(data))) {
            assertThat(profiles(store.events(stored.get(0)))).filteredOn(p -> p.person().equals("brockman"))
                    .extracting(DirectorProfile::alliedWith).containsExactly("altman");
        }
        String dropAlly = ",\"alliedWith\":(null|\"[a-z]+\"),\"weights\":\\{[^}]*\\}";
        assertThat(EarlierRevisions.rewrite(data, "BoardConstituted", "2", json -> json.replaceAll(dropAlly, "")))
                .isEqualTo(1);
        assertThat(EarlierRevisions.rewrite(data, "DirectorProfileChanged", "1", json -> json.replaceAll(dropAlly, "")))
                .isEqualTo(1);
        try (TimelineStore store = TimelineStore.open(Database.h2(data))) {
            List<Recorded> events = store.events(stored.get(1));
            assertThat(profiles(events)).extracting(DirectorProfile::alliedWith).containsOnlyNulls();
            assertThat(changed(events).resolve()).isEqualTo(900);
            assertThat(changed(events).alliedWith()).isNull();
        }
    }

    @Test
    void profilesOfEarlierRevisionsWeighEvenlyAndTodaysKeepTheirWeights() throws Exception {
        List<TimelineInfo> stored = historyAndBranch("directors.toner.weights.staff: 3");
        try (TimelineStore store = TimelineStore.open(Database.h2(data))) {
            assertThat(profiles(store.events(stored.get(0)))).filteredOn(p -> p.person().equals("sutskever"))
                    .extracting(p -> p.weights().staff()).containsExactly(2.0);
            assertThat(changed(store.events(stored.get(1))).weights()).isEqualTo(new Weights(0.5, 3, 1));
        }
        String dropWeights = ",\"weights\":\\{[^}]*\\}";
        assertThat(EarlierRevisions.rewrite(data, "BoardConstituted", "3", json -> json.replaceAll(dropWeights, "")))
                .isEqualTo(1);
        assertThat(EarlierRevisions.rewrite(data, "DirectorProfileChanged", "2", json -> json.replaceAll(dropWeights, "")))
                .isEqualTo(1);
        try (TimelineStore store = TimelineStore.open(Database.h2(data))) {
            List<Recorded> events = store.events(stored.get(1));
            assertThat(profiles(events)).extracting(DirectorProfile::weights).containsOnly(Weights.EVEN);
            assertThat(profiles(events)).filteredOn(p -> p.person().equals("brockman"))
                    .extracting(DirectorProfile::alliedWith).containsExactly("altman");
            assertThat(changed(events).weights()).isEqualTo(Weights.EVEN);
        }
    }

    private static DirectorProfile changed(List<Recorded> events) {
        return events.stream().map(Recorded::event).filter(DirectorProfileChanged.class::isInstance)
                .map(e -> ((DirectorProfileChanged) e).profile()).findFirst().orElseThrow();
    }

    private static List<DirectorProfile> profiles(List<Recorded> events) {
        return events.stream().map(Recorded::event).filter(BoardConstituted.class::isInstance)
                .flatMap(e -> ((BoardConstituted) e).directors().stream()).toList();
    }
}
