package org.govsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.govsim.board.BoardEvents.DirectorYielded;
import org.govsim.board.BoardEvents.PressureMeasured;
import org.govsim.board.PressureReading;
import org.govsim.ceo.CeoEvents.CeoAppointed;
import org.govsim.ceo.CeoEvents.CeoRemoved;
import org.govsim.ceo.CeoEvents.CommittedElsewhere;
import org.govsim.investor.InvestorEvents.BoardPressed;
import org.govsim.investor.InvestorEvents.LegalActionWeighed;
import org.govsim.policy.PolicyFixture;
import org.govsim.workforce.WorkforceEvents.LetterOpened;
import org.govsim.workforce.WorkforceEvents.LetterSigned;
import org.junit.jupiter.api.Test;

/**
 * The end-of-run summary in the minimal world: six directors (alice and bob beyond the reach of strain; carol, dave,
 * erin and frank giving way at 10, 20, 30 and 40), a workforce of 100, one investor.
 */
class SummaryTest {

    private static final CeoRemoved REMOVED = new CeoRemoved("alice", "m1");

    /** Five hours at 8 against a tolerance of 5: a strain of 15 on each director it reaches. */
    private static final PressureMeasured HARD = new PressureMeasured(5, new PressureReading(8.0, Map.of()), 5.0);

    /** Five hours at 2: the strain eases back to nothing. */
    private static final PressureMeasured EASING = new PressureMeasured(5, new PressureReading(2.0, Map.of()), 5.0);

    @Test
    void aBoardThatHeldSaysWhichStrainFellShortOfWhichResolveAndWhatThePressureWasAgainstItsTolerance() {
        PolicyFixture f = PolicyFixture.givenMinimalWorld()
                .andGiven(REMOVED, HARD, new DirectorYielded("carol", 15, 10), EASING);
        assertThat(Summary.of(f.world())).last().isEqualTo("The board held: 1 of 6 directors gave way, 4 needed; "
                + "the strain on Dave Dunn peaked at 15 against a resolve of 20 (Erin East 15 of 30; Frank Fox 15 of 40); "
                + "the pressure peaked at 8.0 an hour against a tolerance of 5.0; no letter was opened; "
                + "no investor escalated");
    }

    @Test
    void aBoardThatHeldSaysHowFarTheLetterGotAndWhoEscalated() {
        PolicyFixture f = PolicyFixture.givenMinimalWorld()
                .andGiven(REMOVED, new LetterOpened(PolicyFixture.LETTER_DEMANDS, "an outsider"),
                        new LetterSigned(41, 41, 100), new BoardPressed("backer", "reinstate Alice Able", 1.0),
                        new LegalActionWeighed("backer", 2.0), HARD);
        assertThat(Summary.of(f.world())).last().asString()
                .startsWith("The board held: 0 of 6 directors gave way, 4 needed; the strain on Carol Cole peaked at 15 "
                        + "against a resolve of 10")
                .endsWith("; signatures peaked at 41% (41 of 100); Backer Corp escalated");
    }

    @Test
    void aBoardThatGaveWayWithTheCeoCommittedElsewhereSaysSo() {
        PolicyFixture f = PolicyFixture.givenMinimalWorld()
                .andGiven(REMOVED, new CommittedElsewhere("alice", "Backer Corp"), new DirectorYielded("carol", 15, 10),
                        new DirectorYielded("dave", 25, 20), new DirectorYielded("erin", 35, 30),
                        new DirectorYielded("frank", 45, 40));
        assertThat(Summary.of(f.world())).last().isEqualTo("Alice Able is not back though the board gave way "
                + "(4 of 6 directors): Alice Able has committed to another employer");
    }

    @Test
    void aCeoWhoReturnedOrWasNeverRemovedNeedsNoExplanation() {
        assertThat(Summary.of(PolicyFixture.givenMinimalWorld().world())).hasSize(3);
        PolicyFixture back = PolicyFixture.givenMinimalWorld()
                .andGiven(REMOVED, HARD, new CeoAppointed("alice", false, "s1", true, null));
        assertThat(Summary.of(back.world())).hasSize(3).noneMatch(line -> line.contains("held"));
    }
}
