package org.govsim.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.govsim.scenario.ScenarioLoader;
import org.govsim.simulation.ScenarioPlan;
import org.junit.jupiter.api.Test;

/** The historical scenario over 200 seeds: outcomes spread, and history lies inside the runs, not on one of them. */
class SeedSpreadTest {

    static final ScenarioPlan HISTORY = ScenarioLoader.load(Path.of("scenarios/openai-2023-board-crisis.yaml"));
    /** The seeds the shipped seed was chosen from: 200 from the day of the removal. */
    static final SeedSpread.Result SPREAD = SeedSpread.of(HISTORY.withSeed(20231117), 200);

    @Test
    void noSingleFinalCountCoversHalfTheRuns() {
        assertThat(SPREAD.largestFinalShare()).isLessThan(0.5);
        assertThat(SPREAD.finalCounts()).hasSizeGreaterThan(5);
    }

    @Test
    void theReturnTimeVariesFromSeedToSeed() {
        assertThat(SPREAD.distinctReturnTimes()).isGreaterThan(1);
    }

    @Test
    void everyReportedCountLiesInsideTheRunsTenToNinetyPercentBandAtItsHour() {
        assertThat(SPREAD.bands()).hasSize(4).allSatisfy(b -> assertThat(b.covers())
                .as("%d at %s against %.0f to %.0f", b.reported(), b.at(), b.p10(), b.p90()).isTrue());
    }

    @Test
    void theShippedSeedIsTheRunNearestTheMedianOfTheTwoHundred() {
        assertThat(HISTORY.seed()).isEqualTo(SPREAD.medianSeed());
    }
}
