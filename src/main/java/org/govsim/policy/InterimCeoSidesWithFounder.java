package org.govsim.policy;

import org.govsim.board.BoardCommands.DemandBoardResignation;
import org.govsim.board.BoardEvents.SettlementProposed;
import org.govsim.organisation.Organisation.Loyalist;
import org.govsim.simulation.Policy;
import org.govsim.simulation.Reactions;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;

/** An interim CEO loyal to the removed CEO backs his demands once he comes to negotiate in person. */
public final class InterimCeoSidesWithFounder implements Policy {

    public String name() { return "interim-ceo-sides-with-founder"; }

    public void react(Recorded event, World world, Reactions out) {
        if (!(event.event() instanceof SettlementProposed proposed) || !world.ceo().removed().contains(proposed.proposer())) {
            return;
        }
        String interim = world.ceo().holder();
        if (interim == null || !world.ceo().interim()) {
            return;
        }
        for (Loyalist l : world.organisation().loyalists()) {
            if (interim.equals(l.person()) && proposed.proposer().equals(l.loyalTo())) {
                out.now(new DemandBoardResignation(world.board().id(), interim, 1));
            }
        }
    }
}
