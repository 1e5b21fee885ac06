package org.govsim.policy;

import java.time.ZonedDateTime;

import org.govsim.simulation.Policy;
import org.govsim.simulation.Reactions;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;
import org.govsim.workforce.Workforce;
import org.govsim.workforce.WorkforceCommands.TallyLetter;
import org.govsim.workforce.WorkforceEvents.LetterOpened;

/**
 * Granovetter's threshold model over simulated time: while the crisis lasts and some employees' thresholds are met,
 * signatures are counted each tally tick. The tallies follow one another without a gap, one tick apart, whether or not
 * the last one added anybody, so each tally's hours are the time since the one before (or since eligibility began).
 */
public final class LetterSpreads implements Policy {

    public String name() { return "letter-spreads"; }

    /**
     * Reacts to any event, a tally that changed nothing included: whatever made someone ready to sign (the letter
     * opening, a signature, an outside offer, a resignation, a changed profile) starts the count at once.
     */
    public void react(Recorded event, World world, Reactions out) {
        // once the removed CEO is back the letter has what it asked for: nobody else signs. The cheapest test first:
        // this policy hears every event of every run of a sweep
        if (!Workforce.in(world).letterOpen() || !Crisis.open(world) || world.hasPending(TallyLetter.class)) {
            return;
        }
        if (!(event.event() instanceof LetterOpened) && Workforce.in(world).eligibleUnsigned() == 0) {
            return;
        }
        double hours = world.parameters().tallyTickHours();
        var due = event.time().plusSeconds(Math.round(hours * 3600));
        int localHour = ZonedDateTime.ofInstant(due, world.zone()).getHour();
        out.at(due, new TallyLetter(Workforce.in(world).id(), due, hours, localHour));
    }
}
