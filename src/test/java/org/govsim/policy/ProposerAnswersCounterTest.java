package org.govsim.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govsim.policy.PolicyFixture.BOARD;
import static org.govsim.policy.PolicyFixture.INVESTOR;

import java.util.List;

import org.govsim.board.BoardCommands.AnswerCounter;
import org.govsim.board.BoardCommands.SettlementTerms;
import org.govsim.board.BoardEvents.DirectorYielded;
import org.govsim.board.BoardEvents.SettlementCountered;
import org.govsim.board.BoardEvents.SettlementProposed;
import org.govsim.ceo.CeoEvents.CommittedElsewhere;
import org.junit.jupiter.api.Test;

/**
 * Olivia asks the six directors to make Alice CEO and clear the board; Erin counters, keeping her seat. Four directors
 * carry a motion.
 */
class ProposerAnswersCounterTest {

    private static final SettlementTerms ASKED = new SettlementTerms("alice", List.of("gina"), "gina",
            List.of("alice", "bob", "carol", "dave", "erin", "frank"), List.of());
    private static final SettlementTerms COUNTER = new SettlementTerms("alice", List.of("gina"), "gina",
            List.of("alice", "bob", "carol", "dave", "frank"), List.of());
    private static final AnswerCounter DUE = new AnswerCounter(BOARD, "s1-counter", "olivia", null, null);

    private static PolicyFixture countered(SettlementTerms counter, String... yielded) {
        PolicyFixture f = PolicyFixture.givenMinimalWorld();
        for (String d : yielded) {
            f.andGiven(new DirectorYielded(d, 50, 10));
        }
        return f.andGiven(new SettlementProposed("s1", "olivia", ASKED, null),
                new SettlementCountered("s1", "s1-counter", "erin", counter, null, "why"));
    }

    @Test
    void aProposerFarFromCarryingHisOwnTermsAcceptsACounterThatKeepsTheOfficeHeAskedFor() {
        assertThat(new ProposerAnswersCounter().prepare(DUE, countered(COUNTER, "carol").world()))
                .isEqualTo(DUE.answered(true, "2 of 6 directors would vote for it, 1 for his own terms"));
    }

    @Test
    void aProposerOneDirectorShortOfCarryingHisOwnTermsHoldsOutForThem() {
        assertThat(new ProposerAnswersCounter().prepare(DUE, countered(COUNTER, "carol", "dave", "frank").world()))
                .isEqualTo(DUE.answered(false, "3 of 6 directors back his own terms, 4 would carry them: he holds out"
                        + " for them"));
    }

    @Test
    void aCounterThatGivesTheOfficeToAnotherIsRejected() {
        SettlementTerms otherCeo = new SettlementTerms("murati", List.of("gina"), "gina",
                List.of("alice", "bob", "carol", "dave", "frank"), List.of());
        assertThat(new ProposerAnswersCounter().prepare(DUE, countered(otherCeo, "carol").world()))
                .isEqualTo(DUE.answered(false, "it does not give Alice Able the office asked for"));
    }

    @Test
    void theAnswerReadsTheBoardWhenItIsGivenNotWhenTheCounterWasMade() {
        PolicyFixture world = countered(COUNTER, "carol").andGiven(new CommittedElsewhere("alice", INVESTOR));
        assertThat(new ProposerAnswersCounter().prepare(DUE, world.world()))
                .isEqualTo(DUE.answered(false, "Alice Able has committed to another employer"));
    }

    @Test
    void anAnswerAlreadyMadeIsLeftAsItIs() {
        AnswerCounter made = DUE.answered(true, "agreed");
        assertThat(new ProposerAnswersCounter().prepare(made, countered(COUNTER).world())).isSameAs(made);
    }
}
