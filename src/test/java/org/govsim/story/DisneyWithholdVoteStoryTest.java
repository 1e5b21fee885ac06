package org.govsim.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.govsim.board.Board;
import org.govsim.board.BoardEvents.ChairElected;
import org.govsim.board.BoardEvents.DirectorYielded;
import org.govsim.board.BoardEvents.MotionCarried;
import org.govsim.ceo.CeoOffice;
import org.govsim.shareholders.ShareholderEvents.ElectionHeld;
import org.govsim.shareholders.ShareholderEvents.NomineeResult;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;
import org.junit.jupiter.api.Test;

/** Disney's annual meeting of March 2004, replayed from the historical script and told in order. */
class DisneyWithholdVoteStoryTest {

    static final Replayed CASE = new Replayed("disney-2004-withhold-vote.yaml", "America/New_York");

    @Test
    void beforeTheMeetingEisnerChairsTheBoardOfElevenAndIsItsCeo() {
        World before = CASE.worldAt(CASE.at("2004-03-03T10:00"));
        assertThat(Board.in(before).chair()).isEqualTo("eisner");
        assertThat(CeoOffice.in(before).holder()).isEqualTo("eisner");
        assertThat(Board.in(before).members()).hasSize(11).contains("mitchell", "iger", "estrin");
    }

    @Test
    void onMarchThirdFortyThreePercentOfTheVotesCastAreWithheldFromEisnerYetEveryNomineeIsElected() {
        Recorded held = CASE.first(ElectionHeld.class, e -> true);
        ElectionHeld election = (ElectionHeld) held.event();
        assertThat(held.time()).isEqualTo(CASE.at("2004-03-03T14:00"));
        NomineeResult eisner = result(election, "eisner");
        // reported: 1,007,715,682 for and 771,691,297 withheld (43.4%)
        assertThat(eisner.votesFor() + eisner.withheld()).isEqualTo(1_779_406_979L);
        assertThat(eisner.withheldShare()).isBetween(0.4330, 0.4345);
        assertThat(eisner.withheld()).isCloseTo(771_691_297L, org.assertj.core.data.Percentage.withPercentage(0.2));
        assertThat(result(election, "mitchell").withheldShare()).isBetween(0.2400, 0.2420);
        assertThat(result(election, "estrin").withheldShare()).isBetween(0.2240, 0.2260);
        // plurality voting: a withheld vote unseats no one
        assertThat(election.results()).allMatch(NomineeResult::elected);
    }

    @Test
    void theRebukeMovesTheIndependentDirectorsWhoseResolveItExceedsButNotTheInsidersOrEisnersAllies() {
        List<String> yielded = CASE.story().stream().filter(r -> r.event() instanceof DirectorYielded)
                .map(r -> ((DirectorYielded) r.event()).person()).toList();
        assertThat(yielded).contains("matschullat", "wilson", "mitchell").doesNotContain("eisner", "iger", "estrin");
        assertThat(yielded).hasSizeGreaterThan(5);
    }

    @Test
    void thatNightTheBoardSeparatesTheRolesMitchellChairsAndEisnerStaysCeo() {
        Recorded carried = CASE.first(MotionCarried.class, e -> e.motion().id().equals("separate-chair-and-ceo"));
        assertThat(carried.time()).isAfter(CASE.at("2004-03-03T14:00")).isBefore(CASE.at("2004-03-04T00:00"));
        Recorded chair = CASE.first(ChairElected.class, e -> e.person().equals("mitchell"));
        assertThat(chair.time()).isEqualTo(carried.time());
        World after = CASE.worldAt(CASE.at("2004-03-04T00:00"));
        assertThat(Board.in(after).chair()).isEqualTo("mitchell");
        assertThat(CeoOffice.in(after).holder()).isEqualTo("eisner");
        assertThat(Board.in(after).members()).contains("eisner");
    }

    private static NomineeResult result(ElectionHeld e, String person) {
        return e.results().stream().filter(r -> r.person().equals(person)).findFirst().orElseThrow();
    }

}
