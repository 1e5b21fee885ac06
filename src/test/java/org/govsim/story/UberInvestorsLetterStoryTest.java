package org.govsim.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.govsim.board.Board;
import org.govsim.board.BoardEvents.DesigneeSeated;
import org.govsim.board.BoardEvents.DirectorResigned;
import org.govsim.board.BoardEvents.MotionCarried;
import org.govsim.ceo.CeoEvents.CeoAppointed;
import org.govsim.ceo.CeoEvents.OfficerResigned;
import org.govsim.ceo.CeoOffice;
import org.govsim.litigation.Litigation;
import org.govsim.litigation.LitigationEvents.SuitFiled;
import org.govsim.shareholders.ShareholderEvents.HoldersLetterSent;
import org.govsim.shareholders.Shareholders;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;
import org.junit.jupiter.api.Test;

/** Uber in 2017, replayed from the historical script and told in order. */
class UberInvestorsLetterStoryTest {

    static final Replayed CASE = new Replayed("uber-2017-investors-letter.yaml", "America/Los_Angeles");

    @Test
    void inJuneTheFoundersHoldAMajorityOfTheVotesWithAThirdOfTheStock() {
        Shareholders stock = Shareholders.in(CASE.worldAt(CASE.at("2017-06-11T12:00")));
        // reported: Benchmark 13% of the shares and 20% of the votes (the complaint as reported); Kalanick 10% and 16%
        assertThat(stockShare(stock, List.of("benchmark"))).isCloseTo(0.13, within());
        assertThat(voteShare(stock, List.of("benchmark"))).isCloseTo(0.20, within());
        assertThat(stockShare(stock, List.of("kalanick-shares"))).isCloseTo(0.10, within());
        assertThat(voteShare(stock, List.of("kalanick-shares"))).isCloseTo(0.16, within());
        // Kalanick and two allies have voting control (Reuters, the FT)
        assertThat(voteShare(stock, List.of("kalanick-shares", "camp-shares", "graves-shares"))).isGreaterThan(0.5);
        assertThat(stockShare(stock, List.of("kalanick-shares", "camp-shares", "graves-shares"))).isLessThan(0.35);
    }

    @Test
    void onTheEleventhTheBoardAdoptsHoldersReportAndMartelloJoinsIt() {
        Recorded vote = CASE.first(MotionCarried.class, m -> m.motion().id().equals("adopt-holder-report"));
        assertThat(vote.time()).isEqualTo(CASE.at("2017-06-11T18:00"));
        assertThat(((MotionCarried) vote.event()).votesFor()).hasSize(7);
        assertThat(Board.in(CASE.worldAt(CASE.at("2017-06-12T00:00"))).isDirector("martello")).isTrue();
    }

    @Test
    void bondermanLeavesAndTpgNamesTrujilloInHisPlace() {
        Recorded left = CASE.first(DirectorResigned.class, d -> d.person().equals("bonderman"));
        assertThat(left.time()).isEqualTo(CASE.at("2017-06-13T15:00"));
        Recorded seated = CASE.first(DesigneeSeated.class, d -> d.person().equals("trujillo"));
        assertThat(((DesigneeSeated) seated.event()).holder()).isEqualTo("tpg");
    }

    @Test
    void theSignersWithAQuarterOfTheStockAndTwoFifthsOfTheVotesWriteAndKalanickResignsThatNight() {
        Recorded letter = CASE.first(HoldersLetterSent.class, l -> l.letter().equals("moving-uber-forward"));
        HoldersLetterSent l = (HoldersLetterSent) letter.event();
        assertThat(letter.time()).isEqualTo(CASE.at("2017-06-20T15:00"));
        // reported (Isaac's book, quoting the letter): more than 26% of the stock, over 39% of the votes
        assertThat(l.shareOfStock()).isCloseTo(0.26, within());
        assertThat(l.shareOfVotes()).isCloseTo(0.39, within());

        Recorded resigned = CASE.first(OfficerResigned.class, o -> o.person().equals("kalanick"));
        assertThat(resigned.time()).isEqualTo(CASE.at("2017-06-20T23:00"));
        assertThat(resigned.cause()).isEqualTo("policy:letters-are-weighed");
        World after = CASE.worldAt(CASE.at("2017-06-21T00:00"));
        assertThat(CeoOffice.in(after).holder()).isNull();
        assertThat(Board.in(after).isDirector("kalanick")).isTrue();
    }

