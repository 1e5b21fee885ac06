package org.govsim.policy;

import java.time.Duration;

import org.govsim.board.BoardEvents.PressureMeasured;
import org.govsim.simulation.Policy;
import org.govsim.simulation.Reactions;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;
import org.govsim.workforce.Workforce;
import org.govsim.workforce.WorkforceCommands.LeaveForOffer;

/** Once the letter's ultimatum has run out with the board still holding, signers with an outside offer begin to leave. */
public final class SignersFollowTheOffer implements Policy {

    public String name() { return "signers-follow-the-offer"; }

    public void react(Recorded event, World world, Reactions out) {
        if (!(event.event() instanceof PressureMeasured measured) || !Crisis.open(world) || Workforce.in(world).letterOpenedAt() == null
                || Workforce.in(world).offerEmployer() == null) {
            return;
        }
        double open = Duration.between(Workforce.in(world).letterOpenedAt(), event.time()).toMinutes() / 60.0;
        if (open >= world.parameters().letterUltimatumHours()) {
            out.now(new LeaveForOffer(Workforce.in(world).id(), event.time(), measured.hours(),
                    world.parameters().leaveRatePerHour()));
        }
    }
}
