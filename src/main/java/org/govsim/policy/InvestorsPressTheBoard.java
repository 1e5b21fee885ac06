package org.govsim.policy;

import org.govsim.ceo.CeoEvents.CeoRemoved;
import org.govsim.investor.Investor;
import org.govsim.investor.InvestorCommands.PressBoard;
import org.govsim.organisation.Organisation;
import org.govsim.simulation.Policy;
import org.govsim.simulation.Reactions;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;

/** Investors who side with a removed CEO press the board to reinstate him, each after its own reaction time, with its leverage. */
public final class InvestorsPressTheBoard implements Policy {

    public String name() { return "investors-press-the-board"; }

    public void react(Recorded event, World world, Reactions out) {
        if (!(event.event() instanceof CeoRemoved removed)) {
            return;
        }
        for (Investor investor : Investor.all(world).values()) {
            if (investor.profile().alignment() > 0) {
                out.after(investor.profile().reactionHours(), new PressBoard(investor.id(),
                        "reinstate " + Organisation.in(world).nameOf(removed.person())));
            }
        }
    }
}
