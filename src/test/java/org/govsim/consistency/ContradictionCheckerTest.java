package org.govsim.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.govsim.board.BoardEvents.DirectorResigned;
import org.govsim.ceo.CeoEvents.CandidateAccepted;
import org.govsim.ceo.CeoEvents.CandidateApproached;
import org.govsim.ceo.CeoEvents.CeoRemoved;
import org.govsim.scenario.ScenarioLoader;
import org.govsim.simulation.DomainEvent;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.SimulationEvents.FactNoted;
import org.govsim.timeline.Replays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ContradictionCheckerTest {

    static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
    static List<Recorded> history;

    @BeforeAll
    static void replayTheCrisis() {
        history = Replays.run(ScenarioLoader.load(Path.of("scenarios/openai-2023-board-crisis.yaml")));
    }

    @Test
    void theHistoricalReplayContradictsNothing() {
        assertThat(ContradictionChecker.check(history)).isEmpty();
    }

    @Test
    void linesPlantedInHistoryAreEachCaughtByTheirRule() {
        List<Recorded> planted = new ArrayList<>(history);
        plant(planted, "2023-11-18T10:30", new FactNoted("workforce", "Staff weigh Microsoft's offer of jobs", false));
        plant(planted, "2023-11-18T11:00", new FactNoted("ceo", "interim CEO Emmett Shear meets the staff", false));
        plant(planted, "2023-11-19T08:00", new FactNoted("board", "The board meets after the return", false));
        plant(planted, "2023-11-22T09:00", new CeoRemoved("murati", "a motion"));
        plant(planted, "2023-11-16T19:30", new DirectorResigned("lightcap", "leaves"));
        plant(planted, "2023-11-20T13:00", new CandidateAccepted("amodei", "ceo"));
        plant(planted, "2023-11-20T13:30", new CandidateApproached("hurd", "ceo"));

        List<Contradiction> found = ContradictionChecker.check(planted);

        assertThat(found).extracting(Contradiction::rule).containsExactlyInAnyOrder(
                ContradictionChecker.OFFER_NEVER_MADE, ContradictionChecker.OFFICE_NOT_HELD,
                ContradictionChecker.RETURN_NOT_HAPPENED, ContradictionChecker.NO_SUCH_SEAT,
                ContradictionChecker.NO_SUCH_SEAT, ContradictionChecker.APPROACH_AFTER_ACCEPTANCE);
        assertThat(found).filteredOn(c -> c.rule().equals(ContradictionChecker.OFFICE_NOT_HELD)).singleElement()
                .satisfies(c -> assertThat(c.why()).isEqualTo("Emmett Shear is called interim CEO but does not hold"
                        + " that office"));
        assertThat(found).filteredOn(c -> c.rule().equals(ContradictionChecker.NO_SUCH_SEAT))
                .extracting(Contradiction::why).containsExactlyInAnyOrder(
                        "murati is removed as CEO without holding the office",
                        "lightcap resigns from a board they do not sit on");
    }

    @Test
    void aLineIsCheckedAgainstTheWorldOnEitherSideOfItsEvent() {
        List<Recorded> planted = new ArrayList<>(history);
        // Murati was CTO before she became interim CEO, and Shear interim CEO from the evening of 11-19
        plant(planted, "2023-11-17T11:00", new FactNoted("ceo", "CTO Mira Murati is briefed", false));
        plant(planted, "2023-11-20T02:00", new FactNoted("ceo", "interim CEO Emmett Shear meets the staff", false));
        assertThat(ContradictionChecker.check(planted)).isEmpty();
    }

    /** Inserts an event among the others at its time, after those of the same time. */
    private static void plant(List<Recorded> events, String local, DomainEvent event) {
        Instant at = LocalDateTime.parse(local).atZone(PACIFIC).toInstant();
        int i = 0;
        while (i < events.size() && !events.get(i).time().isAfter(at)) {
            i++;
        }
        long seq = events.get(i - 1).seq();
        events.add(i, new Recorded(seq, at, "script", "S1", 0, event));
    }
}
