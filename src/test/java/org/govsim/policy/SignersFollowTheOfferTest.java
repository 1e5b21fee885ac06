package org.govsim.policy;

import static org.govsim.policy.PolicyFixture.LETTER_DEMANDS;
import static org.govsim.policy.PolicyFixture.WORKFORCE;
import static org.govsim.policy.PolicyFixture.hoursAfterStart;

import java.util.Map;

import org.govsim.board.BoardEvents.PressureMeasured;
import org.govsim.board.PressureReading;
import org.govsim.ceo.CeoEvents.CeoAppointed;
import org.govsim.ceo.CeoEvents.CeoRemoved;
import org.govsim.workforce.WorkforceCommands.LeaveForOffer;
import org.govsim.workforce.WorkforceEvents.LetterOpened;
import org.govsim.workforce.WorkforceEvents.LetterSigned;
import org.govsim.workforce.WorkforceEvents.OutsideOfferExtended;
import org.junit.jupiter.api.Test;

/** The letter's ultimatum runs 72 hours; signers then leave at 0.05 an hour. */
class SignersFollowTheOfferTest {

    private static final PressureMeasured MEASURED = new PressureMeasured(1.0, new PressureReading(2.0, Map.of()), 0);

    private static PolicyFixture letterWithAnOffer() {
        return PolicyFixture.givenMinimalWorld()
                .andGiven(new CeoRemoved("alice", "m1"), new LetterOpened(LETTER_DEMANDS, "an outsider"),
                        new LetterSigned(60, 60, 100))
                .andGivenAt(hoursAfterStart(10), new OutsideOfferExtended("Backer Corp", 0.1));
    }

    @Test
    void signersBeginToLeaveOnceTheUltimatumHasRunOut() {
        letterWithAnOffer()
                .when(new SignersFollowTheOffer(), MEASURED, hoursAfterStart(72))
                .expectCommands(new LeaveForOffer(WORKFORCE, hoursAfterStart(72), 1.0, 0.05))
                .expectAllDueNow();
    }

    @Test
    void signersWaitWhileTheUltimatumRuns() {
        letterWithAnOffer()
                .when(new SignersFollowTheOffer(), MEASURED, hoursAfterStart(71))
                .expectNoCommands();
    }

    @Test
    void signersWithoutAnOfferStay() {
        PolicyFixture.givenMinimalWorld()
                .andGiven(new CeoRemoved("alice", "m1"), new LetterOpened(LETTER_DEMANDS, "an outsider"),
                        new LetterSigned(60, 60, 100))
                .when(new SignersFollowTheOffer(), MEASURED, hoursAfterStart(100))
                .expectNoCommands();
    }

    @Test
    void signersStayOnceTheCeoHasReturned() {
        letterWithAnOffer()
                .andGivenAt(hoursAfterStart(50), new CeoAppointed("alice", false, "s1", true, null))
                .when(new SignersFollowTheOffer(), MEASURED, hoursAfterStart(80))
                .expectNoCommands();
    }
}
