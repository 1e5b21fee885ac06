package org.govsim.policy;

import static org.govsim.policy.PolicyFixture.BOARD;

import java.util.List;

import org.govsim.board.BoardCommands.ResignFromBoard;
import org.govsim.shareholders.ShareholderEvents.ElectionHeld;
import org.govsim.shareholders.ShareholderEvents.NomineeResult;
import org.junit.jupiter.api.Test;

/** A director the stockholders did not re-elect leaves the board at once; one they elected stays. */
class NomineesNotElectedLeaveTheBoardTest {

    private static final String WHY = "not re-elected: more votes withheld than cast for under majority voting, so the "
            + "resignation its policy asks for is tendered and accepted";

    @Test
    void aSittingDirectorWhoIsNotReElectedResigns() {
        PolicyFixture.givenMinimalWorld()
                .when(new NomineesNotElectedLeaveTheBoard(), new ElectionHeld("annual", "majority",
                        List.of(new NomineeResult("carol", 40, 60, false), new NomineeResult("dave", 90, 10, true))))
                .expectCommands(new ResignFromBoard(BOARD, "carol", WHY))
                .expectAllDueNow();
    }

    @Test
    void underPluralityEveryUnopposedNomineeIsElectedAndNobodyLeaves() {
        PolicyFixture.givenMinimalWorld()
                .when(new NomineesNotElectedLeaveTheBoard(), new ElectionHeld("annual", "plurality",
                        List.of(new NomineeResult("carol", 40, 60, true))))
                .expectNoCommands();
    }

    @Test
    void aNomineeWhoWasNotADirectorHasNoSeatToLeave() {
        PolicyFixture.givenMinimalWorld()
                .when(new NomineesNotElectedLeaveTheBoard(), new ElectionHeld("annual", "majority",
                        List.of(new NomineeResult("olivia", 10, 90, false))))
                .expectNoCommands();
    }
}
