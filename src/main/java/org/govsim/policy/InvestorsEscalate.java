package org.govsim.policy;

import java.time.Duration;

import org.govsim.board.BoardEvents.PressureMeasured;
import org.govsim.ceo.CeoOffice;
import org.govsim.investor.Investor;
import org.govsim.investor.InvestorCommands.WeighLegalAction;
import org.govsim.simulation.Policy;
import org.govsim.simulation.Reactions;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;

/** An investor whose pressure has not brought the CEO back within its patience weighs legal action, which presses harder. */
public final class InvestorsEscalate implements Policy {

    public String name() { return "investors-escalate"; }

    public void react(Recorded event, World world, Reactions out) {
        if (!(event.event() instanceof PressureMeasured) || !Crisis.open(world)) {
            return;
        }
        double hoursSinceRemoval = Duration.between(CeoOffice.in(world).lastRemovalAt(), event.time()).toMinutes() / 60.0;
        for (Investor investor : Investor.all(world).values()) {
            if (investor.stance() == Investor.Stance.PRESSING
                    && hoursSinceRemoval >= investor.profile().reactionHours() + investor.profile().escalateAfterHours()) {
                out.now(new WeighLegalAction(investor.id()));
            }
        }
    }
}
