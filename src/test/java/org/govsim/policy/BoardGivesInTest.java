package org.govsim.policy;

import static org.govsim.policy.PolicyFixture.BOARD;
import static org.govsim.policy.PolicyFixture.INVESTOR;
import static org.govsim.policy.PolicyFixture.OFFICE;
import static org.govsim.policy.PolicyFixture.T0;
import static org.govsim.policy.PolicyFixture.hoursAfterStart;

import java.util.List;

import org.govsim.board.BoardCommands.AnswerCounter;
import org.govsim.board.BoardCommands.CounterSettlement;
import org.govsim.board.BoardCommands.LapseSettlement;
import org.govsim.board.BoardCommands.Method;
import org.govsim.board.BoardCommands.PutMotionToVote;
import org.govsim.board.BoardCommands.SettlementTerms;
import org.govsim.board.BoardCommands.VoteBy;
import org.govsim.board.BoardCommands.WithdrawSettlement;
import org.govsim.board.BoardEvents.CounterAccepted;
import org.govsim.board.BoardEvents.DirectorYielded;
import org.govsim.board.BoardEvents.SettlementCountered;
import org.govsim.board.BoardEvents.SettlementLapsed;
import org.govsim.board.BoardEvents.SettlementProposed;
import org.govsim.ceo.CeoCommands.CommitElsewhere;
import org.govsim.ceo.CeoEvents.CeoRemoved;
import org.govsim.ceo.CeoEvents.CommittedElsewhere;
import org.govsim.investor.InvestorEvents.OutsideOfferMade;
import org.junit.jupiter.api.Test;

/**
 * Six directors: Alice and Bob bear no strain, Carol to Frank give way at resolves 10 to 40. Olivia, an outsider,
 * puts terms to the board; a majority has given way once four directors back them.
 */
class BoardGivesInTest {

    private static final SettlementTerms TERMS = new SettlementTerms("alice", List.of("gina"), "gina",
            List.of("carol", "dave"), List.of(new SettlementTerms.Officer("bob", "president")));
    /** Terms that clear the board of everyone. */
    private static final SettlementTerms CLEAN_SWEEP = new SettlementTerms("alice", List.of("gina"), "gina",
            List.of("alice", "bob", "carol", "dave", "erin", "frank"), List.of());
    private static final List<String> ALL = List.of("alice", "bob", "carol", "dave", "erin", "frank");

    private static PutMotionToVote vote(String... backers) {
        return new PutMotionToVote(BOARD, TERMS.toMotion("s1", "the settlement proposed by Olivia Out"), Method.MEETING,
                List.of(), ALL, List.of(backers), List.of(), VoteBy.STANCE);
    }

    private static PolicyFixture yielded(String... directors) {
        PolicyFixture f = PolicyFixture.givenMinimalWorld().andGiven(new CeoRemoved("alice", "m1"));
        for (String d : directors) {
            f.andGiven(new DirectorYielded(d, 50, 10));
        }
        return f;
    }

    /** Erin's counter to the clean sweep: she keeps her seat. */
    private static SettlementTerms counterTerms() {
        return new SettlementTerms("alice", List.of("gina"), "gina", List.of("alice", "bob", "carol", "dave", "frank"),
                List.of());
    }

    @Test
    void boardThatHasGivenWayVotesOnTermsAsSoonAsTheyAreProposed() {
        yielded("carol", "dave", "erin", "frank")
                .when(new BoardGivesIn(), new SettlementProposed("s1", "olivia", TERMS, hoursAfterStart(10)))
                .expectCommands(new LapseSettlement(BOARD, "s1"), vote("carol", "dave", "erin", "frank"))
                .expectDue(hoursAfterStart(10), T0);
    }

