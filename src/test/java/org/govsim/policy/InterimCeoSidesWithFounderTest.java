package org.govsim.policy;

import static org.govsim.policy.PolicyFixture.BOARD;

import java.util.List;

import org.govsim.board.BoardCommands.DemandBoardResignation;
import org.govsim.board.BoardCommands.SettlementTerms;
import org.govsim.board.BoardEvents.SettlementProposed;
import org.govsim.ceo.CeoEvents.CeoAppointed;
import org.govsim.ceo.CeoEvents.CeoRemoved;
import org.govsim.organisation.Organisation.Loyalist;
import org.junit.jupiter.api.Test;

class InterimCeoSidesWithFounderTest {

    private static final SettlementTerms TERMS = new SettlementTerms("alice", List.of(), null, List.of("carol"), List.of());

    private static PolicyFixture muratiLoyalToAlice() {
        return PolicyFixture.givenMinimalWorld(PolicyFixture.organisation(List.of(
                new Loyalist("murati", "cto", 0, "alice", false, 0, "s1")), List.of()))
                .andGiven(new CeoRemoved("alice", "m1"));
    }

    @Test
    void loyalInterimCeoBacksTheRemovedCeoWhenHeComesToNegotiate() {
        muratiLoyalToAlice()
                .andGiven(new CeoAppointed("murati", true, "m1", false, null))
                .when(new InterimCeoSidesWithFounder(), new SettlementProposed("s1", "alice", TERMS, null))
                .expectCommands(new DemandBoardResignation(BOARD, "murati", 1))
                .expectAllDueNow();
    }

    @Test
    void outsiderInterimCeoDoesNotSideWithTheFounder() {
        muratiLoyalToAlice()
                .andGiven(new CeoAppointed("olivia", true, "m2", false, null))
                .when(new InterimCeoSidesWithFounder(), new SettlementProposed("s1", "alice", TERMS, null))
                .expectNoCommands();
    }

    @Test
    void loyalInterimCeoDoesNotBackTermsFromSomeoneWhoWasNotRemoved() {
        muratiLoyalToAlice()
                .andGiven(new CeoAppointed("murati", true, "m1", false, null))
                .when(new InterimCeoSidesWithFounder(), new SettlementProposed("s1", "bob", TERMS, null))
                .expectNoCommands();
    }

    @Test
    void permanentCeoDoesNotSideWithTheFounder() {
        muratiLoyalToAlice()
                .andGiven(new CeoAppointed("murati", false, "m1", false, null))
                .when(new InterimCeoSidesWithFounder(), new SettlementProposed("s1", "alice", TERMS, null))
                .expectNoCommands();
    }
}
