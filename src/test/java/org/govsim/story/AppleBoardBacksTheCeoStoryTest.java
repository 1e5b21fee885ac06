package org.govsim.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;

import org.govsim.board.Board;
import org.govsim.board.BoardEvents.DirectorResigned;
import org.govsim.board.BoardEvents.MotionCarried;
import org.govsim.ceo.CeoEvents.OfficerRemoved;
import org.govsim.ceo.CeoEvents.UltimatumIssued;
import org.govsim.ceo.CeoOffice;
import org.govsim.scenario.ScenarioLoader;
import org.govsim.shareholders.Shareholders;
import org.govsim.simulation.DomainEvent;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;
import org.govsim.timeline.Replays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Apple in 1985, replayed from the historical script and told in order. */
class AppleBoardBacksTheCeoStoryTest {

    static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
    static final Path SCENARIO = Path.of("scenarios/apple-1985-board-backs-the-ceo.yaml");
    static List<Recorded> story;

    @BeforeAll
    static void replay() {
        story = Replays.run(ScenarioLoader.load(SCENARIO));
    }

    @Test
    void inAprilJobsChairsTheBoardRunsTheMacintoshDivisionAndHoldsTheLargestStake() {
        World april = worldAt(pacific("1985-04-10T12:00"));
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
        Recorded ultimatum = first(UltimatumIssued.class, u -> u.person().equals("sculley"));
        assertThat(ultimatum.time()).isEqualTo(pacific("1985-04-10T17:00"));
        Recorded vote = first(MotionCarried.class, m -> m.motion().id().equals("back-sculley"));
        assertThat(vote.time()).isEqualTo(pacific("1985-04-11T12:00"));
        assertThat(((MotionCarried) vote.event()).votesFor())
                .containsExactlyInAnyOrder("sculley", "markkula", "rock", "schlein", "crisp");
        assertThat(((MotionCarried) vote.event()).votesAgainst()).isEmpty();
        // the threat is met in time, so it is not carried out
        assertThat(CeoOffice.in(worldAt(pacific("1985-04-12T00:00"))).holder()).isEqualTo("sculley");
    }

    @Test
    void onTheThirtyFirstOfMayJobsLosesTheDivisionAndEveryOperatingDutyButKeepsTheChair() {
        Recorded removed = first(OfficerRemoved.class, o -> o.person().equals("jobs"));
        assertThat(removed.time()).isEqualTo(pacific("1985-05-31T12:00"));
        World june = worldAt(pacific("1985-06-01T00:00"));
        assertThat(CeoOffice.in(june).officers()).doesNotContainValue("jobs");
        assertThat(Board.in(june).chair()).isEqualTo("jobs");
        assertThat(Board.in(june).isDirector("jobs")).isTrue();
    }

    @Test
    void inSeptemberJobsLeavesTheBoardAndTheChairIsLeftEmpty() {
        Recorded resigned = first(DirectorResigned.class, d -> d.person().equals("jobs"));
        assertThat(resigned.time()).isEqualTo(pacific("1985-09-19T15:30"));
        World end = worldAt(pacific("1985-09-30T23:59"));
        assertThat(Board.in(end).chair()).isNull();
        assertThat(Board.in(end).members()).doesNotContain("jobs").contains("sculley", "markkula");
        assertThat(CeoOffice.in(end).holder()).isEqualTo("sculley");
    }

    private static double share(Shareholders stock, String holder) {
        return (double) stock.votesOf(stock.holders().get(holder)) / stock.totalVotes();
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

    private static Instant pacific(String local) {
        return LocalDateTime.parse(local).atZone(PACIFIC).toInstant();
    }
}
