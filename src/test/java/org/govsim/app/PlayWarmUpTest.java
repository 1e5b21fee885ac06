package org.govsim.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The warm-up plays the shipped cases on a store of its own and stops when its time is up or it is told to. */
class PlayWarmUpTest {

    static final CaseLibrary LIBRARY = CaseLibrary.read(Path.of("scenarios"));

    @Test
    void aPlayUnderWayIsFinishedWhenItIsToldToStop() {
        boolean[] playing = {false};
        // not told to stop before the first play; told at once after it
        assertThat(PlayWarmUp.run(LIBRARY, Duration.ofMinutes(1), () -> {
            boolean stop = playing[0];
            playing[0] = true;
            return stop;
        })).isEqualTo(1);
    }

    @Test
    void withNoTimeItPlaysNothing() {
        assertThat(PlayWarmUp.run(LIBRARY, Duration.ZERO, () -> false)).isZero();
    }

    @Test
    void itPlaysEveryCaseAsEachOfItsDecidingRolesInARound() {
        long roles = LIBRARY.guides().stream().mapToLong(g -> g.decisions().stream()
                .map(CaseLibrary.Decision::decides).distinct().count()).sum();
        int[] asked = {0};
        // stop once one round's plays have been made: the stop is asked after each play
        int plays = PlayWarmUp.run(LIBRARY, Duration.ofMinutes(1), () -> ++asked[0] > roles);
        assertThat(plays).isEqualTo(roles);
    }

    @Test
    void toldToStopBeforeItBeginsItPlaysNothing() {
        assertThat(PlayWarmUp.run(LIBRARY, Duration.ofMinutes(1), () -> true)).isZero();
    }
}
