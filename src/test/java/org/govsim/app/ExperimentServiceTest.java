package org.govsim.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.govsim.experiment.Sweep;
import org.govsim.scenario.InputException;
import org.govsim.timeline.Database;
import org.govsim.timeline.TimelineStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentServiceTest {

    @TempDir
    Path dir;

    @Test
    void aSweepRunsWritesItsResultsAndKeepsARunThatReadsBackAsTheSweepSawIt() throws Exception {
        Path experiment = dir.resolve("e.yaml");
        Files.writeString(experiment, "experiment: small\ntitle: a small sweep\nscenario: "
                + Path.of("scenarios/openai-2023-board-crisis.yaml").toAbsolutePath() + "\n"
                + "vary:\n  workforce.thresholdShift: [0, 0.1]\nrepetitions: 2\nseeds: {base: 7}\n"
                + "metrics: [ceoReinstated, peakSignatures]\n");
        Database db = Database.h2(dir.resolve("data"));
        ExperimentService service = new ExperimentService(db, () -> TimelineStore.open(db));
        ExperimentService.PreparedSweep prepared = service.prepare(new ExperimentService.SweepRequest(experiment,
                dir.resolve("out"), 1, false, List.of(3), false));
        assertThat(prepared.runs()).isEqualTo(4);
        ExperimentService.SweepResult result = service.run(prepared, Sweep.Progress.NONE);
        assertThat(Files.readAllLines(result.runsCsv())).hasSize(5);
        assertThat(result.kept()).singleElement().satisfies(t -> assertThat(t.name()).isEqualTo("small-run-3"));

        assertThat(field(() -> service.keepRun(dir.resolve("out"), 1, "a name"))).isEqualTo("name");
        assertThat(field(() -> service.keepRun(dir.resolve("out"), 1, "small-run-3"))).isEqualTo("name");
        ExperimentService.KeptRun again = service.keepRun(dir.resolve("out"), 1, "run-one");
        assertThat(again.timeline()).isEqualTo("run-one");
        assertThat(again.outcome().table()).containsKey("CEO returned");
        assertThat(again.outcome().headcount()).isPositive();
    }

    @Test
    void theUberSweepFlipsWhereTheSignersShareOfTheVotesCrossesKalanicksResolve() throws Exception {
        Database db = Database.h2(dir.resolve("data"));
        ExperimentService service = new ExperimentService(db, () -> TimelineStore.open(db));
        ExperimentService.PreparedSweep prepared = service.prepare(new ExperimentService.SweepRequest(
                Path.of("scenarios/experiments/uber-letter-weight.yaml"), dir.resolve("out"), 1, false, List.of(), false));
        List<String> rows = Files.readAllLines(service.run(prepared, Sweep.Progress.NONE).summaryCsv());
        // resolve, votes a class B share, runs, kept share: 26% of the votes at one vote a share, 39% at ten
        assertThat(rows).anyMatch(r -> r.startsWith("30,1,1,1,"))
                .anyMatch(r -> r.startsWith("30,10,1,0,"))
                .anyMatch(r -> r.startsWith("35,2,1,1,"))
                .anyMatch(r -> r.startsWith("35,5,1,0,"))
                .anyMatch(r -> r.startsWith("40,10,1,1,"));
    }

    @Test
    void aSweepFromAStoredTimelineOfACaseWithoutAWorkforceRuns() throws Exception {
        Database db = Database.h2(dir.resolve("data"));
        try (TimelineStore store = TimelineStore.open(db)) {
            new org.govsim.timeline.Replays(store).replay(Path.of("scenarios/wework-2019-the-financier-prevails.yaml"),
                    "wework");
        }
        Path experiment = dir.resolve("from-timeline.yaml");
        Files.writeString(experiment, """
                experiment: from-timeline
                title: Neumann's resolve, from the morning of the demand
                timeline: wework
                forkAt: {time: 2019-09-24T09:00}
                vary:
                  directors.neumann.resolve: [80, 150]
                repetitions: 1
                seeds: [1]
                metrics: [ceoKept, finalCeo]
                """);
        ExperimentService service = new ExperimentService(db, () -> TimelineStore.open(db));
        List<String> rows = Files.readAllLines(service.run(service.prepare(new ExperimentService.SweepRequest(experiment,
                dir.resolve("out"), 1, false, List.of(), false)), Sweep.Progress.NONE).summaryCsv());
        assertThat(rows).anyMatch(r -> r.startsWith("80,1,0,")).anyMatch(r -> r.startsWith("150,1,1,"));
    }

    private static String field(Runnable call) {
        try {
            call.run();
        } catch (InputException e) {
            return e.field();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void aRunThatDoesNotExistIsBadInputNamingTheField() throws Exception {
        Path experiment = Path.of("scenarios/experiments/quorum-and-notice.yaml");
        Database db = Database.h2(dir.resolve("data"));
        ExperimentService service = new ExperimentService(db, () -> TimelineStore.open(db));
        try {
            service.prepare(new ExperimentService.SweepRequest(experiment, dir.resolve("out"), null, false, List.of(999), false));
            throw new AssertionError("accepted");
        } catch (InputException e) {
            assertThat(e.field()).isEqualTo("keep");
        }
    }
}
