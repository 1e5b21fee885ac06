package org.govsim.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.govsim.simulation.Recorded;
import org.govsim.simulation.Reports;
import org.govsim.simulation.SimulationEvents.SimulationStarted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Timelines stored before the stream carried what the sources report read as streams with no reports. */
class ReportsUpcastingTest {

    @TempDir
    Path data;

    @Test
    void aStartOfRevisionTwoReadsWithNoReportsAndATodaysStartKeepsThem() throws Exception {
        TimelineInfo earlier;
        TimelineInfo today;
        try (TimelineStore store = TimelineStore.open(Database.h2(data))) {
            earlier = new Replays(store).replay(StoredContractTest.SCENARIO, "earlier").timeline();
        }
        int rewritten = EarlierRevisions.rewrite(data, "SimulationStarted", "2",
                json -> json.replaceAll(",\"reports\":\\{.*}}$", "}"));
        assertThat(rewritten).isEqualTo(1);
        try (TimelineStore store = TimelineStore.open(Database.h2(data))) {
            today = new Replays(store).replay(StoredContractTest.SCENARIO, "today").timeline();
            assertThat(started(store.events(earlier)).reports()).isEqualTo(Reports.NONE);
            Reports reports = started(store.events(today)).reports();
            assertThat(reports.facts()).isNotEmpty();
            assertThat(reports.contested()).isNotEmpty();
            assertThat(reports.checkpoints()).hasSize(4);
        }
    }

    private static SimulationStarted started(List<Recorded> events) {
        return (SimulationStarted) events.get(0).event();
    }
}
