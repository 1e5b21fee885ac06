package org.govsim.policy;

import static org.govsim.policy.PolicyFixture.INVESTOR;
import static org.govsim.policy.PolicyFixture.WORKFORCE;

import java.util.List;

import org.govsim.investor.InvestorEvents.OutsideOfferMade;
import org.govsim.workforce.WorkforceCommands.ReceiveOutsideOffer;
import org.junit.jupiter.api.Test;

class OutsideOfferRaisesTheStakesTest {

    @Test
    void offerToTheRemovedLeadersAndTheirColleaguesReachesEveryEmployee() {
        PolicyFixture.givenMinimalWorld()
                .when(new OutsideOfferRaisesTheStakes(),
                        new OutsideOfferMade(INVESTOR, List.of("alice", "bob"), true, "lead a new unit"))
                .expectCommands(new ReceiveOutsideOffer(WORKFORCE, "Backer Corp", 0.1))
                .expectAllDueNow();
    }

    @Test
    void offerToTheLeadersAloneDoesNotReachTheStaff() {
        PolicyFixture.givenMinimalWorld()
                .when(new OutsideOfferRaisesTheStakes(),
                        new OutsideOfferMade(INVESTOR, List.of("alice", "bob"), false, "lead a new unit"))
                .expectNoCommands();
    }
}
