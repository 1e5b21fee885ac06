package org.govsim.policy;

import static org.govsim.policy.PolicyFixture.BOARD;

import java.util.Map;

import org.govsim.board.BoardCommands.YieldToPressure;
import org.govsim.board.BoardEvents.DirectorYielded;
import org.govsim.board.BoardEvents.PressureMeasured;
import org.govsim.board.PressureReading;
import org.govsim.ceo.CeoEvents.CeoRemoved;
import org.junit.jupiter.api.Test;

/** Carol gives way at a strain of 10, Dave at 20, Erin at 30, Frank at 40; Alice and Bob bear no strain. */
class ResolveGivesWayTest {

    private static PressureMeasured measured(double hours, double total) {
        return new PressureMeasured(hours, new PressureReading(total, Map.of("investor/backer", total)), 0);
    }

    @Test
    void directorGivesWayOnceStrainReachesHerResolve() {
        PolicyFixture.givenMinimalWorld()
                .andGiven(new CeoRemoved("alice", "m1"))
                .when(new ResolveGivesWay(), measured(5, 2)) // strain 10
                .expectCommands(new YieldToPressure(BOARD, "carol"))
                .expectAllDueNow();
    }

    @Test
    void strainAccumulatesOverMeasurements() {
        PolicyFixture.givenMinimalWorld()
                .andGiven(new CeoRemoved("alice", "m1"), measured(5, 3), new DirectorYielded("carol", 15, 10))
                .when(new ResolveGivesWay(), measured(2, 3)) // strain 21
                .expectCommands(new YieldToPressure(BOARD, "dave"));
    }

    @Test
    void directorsHoldWhileStrainIsBelowTheirResolve() {
        PolicyFixture.givenMinimalWorld()
                .andGiven(new CeoRemoved("alice", "m1"))
                .when(new ResolveGivesWay(), measured(3, 3)) // strain 9
                .expectNoCommands();
    }

    @Test
    void nothingGivesWayWithoutAMeasurement() {
        PolicyFixture.givenMinimalWorld()
                .andGiven(new CeoRemoved("alice", "m1"), measured(50, 3))
                .when(new ResolveGivesWay(), new DirectorYielded("carol", 150, 10))
                .expectNoCommands();
    }
}
