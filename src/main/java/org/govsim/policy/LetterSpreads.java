package org.govsim.policy;

import java.time.ZonedDateTime;

import org.govsim.board.BoardEvents.PressureMeasured;
import org.govsim.simulation.Policy;
import org.govsim.simulation.Reactions;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;
import org.govsim.workforce.Workforce;
import org.govsim.workforce.WorkforceCommands.TallyLetter;
import org.govsim.workforce.WorkforceEvents.LetterOpened;
import org.govsim.workforce.WorkforceEvents.LetterSigned;
import org.govsim.workforce.WorkforceEvents.OutsideOfferExtended;

/**
 * Granovetter's threshold model over simulated time: while the crisis lasts and some employees' thresholds are met,
 * signatures are counted each tally tick.
 */
public final class LetterSpreads implements Policy {

    public String name() { return "letter-spreads"; }

    public void react(Recorded event, World world, Reactions out) {
        Object e = event.event();
        boolean trigger = e instanceof LetterOpened || e instanceof LetterSigned || e instanceof OutsideOfferExtended
                || e instanceof PressureMeasured;
        // once the removed CEO is back the letter has what it asked for: nobody else signs
        if (!trigger || !Crisis.open(world) || !Workforce.in(world).letterOpen() || world.hasPending(TallyLetter.class)) {
            return;
        }
        if (!(e instanceof LetterOpened) && Workforce.in(world).eligibleUnsigned() == 0) {
            return;
        }
        double hours = world.parameters().tallyTickHours();
        var due = event.time().plusSeconds(Math.round(hours * 3600));
        int localHour = ZonedDateTime.ofInstant(due, world.zone()).getHour();
        out.at(due, new TallyLetter(Workforce.in(world).id(), due, hours, localHour));
    }
}