    @Test
    void gurleyGivesBenchmarksSeatToCohlerTheNextDay() {
        World june22 = CASE.worldAt(CASE.at("2017-06-22T00:00"));
        assertThat(Board.in(june22).members()).doesNotContain("gurley").contains("cohler");
        assertThat(Board.in(june22).members()).hasSize(8);
    }

    @Test
    void benchmarkSuesOnTheTenthOfAugustAndTheCourtStaysTheSuitForArbitration() {
        Recorded filed = CASE.first(SuitFiled.class, s -> s.suit().equals("benchmark-v-kalanick"));
        // e-filed at 13:00 Eastern
        assertThat(filed.time()).isEqualTo(CASE.at("2017-08-10T10:00"));
        World september = CASE.worldAt(CASE.at("2017-09-01T00:00"));
        assertThat(Litigation.in(september).status("benchmark-v-kalanick")).isEqualTo(Litigation.Status.STAYED);
        assertThat(Board.in(september).isDirector("kalanick")).isTrue();
    }

    @Test
    void theBoardChoosesKhosrowshahiAndHeTakesTheNinthSeat() {
        Recorded appointed = CASE.first(CeoAppointed.class, c -> c.person().equals("khosrowshahi"));
        assertThat(appointed.time()).isEqualTo(CASE.at("2017-08-27T17:00"));
        assertThat(Board.in(CASE.worldAt(CASE.at("2017-09-01T00:00"))).members()).hasSize(9);
    }

    @Test
    void onTheTwentyNinthOfSeptemberKalanickFillsHisTwoEmptySeatsAndTheBoardReachesEleven() {
        Recorded burns = CASE.first(DesigneeSeated.class, d -> d.person().equals("burns"));
        assertThat(burns.time()).isEqualTo(CASE.at("2017-09-29T16:00"));
        World october = CASE.worldAt(CASE.at("2017-10-01T00:00"));
        assertThat(Board.in(october).members()).hasSize(11).contains("burns", "thain", "kalanick");
    }

    @Test
    void elevenDirectorsApproveSoftBanksTermsAndTheSuitIsSettledInNovember() {
        Recorded terms = CASE.first(MotionCarried.class, m -> m.motion().id().equals("softbank-terms"));
        assertThat(((MotionCarried) terms.event()).votesFor()).hasSize(11);
        assertThat(((MotionCarried) terms.event()).votesAgainst()).isEmpty();
        World end = CASE.worldAt(CASE.at("2017-12-31T23:59"));
        assertThat(Litigation.in(end).status("benchmark-v-kalanick")).isEqualTo(Litigation.Status.SETTLED);
        assertThat(CeoOffice.in(end).holder()).isEqualTo("khosrowshahi");
        assertThat(Board.in(end).chair()).isEqualTo("camp");
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.001);
    }

    private static double stockShare(Shareholders stock, List<String> holders) {
        long all = stock.classes().values().stream().mapToLong(c -> c.shares()).sum();
        long held = holders.stream().mapToLong(h -> stock.holders().get(h).shares().values().stream()
                .mapToLong(Long::longValue).sum()).sum();
        return (double) held / all;
    }

    private static double voteShare(Shareholders stock, List<String> holders) {
        return (double) holders.stream().mapToLong(h -> stock.votesOf(stock.holders().get(h))).sum() / stock.totalVotes();
    }
}
