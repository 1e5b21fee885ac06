package org.govsim.policy;

import static org.govsim.policy.PolicyFixture.BOARD;

import java.util.List;

import org.govsim.board.BoardCommands.CarryOutJudgment;
import org.govsim.litigation.LitigationEvents.Relief;
import org.govsim.litigation.LitigationEvents.SuitDecided;
import org.govsim.shareholders.ShareholderCommands.VoidDesignationRights;
import org.junit.jupiter.api.Test;

/** A fund's suit asks that Carol leave the board and that the founder lose his right to designate directors. */
class JudgmentsAreCarriedOutTest {

    private static final Relief RELIEF = new Relief(List.of("carol"), List.of("founder"));

    @Test
    void aJudgmentForThePlaintiffRemovesTheDirectorsAndVoidsTheRights() {
        PolicyFixture.givenMinimalWorld()
                .when(new JudgmentsAreCarriedOut(), new SuitDecided("s1", true, RELIEF, "fraud"))
                .expectCommands(new CarryOutJudgment(BOARD, List.of("carol"), "s1"),
                        new VoidDesignationRights("founder", "the judgment in s1"));
    }

    @Test
    void aJudgmentForTheDefendantsChangesNothing() {
        PolicyFixture.givenMinimalWorld()
                .when(new JudgmentsAreCarriedOut(), new SuitDecided("s1", false, RELIEF, "no fraud shown"))
                .expectNoCommands();
    }
}
