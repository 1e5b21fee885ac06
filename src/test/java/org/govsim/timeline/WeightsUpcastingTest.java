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

/** Directors' profiles stored before their interests were recorded read as directors weighing all pressure alike. */
class WeightsUpcastingTest {

    @TempDir
    Path data;

    @Test
    void profilesOfEarlierRevisionsWeighEvenlyAndTodaysKeepTheirWeights() throws Exception {
        Path whatIf = data.resolve("firm.yaml");
        Files.writeString(whatIf, "whatif: firm\nquestion: q\nforkAt: {time: 2023-11-18T00:00}\n"
                + "set:\n  directors.toner.weights.staff: 3\n");
        TimelineInfo history;
        TimelineInfo branch;
        try (TimelineStore store = TimelineStore.open(Database.h2(data))) {
            history = new Replays(store).replay(StoredContractTest.SCENARIO, "history").timeline();
            branch = new Forks(store).fork("history", null, null, WhatIfFile.load(whatIf), "firm", false).timeline();
        }
        try (TimelineStore store = TimelineStore.open(Database.h2(data))) {
            assertThat(profiles(store.events(history))).filteredOn(p -> p.person().equals("sutskever"))
                    .extracting(p -> p.weights().staff()).containsExactly(2.0);
            assertThat(changed(store.events(branch)).weights()).isEqualTo(new Weights(0.5, 3, 1));
        }
        String dropWeights = ",\"weights\":\\{[^}]*\\}";
        assertThat(EarlierRevisions.rewrite(data, "BoardConstituted", "3", json -> json.replaceAll(dropWeights, "")))
                .isEqualTo(1);
        assertThat(EarlierRevisions.rewrite(data, "DirectorProfileChanged", "2", json -> json.replaceAll(dropWeights, "")))
                .isEqualTo(1);
        try (TimelineStore store = TimelineStore.open(Database.h2(data))) {
            List<Recorded> events = store.events(branch);
            assertThat(profiles(events)).extracting(DirectorProfile::weights).containsOnly(Weights.EVEN);
            assertThat(profiles(events)).filteredOn(p -> p.person().equals("brockman"))
                    .extracting(DirectorProfile::alliedWith).containsExactly("altman");
            assertThat(changed(events).weights()).isEqualTo(Weights.EVEN);
            assertThat(changed(events).resolve()).isEqualTo(320);
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
