package org.govsim.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.govsim.board.Board;
import org.govsim.board.BoardEvents.DirectorResigned;
import org.govsim.board.BoardEvents.MotionCarried;
import org.govsim.ceo.CeoEvents.CeoAppointed;
import org.govsim.ceo.CeoEvents.OfficerResigned;
import org.govsim.ceo.CeoOffice;
import org.govsim.financing.Financing;
import org.govsim.financing.FinancingEvents.FundingLost;
import org.govsim.shareholders.ShareholderEvents.HoldersLetterSent;
import org.govsim.shareholders.Shareholders;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;
import org.junit.jupiter.api.Test;

/** WeWork in 2019, replayed from the historical script and told in order. */
class WeWorkFinancierPrevailsStoryTest {

    static final Replayed CASE = new Replayed("wework-2019-the-financier-prevails.yaml", "America/New_York");

    @Test
    void inAugustNeumannChairsTheBoardRunsTheCompanyAndHoldsMostOfTheVotesAtTwentyAShare() {
        World august = CASE.worldAt(CASE.at("2019-08-14T12:00"));
        assertThat(CeoOffice.in(august).holder()).isEqualTo("neumann");
        assertThat(Board.in(august).chair()).isEqualTo("neumann");
        assertThat(Board.in(august).members()).hasSize(7);
        assertThat(Shareholders.in(august).classes().get("class-b").votesPerShare()).isEqualTo(20);
        assertThat(neumannsVotes(august)).isGreaterThan(0.5);
    }

    @Test
    void onTheThirteenthHisVotesFallToTenAShareAndHeKeepsHisMajority() {
        World after = CASE.worldAt(CASE.at("2019-09-14T00:00"));
        assertThat(Shareholders.in(after).classes().get("class-b").votesPerShare()).isEqualTo(10);
        assertThat(neumannsVotes(after)).isGreaterThan(0.5);
    }

    @Test
    void theIpoIsPostponedOnTheSixteenthAndTheCreditLineGoesWithItLeavingSoftBankAsTheOnlySource() {
        Recorded lost = CASE.first(FundingLost.class, f -> f.source().equals("ipo"));
        assertThat(lost.time()).isEqualTo(CASE.at("2019-09-16T18:00"));
        assertThat(((FundingLost) lost.event()).with()).containsExactly("credit-line");
        World after = CASE.worldAt(CASE.at("2019-09-17T00:00"));
        assertThat(Financing.in(after).shareProvidedBy(Set.of("softbank"))).isEqualTo(1.0);
    }

    @Test
    void onTheTwentyFourthTheInvestorsAskAndNeumannStepsDownAsCeoThatAfternoon() {
        HoldersLetterSent demand = (HoldersLetterSent) CASE.first(HoldersLetterSent.class,
                l -> l.letter().equals("step-down")).event();
        // the investors hold far less than a majority of the votes
        assertThat(demand.shareOfVotes()).isLessThan(0.2);
        Recorded resigned = CASE.first(OfficerResigned.class, o -> o.person().equals("neumann"));
        assertThat(resigned.time()).isEqualTo(CASE.at("2019-09-24T16:00"));
        assertThat(resigned.cause()).isEqualTo("policy:letters-are-weighed");
    }

    @Test
    void heLosesHisMajorityAtThreeVotesAShareAndTwoCoChiefExecutivesTakeOverWhileHeStaysChairman() {
        World evening = CASE.worldAt(CASE.at("2019-09-24T23:00"));
        assertThat(Shareholders.in(evening).classes().get("class-b").votesPerShare()).isEqualTo(3);
        assertThat(neumannsVotes(evening)).isLessThan(0.5);
        Recorded coCeos = CASE.first(CeoAppointed.class, c -> c.person().equals("minson"));
        assertThat(coCeos.time()).isEqualTo(CASE.at("2019-09-24T17:00"));
        assertThat(CeoOffice.in(evening).officers()).containsEntry("co-chief executive", "gunningham");
        assertThat(((MotionCarried) CASE.first(MotionCarried.class,
                m -> m.motion().id().equals("co-chief-executives")).event()).votesFor()).contains("neumann");
        assertThat(Board.in(evening).chair()).isEqualTo("neumann");
    }

    @Test
    void onTheTwentySecondOfOctoberSoftBankTakesControlNeumannLeavesTheBoardAndClaureChairsIt() {
        Recorded left = CASE.first(DirectorResigned.class, d -> d.person().equals("neumann"));
        assertThat(left.time()).isEqualTo(CASE.at("2019-10-22T20:00"));
        World end = CASE.worldAt(CASE.at("2019-10-31T23:59"));
        assertThat(Board.in(end).chair()).isEqualTo("claure");
        assertThat(Board.in(end).members()).hasSize(7).doesNotContain("neumann");
        assertThat(CeoOffice.in(end).holder()).isEqualTo("minson");
    }

    private static double neumannsVotes(World w) {
        Shareholders stock = Shareholders.in(w);
        return (double) stock.votesOf(stock.holders().get("neumann-shares")) / stock.totalVotes();
    }
}
