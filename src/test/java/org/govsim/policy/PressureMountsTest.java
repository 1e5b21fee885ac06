package org.govsim.policy;

import static org.govsim.policy.PolicyFixture.BOARD;
import static org.govsim.policy.PolicyFixture.hoursAfterStart;

import java.util.Map;

import org.govsim.board.BoardCommands.RecordPressure;
import org.govsim.board.BoardEvents.PressureMeasured;
import org.govsim.board.PressureReading;
import org.govsim.ceo.CeoEvents.CeoAppointed;
import org.govsim.ceo.CeoEvents.CeoRemoved;
import org.govsim.simulation.ModelParameters;
import org.junit.jupiter.api.Test;

class PressureMountsTest {

    /** A measurement the tick chain itself took. */
    private static final String TICK = "policy:pressure-mounts";
    private static final PressureMeasured MEASURED = new PressureMeasured(1.0, new PressureReading(1.0, Map.of("letter", 1.0)), 0);

    @Test
    void removalOfTheCeoStartsMeasuringThePressure() {
        PolicyFixture.givenMinimalWorld()
                .when(new PressureMounts(), new CeoRemoved("alice", "m1"))
                .expectCommands(new RecordPressure(BOARD, 1.0, null, 0))
                .expectDue(hoursAfterStart(1));
    }

    @Test
    void pressureIsMeasuredAgainEveryTickWhileTheCrisisLasts() {
        ModelParameters p = PolicyFixture.defaultParameters();
        ModelParameters twoHourly = new ModelParameters(2.0, p.tallyTickHours(), p.weightExecutiveDemand(),
                p.weightInterimBacking(), p.weightSignatures(), p.outsideOfferMultiplier(), p.legalMultiplier(),
                p.weightResignations(), p.letterOrganiseHours(), p.letterUltimatumHours(), p.leaveRatePerHour(),
                p.offerThresholdDiscount(), p.pressureTolerance());
        PolicyFixture.givenMinimalWorld(PolicyFixture.started(twoHourly))
                .andGiven(new CeoRemoved("alice", "m1"))
                .when(new PressureMounts(), MEASURED, hoursAfterStart(5), TICK)
                .expectCommands(new RecordPressure(BOARD, 2.0, null, 0))
                .expectDue(hoursAfterStart(7));
    }

    @Test
    void aReadingTakenForAnotherReasonStartsNoSecondChainOfTicks() {
        PolicyFixture.givenMinimalWorld()
                .andGiven(new CeoRemoved("alice", "m1"))
                .when(new PressureMounts(), MEASURED, hoursAfterStart(5), "policy:shareholders-rebuke-the-board")
                .expectNoCommands();
    }

    @Test
    void noSecondMeasurementIsStartedWhileOneIsPending() {
        PolicyFixture.givenMinimalWorld()
                .andScheduled(hoursAfterStart(1), new RecordPressure(BOARD, 1.0, null, 0))
                .when(new PressureMounts(), new CeoRemoved("alice", "m1"))
                .expectNoCommands();
    }

    @Test
    void measuringStopsOnceTheCeoHasReturned() {
        PolicyFixture.givenMinimalWorld()
                .andGiven(new CeoRemoved("alice", "m1"), new CeoAppointed("alice", false, "s1", true, null))
                .when(new PressureMounts(), MEASURED, hoursAfterStart(5), TICK)
                .expectNoCommands();
    }

    @Test
    void noPressureWithoutACrisis() {
        PolicyFixture.givenMinimalWorld()
                .when(new PressureMounts(), MEASURED)
                .expectNoCommands();
    }
}
