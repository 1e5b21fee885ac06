package org.govsim.policy;

import org.govsim.ceo.CeoEvents.CeoAppointed;
import org.govsim.ceo.CeoEvents.CeoRemoved;
import org.govsim.investor.Investor;
import org.govsim.investor.InvestorCommands.PressBoard;
import org.govsim.investor.InvestorCommands.StandDown;
import org.govsim.organisation.Organisation;
import org.govsim.simulation.Policy;
import org.govsim.simulation.Reactions;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;

/**
 * Investors who side with a removed CEO press the board to reinstate him, each after its own reaction time, with its
 * leverage; once he is back, those who pressed for it stand down, and those yet to press never do.
 */
public final class InvestorsPressTheBoard implements Policy {

    public String name() { return "investors-press-the-board"; }

    public void react(Recorded event, World world, Reactions out) {
        if (event.event() instanceof CeoRemoved removed) {
            for (Investor investor : Investor.all(world).values()) {
                if (investor.profile().alignment() > 0) {
                    out.after(investor.profile().reactionHours(),
                            Crisis.whileOpen(new PressBoard(investor.id(), demand(world, removed.person()))));
                }
            }
        } else if (event.event() instanceof CeoAppointed appointed && appointed.returning()) {
            String met = demand(world, appointed.person());
            for (Investor investor : Investor.all(world).values()) {
                if (investor.stance() != Investor.Stance.NEUTRAL && met.equals(investor.demand())) {
                    out.now(new StandDown(investor.id(), met, Organisation.in(world).nameOf(appointed.person()) + " is back as CEO"));
                }
            }
        }
    }

    private static String demand(World world, String ceo) {
        return "reinstate " + Organisation.in(world).nameOf(ceo);
    }
}
