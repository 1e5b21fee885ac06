package org.govsim.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govsim.policy.PolicyFixture.BOARD;

import java.util.List;
import java.util.Map;

import org.govsim.board.BoardCommands.RecordPressure;
import org.govsim.shareholders.ShareholderEvents.ElectionHeld;
import org.govsim.shareholders.ShareholderEvents.NomineeResult;
import org.junit.jupiter.api.Test;

/** A withheld vote against a sitting director is read by the board once, as an hour of pressure. */
class ShareholdersRebukeTheBoardTest {

    private static ElectionHeld election(String person, long withheld) {
        return new ElectionHeld("annual", "plurality", List.of(new NomineeResult(person, 100 - withheld, withheld, true)));
    }

    @Test
    void votesWithheldFromADirectorPutTheBoardUnderPressureOnce() {
        PolicyFixture.givenMinimalWorld()
                .when(new ShareholdersRebukeTheBoard(), election("carol", 43))
                .expectCommands(new RecordPressure(BOARD, 1,
                        new org.govsim.board.PressureReading(43.0, Map.of("shareholders", 43.0)), 0))
                .expectAllDueNow();
    }

    @Test
    void anElectionWithNothingWithheldIsNoRebuke() {
        PolicyFixture.givenMinimalWorld()
                .when(new ShareholdersRebukeTheBoard(), election("carol", 0))
                .expectNoCommands();
    }

    @Test
    void votesWithheldFromANomineeWhoIsNotADirectorRebukeNoDirector() {
        PolicyFixture.givenMinimalWorld()
                .when(new ShareholdersRebukeTheBoard(), election("olivia", 60))
                .expectNoCommands();
    }

    @Test
    void theRebukeIsThePercentWithheldFromTheMostRebukedDirectorReadOnceNotAtLaterTicks() {
        ElectionHeld election = new ElectionHeld("annual", "plurality", List.of(new NomineeResult("carol", 57, 43, true),
                new NomineeResult("dave", 80, 20, true)));
        PolicyFixture world = PolicyFixture.givenMinimalWorld().andGiven(election);
        assertThat(PressureGauge.rebuke(election, world.world()).components()).isEqualTo(Map.of("shareholders", 43.0));
        assertThat(PressureGauge.read(world.world()).components()).doesNotContainKey("shareholders");
    }
}
