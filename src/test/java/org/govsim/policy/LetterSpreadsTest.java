package org.govsim.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govsim.policy.PolicyFixture.LETTER_DEMANDS;
import static org.govsim.policy.PolicyFixture.T0;
import static org.govsim.policy.PolicyFixture.WORKFORCE;
import static org.govsim.policy.PolicyFixture.hoursAfterStart;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.govsim.board.BoardCommands.RecordPressure;
import org.govsim.board.BoardEvents.PressureMeasured;
import org.govsim.board.PressureReading;
import org.govsim.ceo.CeoEvents.CeoAppointed;
import org.govsim.ceo.CeoEvents.CeoRemoved;
import org.govsim.model.GovernanceModel;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.Simulation;
import org.govsim.simulation.SimulationEvents.ActionLapsed;
import org.govsim.simulation.SimulationEvents.ActionScheduled;
import org.govsim.simulation.SimulationEvents.SimulationStarted;
import org.govsim.workforce.ThresholdBand;
import org.govsim.workforce.WorkforceCommands.TallyLetter;
import org.govsim.workforce.WorkforceEvents.EmployeesResigned;
import org.govsim.workforce.WorkforceEvents.LetterOpened;
import org.govsim.workforce.WorkforceEvents.LetterSigned;
import org.govsim.workforce.WorkforceEvents.OutsideOfferExtended;
import org.govsim.workforce.WorkforceEvents.WorkforceFormed;
import org.junit.jupiter.api.Test;

class LetterSpreadsTest {

    /** The crisis the letter answers. */
    private static final CeoRemoved REMOVED = new CeoRemoved("alice", "m1");

    private static final LetterOpened OPENED = new LetterOpened(LETTER_DEMANDS, "the board named an outsider");

    /** Three organisers sign at once; nobody else ever will. */
    private static WorkforceFormed onlyOrganisers() {
        return new WorkforceFormed(WORKFORCE, 100, List.of(new ThresholdBand(0.03, 0.0, 0.0),
                new ThresholdBand(0.97, 2.0, 3.0)), 0.5, 0.1, 0, 7, 10, 0.9, LETTER_DEMANDS, 42, "assumption");
    }

    @Test
    void openedLetterIsTalliedAfterOneTick() {
        PolicyFixture.givenMinimalWorld()
                .andGiven(REMOVED)
                .when(new LetterSpreads(), OPENED)
                .expectCommands(new TallyLetter(WORKFORCE, hoursAfterStart(0.5), 0.5, 12))
                .expectDue(hoursAfterStart(0.5));
    }

    @Test
    void tallyCarriesTheLocalHourOfItsDueTime() {
        SimulationStarted pacific = new SimulationStarted("test", "a policy test", 42, "America/Los_Angeles", T0,
                T0.plus(Duration.ofDays(7)), PolicyFixture.defaultParameters(), null);
        // 12:30 UTC on 17 November is 04:30 in California: the night rate applies
        PolicyFixture.givenMinimalWorld(pacific)
                .andGiven(REMOVED)
                .when(new LetterSpreads(), OPENED)
                .expectCommands(new TallyLetter(WORKFORCE, hoursAfterStart(0.5), 0.5, 4));
    }

    @Test
    void signaturesKeepBeingCountedWhileMoreColleaguesAreReady() {
        PolicyFixture.givenMinimalWorld()
                .andGiven(REMOVED)
                .andGiven(OPENED)
                .when(new LetterSpreads(), new LetterSigned(3, 3, 100), hoursAfterStart(1))
                .expectCommands(new TallyLetter(WORKFORCE, hoursAfterStart(1.5), 0.5, 13));
    }

    @Test
    void spreadingStopsWhenNobodyElseIsReadyToSign() {
        PolicyFixture.givenMinimalWorld(onlyOrganisers())
                .andGiven(REMOVED, OPENED)
                .when(new LetterSpreads(), new LetterSigned(3, 3, 100), hoursAfterStart(1))
                .expectNoCommands();
    }

    @Test
    void outsideOfferRestartsTheSpreadByLoweringThresholds() {
        // the discount must bring thresholds of 2 within reach: a discount of 2 does
        PolicyFixture.givenMinimalWorld(onlyOrganisers())
                .andGiven(REMOVED, OPENED, new LetterSigned(3, 3, 100))
                .when(new LetterSpreads(), new OutsideOfferExtended("Backer Corp", 2.0), hoursAfterStart(2))
                .expectCommands(new TallyLetter(WORKFORCE, hoursAfterStart(2.5), 0.5, 14));
    }