    @Test
    void boardVotesOnOpenTermsWhenTheDirectorWhoTipsTheMajorityGivesWay() {
        yielded("carol", "dave", "erin")
                .andGiven(new SettlementProposed("s1", "olivia", TERMS, null))
                .when(new BoardGivesIn(), new DirectorYielded("frank", 45, 40))
                .expectCommands(vote("carol", "dave", "erin", "frank"))
                .expectAllDueNow();
    }

    @Test
    void boardStillHoldingLetsTermsThatLeaveItsHoldoutsSeatedRunToTheirDeadline() {
        yielded("carol", "dave", "erin")
                .when(new BoardGivesIn(), new SettlementProposed("s1", "olivia", TERMS, hoursAfterStart(10)))
                .expectCommands(new LapseSettlement(BOARD, "s1"))
                .expectDue(hoursAfterStart(10));
    }

    @Test
    void halfTheBoardIsNoMajority() {
        yielded("carol", "dave", "erin")
                .when(new BoardGivesIn(), new SettlementProposed("s1", "olivia", TERMS, null))
                .expectNoCommands();
    }

    @Test
    void noSecondVoteWhileOneIsPending() {
        yielded("carol", "dave", "erin")
                .andGiven(new SettlementProposed("s1", "olivia", TERMS, null))
                .andScheduled(T0, vote("carol", "dave", "erin", "frank"))
                .when(new BoardGivesIn(), new DirectorYielded("frank", 45, 40))
                .expectNoCommands();
    }

    @Test
    void noVoteWithoutTermsOnTheTable() {
        yielded("carol", "dave", "erin")
                .when(new BoardGivesIn(), new DirectorYielded("frank", 45, 40))
                .expectNoCommands();
    }

    @Test
    void termsThatClearEveryHoldoutAreCounteredThroughTheHoldoutNearestToGivingWay() {
        yielded("carol", "dave")
                .when(new BoardGivesIn(), new SettlementProposed("s1", "olivia", CLEAN_SWEEP, null))
                .expectCommands(new CounterSettlement(BOARD, "s1", "s1-counter", "erin", counterTerms(),
                        "the holdout nearest to giving way keeps a seat; otherwise as Olivia Out proposed"))
                .expectAllDueNow();
    }

    @Test
    void aBoardWhoseDirectorsAllHoldDoesNotCounter() {
        yielded()
                .when(new BoardGivesIn(), new SettlementProposed("s1", "olivia", CLEAN_SWEEP, null))
                .expectNoCommands();
    }

    @Test
    void theFirstDirectorToGiveWayOpensTheBargainingThroughTheNextNearest() {
        yielded()
                .andGiven(new SettlementProposed("s1", "olivia", CLEAN_SWEEP, null))
                .when(new BoardGivesIn(), new DirectorYielded("carol", 12, 10))
                .expectCommands(new CounterSettlement(BOARD, "s1", "s1-counter", "dave", new SettlementTerms("alice",
                        List.of("gina"), "gina", List.of("alice", "bob", "carol", "erin", "frank"), List.of()),
                        "the holdout nearest to giving way keeps a seat; otherwise as Olivia Out proposed"));
    }

    @Test
    void theProposersAnswerIsDueAnHourLaterAndMadeThen() {
        yielded("carol")
                .andGiven(new SettlementProposed("s1", "olivia", CLEAN_SWEEP, null))
                .when(new BoardGivesIn(), new SettlementCountered("s1", "s1-counter", "erin", counterTerms(), null, "why"))
                .expectCommands(new AnswerCounter(BOARD, "s1-counter", "olivia", null, null))
                .expectDue(T0.plusSeconds(3600));
    }

    @Test
    void aCounterWithADeadlineLapsesWithIt() {
        yielded("carol")
                .andGiven(new SettlementProposed("s1", "olivia", CLEAN_SWEEP, hoursAfterStart(5)))
                .when(new BoardGivesIn(), new SettlementCountered("s1", "s1-counter", "erin", counterTerms(),
                        hoursAfterStart(5), "why"))
                .expectCommands(new LapseSettlement(BOARD, "s1-counter"),
                        new AnswerCounter(BOARD, "s1-counter", "olivia", null, null));
    }

