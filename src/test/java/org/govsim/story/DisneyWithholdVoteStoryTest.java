package org.govsim.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;

import org.govsim.board.Board;
import org.govsim.board.BoardEvents.ChairElected;
import org.govsim.board.BoardEvents.DirectorYielded;
import org.govsim.board.BoardEvents.MotionCarried;
import org.govsim.ceo.CeoOffice;
import org.govsim.scenario.ScenarioLoader;
import org.govsim.shareholders.ShareholderEvents.ElectionHeld;
import org.govsim.shareholders.ShareholderEvents.NomineeResult;
import org.govsim.simulation.DomainEvent;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;
import org.govsim.timeline.Replays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Disney's annual meeting of March 2004, replayed from the historical script and told in order. */
class DisneyWithholdVoteStoryTest {

    static final ZoneId EASTERN = ZoneId.of("America/New_York");
    static final Path SCENARIO = Path.of("scenarios/disney-2004-withhold-vote.yaml");
    static List<Recorded> story;

    @BeforeAll
    static void replayTheMeeting() {
        story = Replays.run(ScenarioLoader.load(SCENARIO));
    }

    @Test
    void beforeTheMeetingEisnerChairsTheBoardOfElevenAndIsItsCeo() {
        World before = worldAt(eastern("2004-03-03T10:00"));
        assertThat(Board.in(before).chair()).isEqualTo("eisner");
        assertThat(CeoOffice.in(before).holder()).isEqualTo("eisner");
        assertThat(Board.in(before).members()).hasSize(11).contains("mitchell", "iger", "estrin");
    }

    @Test
    void onMarchThirdFortyThreePercentOfTheVotesCastAreWithheldFromEisnerYetEveryNomineeIsElected() {
        Recorded held = first(ElectionHeld.class, e -> true);
        ElectionHeld election = (ElectionHeld) held.event();
        assertThat(held.time()).isEqualTo(eastern("2004-03-03T14:00"));
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
        List<String> yielded = story.stream().filter(r -> r.event() instanceof DirectorYielded)
                .map(r -> ((DirectorYielded) r.event()).person()).toList();
        assertThat(yielded).contains("matschullat", "wilson", "mitchell").doesNotContain("eisner", "iger", "estrin");
        assertThat(yielded).hasSizeGreaterThan(5);
    }

    @Test
    void thatNightTheBoardSeparatesTheRolesMitchellChairsAndEisnerStaysCeo() {
        Recorded carried = first(MotionCarried.class, e -> e.motion().id().equals("separate-chair-and-ceo"));
        assertThat(carried.time()).isAfter(eastern("2004-03-03T14:00")).isBefore(eastern("2004-03-04T00:00"));
        Recorded chair = first(ChairElected.class, e -> e.person().equals("mitchell"));
        assertThat(chair.time()).isEqualTo(carried.time());
        World after = worldAt(eastern("2004-03-04T00:00"));
        assertThat(Board.in(after).chair()).isEqualTo("mitchell");
        assertThat(CeoOffice.in(after).holder()).isEqualTo("eisner");
        assertThat(Board.in(after).members()).contains("eisner");
    }

    private static NomineeResult result(ElectionHeld e, String person) {
        return e.results().stream().filter(r -> r.person().equals(person)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static <E extends DomainEvent> Recorded first(Class<E> type, Predicate<E> matching) {
        return story.stream().filter(r -> type.isInstance(r.event()) && matching.test((E) r.event())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " in the story"));
    }

    private static World worldAt(Instant time) {
        World w = new World();
        story.stream().filter(r -> !r.time().isAfter(time)).forEach(w::apply);
        return w;
    }

    private static Instant eastern(String local) {
        return LocalDateTime.parse(local).atZone(EASTERN).toInstant();
    }
}
