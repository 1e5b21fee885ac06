package org.govsim.policy;

import static org.govsim.policy.PolicyFixture.OFFICE;
import static org.govsim.policy.PolicyFixture.T0;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.govsim.ceo.CeoCommands.AnswerLetter;
import org.govsim.financing.FinancingEvents.FundingRegistered;
import org.govsim.financing.FinancingEvents.Source;
import org.govsim.shareholders.ShareholderCommands.CallForAnswer;
import org.govsim.shareholders.ShareholderEvents.HolderRegistered;
import org.govsim.shareholders.ShareholderEvents.HoldersLetterSent;
import org.govsim.shareholders.ShareholderEvents.LetterDeadlinePassed;
import org.govsim.shareholders.ShareholderEvents.ShareCapitalRegistered;
import org.govsim.shareholders.ShareholderEvents.ShareClass;
import org.junit.jupiter.api.Test;

/**
 * A fund writes to Alice, the CEO (a director who does not give way to pressure), to Carol (a director of resolve 10)
 * or to Murati (an officer with no seat), demanding a resignation within eight hours; at the deadline the letter is
 * weighed.
 */
class LettersAreWeighedTest {

    private static final ShareCapitalRegistered STOCK = new ShareCapitalRegistered(
            List.of(new ShareClass("common", "common stock", 100, 1)), "plurality", "s1");
    private static final HolderRegistered FUND = new HolderRegistered("fund", "the fund", Map.of("common", 5L), Map.of(),
            null);

    private static HoldersLetterSent letter(String to, String role) {
        return new HoldersLetterSent("l1", List.of("fund"), to, role, "resign today", T0.plus(Duration.ofHours(8)), 0.05,
                0.05);
    }

    @Test
    void theLetterIsWeighedWhenItsDeadlineComes() {
        PolicyFixture.givenMinimalWorld(STOCK, FUND)
                .when(new LettersAreWeighed(), letter("carol", "cto"))
                .expectCommands(new CallForAnswer("l1"))
                .expectAllDueAfterHours(8);
    }

    @Test
    void aDirectorResignsTheOfficeWhenTheSignersVotesWeighAsMuchAsTheirResolve() {
        PolicyFixture.givenMinimalWorld(STOCK, FUND, letter("carol", "cto"))
                .when(new LettersAreWeighed(), new LetterDeadlinePassed("l1", 0.12))
                .expectCommands(new AnswerLetter(OFFICE, "carol", "cto", "l1", true, "resigns, as the holders' letter "
                        + "demands: its signers' 12.0% of the votes weigh 12 points against Carol Cole's resolve of 10"))
                .expectAllDueNow();
    }

    @Test
    void aDirectorWhoseResolveOutweighsTheSignersVotesRefuses() {
        PolicyFixture.givenMinimalWorld(STOCK, FUND, letter("alice", "ceo"))
                .when(new LettersAreWeighed(), new LetterDeadlinePassed("l1", 0.39))
                .expectCommands(new AnswerLetter(OFFICE, "alice", "ceo", "l1", false,
                        "its signers' 39.0% of the votes weigh 39 points against Alice Able's resolve of 1000000"));
    }

    @Test
    void anOfficerWithoutASeatGivesWay() {
        PolicyFixture.givenMinimalWorld(STOCK, FUND, letter("murati", "cto"))
                .when(new LettersAreWeighed(), new LetterDeadlinePassed("l1", 0.05))
                .expectCommands(new AnswerLetter(OFFICE, "murati", "cto", "l1", true, "resigns, as the holders' letter "
                        + "demands: without a seat on the board Mira Murati has no standing against signers who hold "
                        + "5.0% of the votes"));
    }

    @Test
    void cashTheSignersProvideWeighsWithTheirVotes() {
        FundingRegistered funding = new FundingRegistered(List.of(new Source("warrant", "the fund's warrant", "fund", 1e9,
                null), new Source("ipo", "the offering", null, 3e9, null)), null);
        // 5% of the votes and a quarter of the cash: 30 points against carol's resolve of 10
        PolicyFixture.givenMinimalWorld(STOCK, FUND, funding, letter("carol", "cto"))
                .when(new LettersAreWeighed(), new LetterDeadlinePassed("l1", 0.05))
                .expectCommands(new AnswerLetter(OFFICE, "carol", "cto", "l1", true, "resigns, as the holders' letter "
                        + "demands: its signers' 5.0% of the votes and 25% of the cash still available weigh 30 points "
                        + "against Carol Cole's resolve of 10"));
    }
}
