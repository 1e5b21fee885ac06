package org.govsim.policy;

import static org.govsim.policy.PolicyFixture.BOARD;

import org.govsim.board.BoardCommands.DemandBoardResignation;
import org.govsim.board.BoardEvents.ReasonsPublished;
import org.govsim.ceo.CeoEvents.CeoRemoved;
import org.govsim.workforce.WorkforceEvents.ExecutivesBriefed;
import org.junit.jupiter.api.Test;

class ExecutivesTurnOnTheBoardTest {

    @Test
    void loyalExecutivesBriefedOnTheRemovalDemandThatTheBoardResign() {
        PolicyFixture.givenMinimalWorld()
                .andGiven(new CeoRemoved("alice", "m1"))
                .when(new ExecutivesTurnOnTheBoard(), new ExecutivesBriefed(10, 0.9))
                .expectCommands(new DemandBoardResignation(BOARD, "executives", 10))
                .expectAllDueNow();
    }

    @Test
    void executivesLoyalExactlyAtTheBarStillDemand() {
        PolicyFixture.givenMinimalWorld()
                .andGiven(new CeoRemoved("alice", "m1"))
                .when(new ExecutivesTurnOnTheBoard(), new ExecutivesBriefed(10, ExecutivesTurnOnTheBoard.LOYALTY_TO_DEMAND))
                .expectCommands(new DemandBoardResignation(BOARD, "executives", 10));
    }

    @Test
    void executivesWhoTrustTheBoardMoreThanTheCeoDoNotTurnOnIt() {
        PolicyFixture.givenMinimalWorld()
                .andGiven(new CeoRemoved("alice", "m1"))
                .when(new ExecutivesTurnOnTheBoard(), new ExecutivesBriefed(10, 0.3))
                .expectNoCommands();
    }

    @Test
    void reasonsTheBoardPublishedWeighAgainstTheExecutivesLoyalty() {
        PolicyFixture.givenMinimalWorld()
                .andGiven(new CeoRemoved("alice", "m1"), new ReasonsPublished(0.6, "evidence"))
                .when(new ExecutivesTurnOnTheBoard(), new ExecutivesBriefed(10, 0.9))
                .expectNoCommands();
    }

    @Test
    void weakReasonsLeaveLoyalExecutivesTurningOnTheBoard() {
        PolicyFixture.givenMinimalWorld()
                .andGiven(new CeoRemoved("alice", "m1"), new ReasonsPublished(0.2, "a hint"))
                .when(new ExecutivesTurnOnTheBoard(), new ExecutivesBriefed(10, 0.9))
                .expectCommands(new DemandBoardResignation(BOARD, "executives", 10));
    }

    @Test
    void noDemandWithoutACrisis() {
        PolicyFixture.givenMinimalWorld()
                .when(new ExecutivesTurnOnTheBoard(), new ExecutivesBriefed(10, 0.9))
                .expectNoCommands();
    }
}
