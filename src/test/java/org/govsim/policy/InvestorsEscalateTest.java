package org.govsim.policy;

import static org.govsim.policy.PolicyFixture.INVESTOR;
import static org.govsim.policy.PolicyFixture.hoursAfterStart;

import java.util.Map;

import org.govsim.board.BoardEvents.PressureMeasured;
import org.govsim.board.PressureReading;
import org.govsim.ceo.CeoEvents.CeoAppointed;
import org.govsim.ceo.CeoEvents.CeoRemoved;
import org.govsim.investor.InvestorCommands.WeighLegalAction;
import org.govsim.investor.InvestorEvents.BoardPressed;
import org.govsim.investor.InvestorEvents.LegalActionWeighed;
import org.junit.jupiter.api.Test;

/** The investor reacts 2 hours after the removal and escalates 24 hours after that: 26 hours in all. */
class InvestorsEscalateTest {

    private static final PressureMeasured MEASURED = new PressureMeasured(1.0, new PressureReading(1.0, Map.of()), 0);

    private static PolicyFixture pressingSinceTheRemoval() {
        return PolicyFixture.givenMinimalWorld()
                .andGiven(new CeoRemoved("alice", "m1"))
                .andGivenAt(hoursAfterStart(2), new BoardPressed(INVESTOR, "reinstate Alice Able", 1.0));
    }

    @Test
    void pressingInvestorWeighsLegalActionOnceItsPatienceRunsOut() {
        pressingSinceTheRemoval()
                .when(new InvestorsEscalate(), MEASURED, hoursAfterStart(26))
                .expectCommands(new WeighLegalAction(INVESTOR))
                .expectAllDueNow();
    }

    @Test
    void pressingInvestorWaitsWhileItsPatienceLasts() {
        pressingSinceTheRemoval()
                .when(new InvestorsEscalate(), MEASURED, hoursAfterStart(25))
                .expectNoCommands();
    }

    @Test
    void investorWhoNeverPressedDoesNotEscalate() {
        PolicyFixture.givenMinimalWorld()
                .andGiven(new CeoRemoved("alice", "m1"))
                .when(new InvestorsEscalate(), MEASURED, hoursAfterStart(30))
                .expectNoCommands();
    }

    @Test
    void investorAlreadyWeighingLegalActionDoesNotEscalateAgain() {
        pressingSinceTheRemoval()
                .andGivenAt(hoursAfterStart(26), new LegalActionWeighed(INVESTOR, 1.0))
                .when(new InvestorsEscalate(), MEASURED, hoursAfterStart(27))
                .expectNoCommands();
    }

    @Test
    void noEscalationOnceTheCeoHasReturned() {
        pressingSinceTheRemoval()
                .andGivenAt(hoursAfterStart(20), new CeoAppointed("alice", false, "s1", true, null))
                .when(new InvestorsEscalate(), MEASURED, hoursAfterStart(30))
                .expectNoCommands();
    }
}
