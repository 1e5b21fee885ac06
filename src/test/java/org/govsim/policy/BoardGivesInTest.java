package org.govsim.policy;

import static org.govsim.policy.PolicyFixture.BOARD;
import static org.govsim.policy.PolicyFixture.T0;
import static org.govsim.policy.PolicyFixture.hoursAfterStart;

import java.util.List;

import org.govsim.board.BoardCommands.LapseSettlement;
import org.govsim.board.BoardCommands.Method;
import org.govsim.board.BoardCommands.PutMotionToVote;
import org.govsim.board.BoardCommands.SettlementTerms;
import org.govsim.board.BoardCommands.VoteBy;
import org.govsim.board.BoardEvents.DirectorYielded;
import org.govsim.board.BoardEvents.SettlementProposed;
import org.govsim.ceo.CeoEvents.CeoRemoved;
import org.junit.jupiter.api.Test;

/** Six directors: a majority has given way once four have yielded. */
class BoardGivesInTest {

    private static final SettlementTerms TERMS = new SettlementTerms("alice", List.of("gina"), "gina",
            List.of("carol", "dave"), List.of(new SettlementTerms.Officer("bob", "president")));
    private static final List<String> ALL = List.of("alice", "bob", "carol", "dave", "erin", "frank");

    private static PutMotionToVote vote() {
        return new PutMotionToVote(BOARD, TERMS.toMotion("s1", "the settlement proposed by Alice Able"), Method.MEETING,
                List.of(), ALL, List.of(), List.of(), VoteBy.STANCE);
    }

    private static PolicyFixture yielded(String... directors) {
        PolicyFixture f = PolicyFixture.givenMinimalWorld().andGiven(new CeoRemoved("alice", "m1"));
        for (String d : directors) {
            f.andGiven(new DirectorYielded(d, 50, 10));
        }
        return f;
    }

    @Test
    void boardThatHasGivenWayVotesOnTermsAsSoonAsTheyAreProposed() {
        yielded("carol", "dave", "erin", "frank")
                .when(new BoardGivesIn(), new SettlementProposed("s1", "alice", TERMS, hoursAfterStart(10)))
                .expectCommands(new LapseSettlement(BOARD, "s1"), vote())
                .expectDue(hoursAfterStart(10), T0);
    }

    @Test
    void boardVotesOnOpenTermsWhenTheDirectorWhoTipsTheMajorityGivesWay() {
        yielded("carol", "dave", "erin")
                .andGiven(new SettlementProposed("s1", "alice", TERMS, null))
                .when(new BoardGivesIn(), new DirectorYielded("frank", 45, 40))
                .expectCommands(vote())
                .expectAllDueNow();
    }

    @Test
    void boardStillHoldingLetsTermsRunToTheirDeadline() {
        yielded("carol", "dave", "erin")
                .when(new BoardGivesIn(), new SettlementProposed("s1", "alice", TERMS, hoursAfterStart(10)))
                .expectCommands(new LapseSettlement(BOARD, "s1"))
                .expectDue(hoursAfterStart(10));
    }

    @Test
    void halfTheBoardIsNoMajority() {
        yielded("carol", "dave", "erin")
                .when(new BoardGivesIn(), new SettlementProposed("s1", "alice", TERMS, null))
                .expectNoCommands();
    }

    @Test
    void noSecondVoteWhileOneIsPending() {
        yielded("carol", "dave", "erin")
                .andGiven(new SettlementProposed("s1", "alice", TERMS, null))
                .andScheduled(T0, vote())
                .when(new BoardGivesIn(), new DirectorYielded("frank", 45, 40))
                .expectNoCommands();
    }

    @Test
    void noVoteWithoutTermsOnTheTable() {
        yielded("carol", "dave", "erin")
                .when(new BoardGivesIn(), new DirectorYielded("frank", 45, 40))
                .expectNoCommands();
    }
}
