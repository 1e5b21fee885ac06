package org.govsim.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.govsim.scenario.CalibrationFile;
import org.govsim.scenario.ScenarioLoader;
import org.govsim.simulation.Reports;
import org.govsim.simulation.ScenarioPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrationTest {

    static final Path SCENARIO = Path.of("scenarios/openai-2023-board-crisis.yaml").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void theFitRecoversTheRatesThatMadeSyntheticCountsWithinItsIntervals() throws IOException {
        CalibrationFile file = file("""
                fit:
                  - {path: workforce.signRateDay, from: 0.1, to: 1.2}
                  - {path: workforce.signRateNight, from: 0.05, to: 1.2}
                events: none
                seeds: 6
                maxEvaluations: 120
                """);
        ScenarioPlan history = ScenarioLoader.load(SCENARIO);
        double[] truth = {0.7, 0.2};
        ScenarioPlan synthetic = withCounts(history, countsAt(file, history, truth));

        Calibration.Result fit = new Calibration(file, synthetic).fit();

        for (int i = 0; i < truth.length; i++) {
            Calibration.Estimate e = fit.estimates().get(i);
            assertThat(truth[i]).as(e.path()).isBetween(e.low(), e.high());
            assertThat(e.value()).as(e.path()).isCloseTo(truth[i], within(0.15 * truth[i]));
        }
        assertThat(fit.targets()).allSatisfy(t -> assertThat(t.error()).isCloseTo(0, within(0.02)));
    }

    @Test
    void aParameterThatMovesNoReportIsNotPinned() throws IOException {
        CalibrationFile file = file("""
                fit:
                  - {path: workforce.signRateDay, from: 0.1, to: 1.2}
                  - {path: investors.khosla.alignment, from: 0.1, to: 1.0}
                events: none
                seeds: 3
                maxEvaluations: 40
                """);
        Calibration.Result fit = new Calibration(file, ScenarioLoader.load(SCENARIO)).fit();
        assertThat(fit.estimates().get(1).pinned()).isFalse();
        assertThat(fit.estimates().get(0).pinned()).isTrue();
        assertThat(fit.leaveOneOutCountError()).isPositive();
    }

    @Test
    void theTargetsAreTheReportedCountsAndTheDatedFactsWhoseParametersWereFitted() {
        Reports reports = ScenarioLoader.load(SCENARIO).reports();
        List<Calibration.Target> fitted = Calibration.targets(reports, CalibrationFile.Events.FITTED);
        assertThat(fitted).filteredOn(t -> t.kind() == Calibration.Kind.SIGNATURES).hasSize(4);
        assertThat(fitted).extracting(Calibration.Target::label).contains("OfficerResigned brockman",
                "DirectorYielded sutskever").doesNotContain("CeoRemoved altman");
        assertThat(Calibration.targets(reports, CalibrationFile.Events.ALL)).extracting(Calibration.Target::label)
                .contains("CeoRemoved altman");
    }

    /** The runs' mean count at each reported time, with the rates at {@code truth}. */
    private static int[] countsAt(CalibrationFile file, ScenarioPlan plan, double[] truth) {
        Calibration c = new Calibration(file, plan);
        double[] unit = new double[truth.length];
        for (int i = 0; i < truth.length; i++) {
            CalibrationFile.Free f = file.free().get(i);
            unit[i] = (truth[i] - f.from()) / (f.to() - f.from());
        }
        Calibration.Measured[] runs = c.measure(unit);
        int[] counts = new int[c.targets().size()];
        for (int j = 0; j < counts.length; j++) {
            int target = j;
            counts[j] = (int) Math.round(Arrays.stream(runs).mapToDouble(r -> r.values()[target]).average().orElseThrow());
        }
        return counts;
    }

    private static ScenarioPlan withCounts(ScenarioPlan plan, int[] counts) {
        List<Reports.Checkpoint> synthetic = new ArrayList<>();
        List<Reports.Checkpoint> reported = plan.reports().checkpoints();
        for (int j = 0; j < reported.size(); j++) {
            Reports.Checkpoint c = reported.get(j);
            synthetic.add(new Reports.Checkpoint(c.at(), counts[j], "synthetic", "made by the model", List.of()));
        }
        return new ScenarioPlan(plan.id(), plan.title(), plan.seed(), plan.zone(), plan.start(), plan.horizon(),
                plan.parameters(), plan.seedWorld(), plan.script(), new Reports(List.of(), List.of(), List.of(), synthetic));
    }

    private CalibrationFile file(String body) throws IOException {
        Path f = dir.resolve("c.yaml");
        Files.writeString(f, "calibration: test\nscenario: " + SCENARIO + "\n" + body);
        return CalibrationFile.load(f);
    }
}