    @Test
    void anAcceptedCounterGoesToAVoteOnceItsBackersAreAMajorityTheNegotiatorVotingForIt() {
        PutMotionToVote counterVote = new PutMotionToVote(BOARD, counterTerms().toMotion("s1-counter",
                "the board's counter-offer, accepted by Olivia Out"), Method.MEETING, List.of(), ALL,
                List.of("carol", "dave", "erin", "frank"), List.of(), VoteBy.STANCE);
        yielded("carol", "dave")
                .andGiven(new SettlementProposed("s1", "olivia", CLEAN_SWEEP, null),
                        new SettlementCountered("s1", "s1-counter", "erin", counterTerms(), null, "why"),
                        new CounterAccepted("s1-counter", "olivia", "why"))
                .when(new BoardGivesIn(), new DirectorYielded("frank", 45, 40))
                .expectCommands(counterVote);
    }

    @Test
    void aProposerWhoseTermsLapseWhileARoleIsOnOfferTakesIt() {
        yielded()
                .andGiven(new OutsideOfferMade(INVESTOR, List.of("olivia"), false, "lead a new unit"),
                        new SettlementProposed("s1", "olivia", CLEAN_SWEEP, hoursAfterStart(1)))
                .when(new BoardGivesIn(), new SettlementLapsed("s1", "deadline passed"))
                .expectCommands(new CommitElsewhere(OFFICE, "olivia", INVESTOR));
    }

    @Test
    void termsLapsingWithNoRoleOnOfferLeaveTheProposerWhereHeWas() {
        yielded()
                .andGiven(new SettlementProposed("s1", "olivia", CLEAN_SWEEP, hoursAfterStart(1)))
                .when(new BoardGivesIn(), new SettlementLapsed("s1", "deadline passed"))
                .expectNoCommands();
    }

    @Test
    void aProposerWhoCommitsElsewhereWithdrawsHisOpenTerms() {
        yielded()
                .andGiven(new SettlementProposed("s1", "olivia", CLEAN_SWEEP, null))
                .when(new BoardGivesIn(), new CommittedElsewhere("olivia", INVESTOR))
                .expectCommands(new WithdrawSettlement(BOARD, "s1", "olivia", "Olivia Out has taken a role at Backer Corp"));
    }

    @Test
    void termsForHimProposedByAnotherAreWithdrawnByTheirProposerAndTheBoardsCounterGoesWithThem() {
        SettlementTerms forOlivia = new SettlementTerms("olivia", List.of(), null, List.of("carol"), List.of());
        yielded("carol")
                .andGiven(new SettlementProposed("s1", INVESTOR, forOlivia, null),
                        new SettlementCountered("s1", "s1-counter", "dave", forOlivia, null, "why"))
                .when(new BoardGivesIn(), new CommittedElsewhere("olivia", INVESTOR))
                .expectCommands(new WithdrawSettlement(BOARD, "s1", INVESTOR, "Olivia Out has taken a role at Backer Corp"));
    }

    @Test
    void theCounterBringsTheRemovedCeoBackToOfficeButNotToTheBoardNorHisAllies() {
        var world = PolicyFixture.givenMinimalWorld(PolicyFixture.organisation(List.of(new org.govsim.organisation
                .Organisation.Loyalist("bob", "president", 1, "alice", true, 4, "s1")), List.of())).world();
        SettlementTerms asked = new SettlementTerms("alice", List.of("alice", "bob", "gina"), "alice",
                List.of("carol", "dave", "erin", "frank"), List.of(), 5);

        SettlementTerms counter = BoardGivesIn.counterTerms(asked, "erin", "alice", world);

        org.assertj.core.api.Assertions.assertThat(counter).isEqualTo(new SettlementTerms("alice", List.of("gina"), null,
                List.of("carol", "dave", "frank"), List.of(), 4));
    }
}
