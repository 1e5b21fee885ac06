package org.govsim.policy;

import static org.govsim.policy.PolicyFixture.OFFICE;
import static org.govsim.policy.PolicyFixture.T0;

import java.time.Duration;
import java.util.List;

import org.govsim.ceo.CeoCommands.AnswerLetter;
import org.govsim.shareholders.ShareholderEvents.HoldersLetterSent;
import org.junit.jupiter.api.Test;

/**
 * Holders write to Alice, the CEO (a director who does not give way to pressure), to Carol (a director of resolve 10)
 * or to Murati (an officer with no seat), demanding a resignation within eight hours.
 */
class LettersAreWeighedTest {

    private static HoldersLetterSent letter(String to, String role, double shareOfVotes) {
        return new HoldersLetterSent("l1", List.of("fund"), to, role, "resign today", T0.plus(Duration.ofHours(8)), 0.2,
                shareOfVotes);
    }

    @Test
    void aDirectorResignsTheOfficeWhenTheSignersVotesWeighAsMuchAsTheirResolve() {
        PolicyFixture.givenMinimalWorld()
                .when(new LettersAreWeighed(), letter("carol", "cto", 0.12))
                .expectCommands(new AnswerLetter(OFFICE, "carol", "cto", "l1", true, "resigns, as the holders' letter "
                        + "demands: its signers' 12.0% of the votes weigh as much as their resolve 10"))
                .expectAllDueAfterHours(8);
    }

    @Test
    void aDirectorWhoseResolveOutweighsTheSignersVotesRefuses() {
        PolicyFixture.givenMinimalWorld()
                .when(new LettersAreWeighed(), letter("alice", "ceo", 0.39))
                .expectCommands(new AnswerLetter(OFFICE, "alice", "ceo", "l1", false,
                        "the signers' 39.0% of the votes weigh less than their resolve 1000000"));
    }

    @Test
    void anOfficerWithoutASeatGivesWay() {
        PolicyFixture.givenMinimalWorld()
                .when(new LettersAreWeighed(), letter("murati", "cto", 0.05))
                .expectCommands(new AnswerLetter(OFFICE, "murati", "cto", "l1", true, "resigns, as the holders' letter "
                        + "demands: its signers' 5.0% of the votes weigh as much as an officer who holds no seat on the "
                        + "board from which to resist them"));
    }

    @Test
    void cashTheSignersProvideWeighsWithTheirVotes() {
        org.govsim.financing.FinancingEvents.FundingRegistered funding = new org.govsim.financing.FinancingEvents
                .FundingRegistered(List.of(new org.govsim.financing.FinancingEvents.Source("warrant", "the fund's "
                + "warrant", "fund", 1e9, null), new org.govsim.financing.FinancingEvents.Source("ipo", "the offering",
                null, 3e9, null)), null);
        // 5% of the votes and a quarter of the cash: 30 points against carol's resolve of 10
        PolicyFixture.givenMinimalWorld(funding)
                .when(new LettersAreWeighed(), letter("carol", "cto", 0.05))
                .expectCommands(new AnswerLetter(OFFICE, "carol", "cto", "l1", true, "resigns, as the holders' letter "
                        + "demands: its signers' 5.0% of the votes and 25% of the cash still available weigh as much as "
                        + "their resolve 10"));
    }
}
