package org.govsim.policy;

import static org.govsim.policy.PolicyFixture.INVESTOR;
import static org.govsim.policy.PolicyFixture.hoursAfterStart;

import org.govsim.ceo.CeoEvents.CeoAppointed;
import org.govsim.ceo.CeoEvents.CeoRemoved;
import org.govsim.investor.InvestorCommands.PressBoard;
import org.junit.jupiter.api.Test;

class InvestorsPressTheBoardTest {

    @Test
    void alignedInvestorPressesTheBoardAfterItsReactionTime() {
        PolicyFixture.givenMinimalWorld(PolicyFixture.investor("neutral", "Neutral Fund", 0.0))
                .when(new InvestorsPressTheBoard(), new CeoRemoved("alice", "m1"))
                .expectCommands(new PressBoard(INVESTOR, "reinstate Alice Able"))
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
}
