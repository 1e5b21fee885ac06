package org.govsim.story;

import org.govsim.board.Board;
import org.govsim.ceo.CeoOffice;
import org.govsim.workforce.Workforce;
import org.govsim.investor.Investor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;

import org.govsim.board.BoardEvents.*;
import org.govsim.board.Motion;
import org.govsim.ceo.CeoEvents.*;
import org.govsim.investor.InvestorEvents.OutsideOfferMade;
import org.govsim.scenario.ScenarioLoader;
import org.govsim.simulation.DomainEvent;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.SimulationEvents.FactNoted;
import org.govsim.simulation.World;
import org.govsim.timeline.Replays;
import org.govsim.workforce.WorkforceEvents.EmployeesResigned;
import org.govsim.workforce.WorkforceEvents.LetterSigned;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The November 2023 OpenAI crisis, replayed from the historical script and told in order. */
class OpenAiCrisisStoryTest {

    static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
    static final Path SCENARIO = Path.of("scenarios/openai-2023-board-crisis.yaml");
    static List<Recorded> story;

    @BeforeAll
    static void replayTheCrisis() {
        story = Replays.run(ScenarioLoader.load(SCENARIO));
    }

    @Test
    void onFridayFourOfSixDirectorsRemoveAltmanWithAltmanAndBrockmanAbsent() {
        Recorded vote = first(MotionCarried.class, e -> e.motion().concerns(Motion.Kind.REMOVE_CEO));
        MotionCarried carried = (MotionCarried) vote.event();
        assertThat(vote.time()).isEqualTo(pacific("2023-11-17T12:00"));
        assertThat(carried.votesFor()).containsExactlyInAnyOrder("sutskever", "dangelo", "mccauley", "toner");
        assertThat(carried.present()).doesNotContain("altman", "brockman");
        assertThat(carried.serving()).isEqualTo(6);
        assertThat(carried.quorum()).isEqualTo(4);
        assertThat(carried.rule()).contains("4 of 6 directors present");
        assertThat(removedAsCeo("altman").time()).isEqualTo(pacific("2023-11-17T12:00"));
        assertThat(vote.source()).isEqualTo("S14");
    }

    @Test
    void brockmanIsRemovedAsChairThenQuitsThatAfternoon() {
        Recorded chair = first(ChairRemoved.class, e -> e.person().equals("brockman"));
        Recorded quits = first(OfficerResigned.class, e -> e.person().equals("brockman"));
        assertThat(chair.time()).isEqualTo(pacific("2023-11-17T12:00"));
        assertThat(quits.time()).isBetween(pacific("2023-11-17T15:50"), pacific("2023-11-17T16:30"));
        assertThat(quits.cause()).isEqualTo("policy:loyalists-quit");
    }

    @Test
    void muratiIsInterimCeoAndTheExecutivesDemandTheBoardResign() {
        Recorded murati = first(CeoAppointed.class, e -> e.person().equals("murati"));
        assertThat(((CeoAppointed) murati.event()).interim()).isTrue();
        assertThat(murati.time()).isEqualTo(pacific("2023-11-17T12:00"));
        Recorded demand = first(BoardResignationDemanded.class, e -> e.by().equals("executives"));
        assertThat(demand.time()).isBefore(pacific("2023-11-17T23:59"));
        assertThat(demand.cause()).isEqualTo("policy:executives-turn-on-the-board");
    }

    @Test
    void theBoardHoldsThroughTheWeekendDeadlines() {
        assertThat(events(SettlementLapsed.class)).hasSize(2);
        assertThat(first(SettlementLapsed.class, e -> true).time()).isEqualTo(pacific("2023-11-18T17:00"));
    }

    @Test
    void onSundayNightShearBecomesInterimCeoAndMicrosoftMakesItsOfferAt2353() {
        Recorded shear = first(CeoAppointed.class, e -> e.person().equals("shear"));
        assertThat(((CeoAppointed) shear.event()).interim()).isTrue();
        assertThat(shear.time().atZone(PACIFIC).toLocalDate().toString()).isEqualTo("2023-11-19");
        Recorded offer = first(OutsideOfferMade.class, e -> e.investor().equals("microsoft"));
        assertThat(offer.time()).isEqualTo(pacific("2023-11-19T23:53"));
        assertThat(offer.source()).isEqualTo("S21");
    }

    @Test
    void sutskeverRegretsHisPartEarlyOnMonday() {
        Recorded regret = first(DirectorYielded.class, e -> e.person().equals("sutskever"));
        assertThat(regret.time()).isBetween(pacific("2023-11-20T03:00"), pacific("2023-11-20T07:00"));
        assertThat(regret.cause()).isEqualTo("policy:resolve-gives-way");
    }

