package org.govsim.policy;

import org.govsim.investor.InvestorEvents.LegalActionWeighed;
import org.govsim.investor.InvestorEvents.BoardPressed;
import org.govsim.investor.InvestorCommands.StandDown;
import static org.govsim.policy.PolicyFixture.INVESTOR;
import static org.govsim.policy.PolicyFixture.hoursAfterStart;

import java.util.List;

import org.govsim.ceo.CeoEvents.CeoAppointed;
import org.govsim.ceo.CeoEvents.CeoRemoved;
import org.govsim.investor.InvestorCommands.PressBoard;
import org.govsim.simulation.SimulationEvents.OnlyIf;
import org.junit.jupiter.api.Test;

class InvestorsPressTheBoardTest {

    @Test
    void alignedInvestorPressesTheBoardAfterItsReactionTime() {
        PolicyFixture.givenMinimalWorld(PolicyFixture.investor("neutral", "Neutral Fund", 0.0))
                .when(new InvestorsPressTheBoard(), new CeoRemoved("alice", "m1"))
                .expectCommands(new OnlyIf(List.of("ceo-removed"), new PressBoard(INVESTOR, "reinstate Alice Able")))
                .expectDue(hoursAfterStart(2));
    }

    @Test
    void investorWithoutAlignmentStaysOut() {
        PolicyFixture.givenMinimalWorld(PolicyFixture.investor(INVESTOR, "Backer Corp", 0.0))
                .when(new InvestorsPressTheBoard(), new CeoRemoved("alice", "m1"))
                .expectNoCommands();
    }

    @Test
    void investorsDoNotPressOverAnAppointment() {
        PolicyFixture.givenMinimalWorld()
                .andGiven(new CeoRemoved("alice", "m1"))
                .when(new InvestorsPressTheBoard(), new CeoAppointed("murati", true, "m1", false, null))
                .expectNoCommands();
    }

    @Test
    void investorsStandDownOnceTheCeoTheyDemandedIsBack() {
        PolicyFixture.givenMinimalWorld()
                .andGiven(new CeoRemoved("alice", "m1"), new BoardPressed(INVESTOR, "reinstate Alice Able", 1.0),
                        new LegalActionWeighed(INVESTOR, 1.0))
                .when(new InvestorsPressTheBoard(), new CeoAppointed("alice", false, "s1", true, null))
                .expectCommands(new StandDown(INVESTOR, "reinstate Alice Able", "Alice Able is back as CEO"))
                .expectAllDueNow();
    }

    @Test
    void investorWhoDidNotPressHasNothingToStandDownFrom() {
        PolicyFixture.givenMinimalWorld()
                .andGiven(new CeoRemoved("alice", "m1"))
                .when(new InvestorsPressTheBoard(), new CeoAppointed("alice", false, "s1", true, null))
                .expectNoCommands();
    }

    @Test
    void investorPressingForAnotherCeoKeepsPressing() {
        PolicyFixture.givenMinimalWorld()
                .andGiven(new CeoRemoved("alice", "m1"), new BoardPressed(INVESTOR, "reinstate Bob Brave", 1.0))
                .when(new InvestorsPressTheBoard(), new CeoAppointed("alice", false, "s1", true, null))
                .expectNoCommands();
    }
}