    @Test
    void noTallyWhileTheLetterIsNotOpen() {
        PolicyFixture.givenMinimalWorld()
                .andGiven(REMOVED)
                .when(new LetterSpreads(), new PressureMeasured(1.0, new PressureReading(1.0, Map.of()), 0))
                .expectNoCommands();
    }

    @Test
    void noSecondTallyWhileOneIsPending() {
        PolicyFixture.givenMinimalWorld()
                .andGiven(REMOVED)
                .andGiven(OPENED)
                .andScheduled(hoursAfterStart(0.5), new TallyLetter(WORKFORCE, hoursAfterStart(0.5), 0.5, 12))
                .when(new LetterSpreads(), new PressureMeasured(1.0, new PressureReading(1.0, Map.of()), 0),
                        hoursAfterStart(0.25))
                .expectNoCommands();
    }

    @Test
    void nobodyElseSignsOnceTheRemovedCeoIsBack() {
        PolicyFixture.givenMinimalWorld()
                .andGiven(REMOVED, OPENED, new CeoAppointed("alice", false, "m2", true, null))
                .when(new LetterSpreads(), new LetterSigned(3, 3, 100), hoursAfterStart(1))
                .expectNoCommands();
    }

    @Test
    void aTallyThatCountsNobodyIsFollowedByTheNextOneTickLater() {
        PolicyFixture f = PolicyFixture.givenMinimalWorld()
                .andGiven(REMOVED, OPENED)
                .andGivenAt(hoursAfterStart(1), new LetterSigned(3, 3, 100))
                .andScheduled(hoursAfterStart(1.5), new TallyLetter(WORKFORCE, hoursAfterStart(1.5), 0.5, 13));
        long tally = f.world().nextActionId() - 1;
        f.when(new LetterSpreads(), new ActionLapsed(tally, "nothing changed"), hoursAfterStart(1.5))
                .expectCommands(new TallyLetter(WORKFORCE, hoursAfterStart(2), 0.5, 14));
    }

    @Test
    void aResignationThatMakesSomeoneReadyToSignStartsTheCount() {
        // 3 organisers of 100 signed; once 90 others have left, their share of 30% reaches the 0.3 thresholds
        WorkforceFormed ready = new WorkforceFormed(WORKFORCE, 100, List.of(new ThresholdBand(0.03, 0.0, 0.0),
                new ThresholdBand(0.97, 0.3, 0.3)), 0.5, 0.1, 0, 7, 10, 0.9, LETTER_DEMANDS, 42, "assumption");
        PolicyFixture.givenMinimalWorld(ready)
                .andGiven(REMOVED, OPENED, new LetterSigned(3, 3, 100))
                .when(new LetterSpreads(), new EmployeesResigned(90, 0, "protest"), hoursAfterStart(2))
                .expectCommands(new TallyLetter(WORKFORCE, hoursAfterStart(2.5), 0.5, 14));
    }

    @Test
    void inARunEachTallyCountsExactlyTheTimeSinceTheOneBefore() {
        PolicyFixture f = PolicyFixture.givenMinimalWorld()
                .andGiven(REMOVED, OPENED)
                .andScheduled(hoursAfterStart(0.5), new TallyLetter(WORKFORCE, hoursAfterStart(0.5), 0.5, 12))
                .andScheduled(hoursAfterStart(1), new RecordPressure(PolicyFixture.BOARD, 1.0, null, 1000));
        List<Recorded> run = new ArrayList<>(f.history());
        Simulation.resume(f.history(), GovernanceModel.standard(), run::add).runToEnd();

        Map<Long, TallyLetter> tallies = new HashMap<>();
        Instant last = null;
        int counted = 0;
        int lapsed = 0;
        for (Recorded r : run) {
            if (r.event() instanceof ActionScheduled s && s.command() instanceof TallyLetter t) {
                tallies.put(s.actionId(), t);
            } else if (tallies.containsKey(r.action())) {
                TallyLetter t = tallies.remove(r.action());
                if (last != null) {
                    assertThat(t.hours()).as("hours counted by the tally at %s", r.time())
                            .isEqualTo(Duration.between(last, r.time()).toSeconds() / 3600.0);
                }
                last = r.time();
                counted++;
                lapsed += r.event() instanceof ActionLapsed ? 1 : 0;
            }
        }
        assertThat(lapsed).as("tallies that added nobody").isPositive();
        assertThat(counted).isGreaterThan(lapsed);
    }
}