    @Test
    void signaturesClimbThroughMondayWithinTwoPercentOfEachReportedCount() {
        for (ScenarioLoader.Checkpoint c : ScenarioLoader.checkpoints(SCENARIO)) {
            int model = signaturesAt(c.at());
            assertThat(Math.abs(model - c.signatures()))
                    .as("signatures at %s: model %d, reported %d", c.at().atZone(PACIFIC), model, c.signatures())
                    .isLessThanOrEqualTo((int) Math.floor(c.signatures() * 0.02));
        }
        assertThat(signaturesAt(pacific("2023-11-20T00:00"))).isZero();
        assertThat(signaturesAt(pacific("2023-11-29T00:00"))).isBetween(723, 753);
    }

    @Test
    void tuesdayNightsAgreementBringsAltmanBackWithTaylorSummersAndDAngelo() {
        Recorded back = first(CeoAppointed.class, e -> e.person().equals("altman"));
        assertThat(((CeoAppointed) back.event()).returning()).isTrue();
        assertThat(back.time()).isBetween(pacific("2023-11-21T17:00"), pacific("2023-11-22T02:00"));
        World after = stateAt(back.time());
        assertThat(Board.in(after).members()).containsExactlyInAnyOrder("taylor", "summers", "dangelo");
        assertThat(Board.in(after).chair()).isEqualTo("taylor");
        assertThat(CeoOffice.in(after).officers()).containsEntry("president", "brockman");
        assertThat(Board.in(after).members()).doesNotContain("altman");
    }

    @Test
    void onNovember29MicrosoftTakesANonVotingObserverSeatAndNoEmployeeIsLost() {
        Recorded seat = first(ObserverSeatGranted.class, e -> e.investor().equals("microsoft"));
        assertThat(seat.time().atZone(PACIFIC).toLocalDate().toString()).isEqualTo("2023-11-29");
        World end = stateAfter(story.get(story.size() - 1));
        assertThat(Workforce.in(end).resigned()).isZero();
        assertThat(Workforce.in(end).employed()).isEqualTo(770);
        assertThat(Investor.all(end).get("microsoft").profile().votes()).isZero();
        assertThat(CeoOffice.in(end).officers()).containsEntry("cto", "murati");
    }

    @Test
    void theCodeRedMemoIsAnEpilogueMarkedAsADisputedClaim() {
        Recorded codeRed = first(FactNoted.class, e -> e.text().contains("code red"));
        assertThat(((FactNoted) codeRed.event()).disputed()).isTrue();
        assertThat(codeRed.time().atZone(PACIFIC).toLocalDate().toString()).isEqualTo("2025-12-01");
        assertThat(codeRed.source()).isEqualTo("S29");
    }

    @Test
    void everyScriptedEventNamesItsSourceAndEveryModelledOneSaysItIsModelled() {
        for (Recorded r : story) {
            if (r.cause().equals("script") || r.cause().equals("epilogue")) {
                assertThat(r.source()).as("event %d", r.seq()).matches("S\\d+(,S\\d+)*|assumption(\\[S\\d+(,S\\d+)*\\]: .+)?");
            }
            if (r.cause().startsWith("policy:")) {
                assertThat(r.source()).as("event %d", r.seq()).isEqualTo("model");
            }
        }
        assertThat(events(EmployeesResigned.class)).isNotEmpty();
    }

    // ---- reading the story ----

    static Instant pacific(String local) {
        return LocalDateTime.parse(local).atZone(PACIFIC).toInstant();
    }

    static List<Recorded> events(Class<? extends DomainEvent> type) {
        return story.stream().filter(r -> type.isInstance(r.event())).toList();
    }

    @SuppressWarnings("unchecked")
    static <E extends DomainEvent> Recorded first(Class<E> type, Predicate<E> test) {
        return story.stream().filter(r -> type.isInstance(r.event()) && test.test((E) r.event())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " in the story"));
    }

    static Recorded removedAsCeo(String person) {
        return first(CeoRemoved.class, e -> e.person().equals(person));
    }

    static int signaturesAt(Instant t) {
        int total = 0;
        for (Recorded r : story) {
            if (r.time().isAfter(t)) {
                break;
            }
            if (r.event() instanceof LetterSigned s) {
                total = s.signatures();
            }
        }
        return total;
    }

    /** The world once everything that happened at {@code t} has happened. */
    static World stateAt(Instant t) {
        World w = new World();
        story.stream().filter(r -> !r.time().isAfter(t)).forEach(w::apply);
        return w;
    }

    static World stateAfter(Recorded last) {
        World w = new World();
        story.stream().filter(r -> r.seq() <= last.seq()).forEach(w::apply);
        return w;
    }
}
