package org.govsim.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.govsim.board.Board;
import org.govsim.board.BoardEvents.DirectorResigned;
import org.govsim.board.BoardEvents.MotionCarried;
import org.govsim.ceo.CeoEvents.OfficerRemoved;
import org.govsim.ceo.CeoEvents.UltimatumIssued;
import org.govsim.ceo.CeoOffice;
import org.govsim.shareholders.Shareholders;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;
import org.junit.jupiter.api.Test;

/** Apple in 1985, replayed from the historical script and told in order. */
class AppleBoardBacksTheCeoStoryTest {

    static final Replayed CASE = new Replayed("apple-1985-board-backs-the-ceo.yaml", "America/Los_Angeles");

    @Test
    void inAprilJobsChairsTheBoardRunsTheMacintoshDivisionAndHoldsTheLargestStake() {
        World april = CASE.worldAt(CASE.at("1985-04-10T12:00"));
        assertThat(Board.in(april).chair()).isEqualTo("jobs");
        assertThat(CeoOffice.in(april).holder()).isEqualTo("sculley");
        assertThat(CeoOffice.in(april).officers()).containsEntry("head of the Macintosh division", "jobs");
        Shareholders stock = Shareholders.in(april);
        // reported: 7 million shares, 11.3% (WSJ 06-03); Markkula 8.8% (NYT 08-29)
        assertThat(share(stock, "jobs-shares")).isBetween(0.112, 0.114);
        assertThat(share(stock, "markkula-shares")).isBetween(0.087, 0.089);
    }

    @Test
    void sculleyTellsTheBoardToChooseAndTheDirectorsBackHimUnanimouslyOnTheEleventh() {
        Recorded ultimatum = CASE.first(UltimatumIssued.class, u -> u.person().equals("sculley"));
        assertThat(ultimatum.time()).isEqualTo(CASE.at("1985-04-10T17:00"));
        Recorded vote = CASE.first(MotionCarried.class, m -> m.motion().id().equals("back-sculley"));
        assertThat(vote.time()).isEqualTo(CASE.at("1985-04-11T12:00"));
        assertThat(((MotionCarried) vote.event()).votesFor())
                .containsExactlyInAnyOrder("sculley", "markkula", "rock", "schlein", "crisp");
        assertThat(((MotionCarried) vote.event()).votesAgainst()).isEmpty();
        // the threat is met in time, so it is not carried out
        assertThat(CeoOffice.in(CASE.worldAt(CASE.at("1985-04-12T00:00"))).holder()).isEqualTo("sculley");
    }

    @Test
    void onTheThirtyFirstOfMayJobsLosesTheDivisionAndEveryOperatingDutyButKeepsTheChair() {
        Recorded removed = CASE.first(OfficerRemoved.class, o -> o.person().equals("jobs"));
        assertThat(removed.time()).isEqualTo(CASE.at("1985-05-31T12:00"));
        World june = CASE.worldAt(CASE.at("1985-06-01T00:00"));
        assertThat(CeoOffice.in(june).officers()).doesNotContainValue("jobs");
        assertThat(Board.in(june).chair()).isEqualTo("jobs");
        assertThat(Board.in(june).isDirector("jobs")).isTrue();
    }

    @Test
    void inSeptemberJobsLeavesTheBoardAndTheChairIsLeftEmpty() {
        Recorded resigned = CASE.first(DirectorResigned.class, d -> d.person().equals("jobs"));
        assertThat(resigned.time()).isEqualTo(CASE.at("1985-09-19T15:30"));
        World end = CASE.worldAt(CASE.at("1985-09-30T23:59"));
        assertThat(Board.in(end).chair()).isNull();
        assertThat(Board.in(end).members()).doesNotContain("jobs").contains("sculley", "markkula");
        assertThat(CeoOffice.in(end).holder()).isEqualTo("sculley");
    }

    private static double share(Shareholders stock, String holder) {
        return (double) stock.votesOf(stock.holders().get(holder)) / stock.totalVotes();
    }

}
