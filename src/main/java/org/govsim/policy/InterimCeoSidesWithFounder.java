package org.govsim.policy;

import org.govsim.board.Board;
import org.govsim.board.BoardCommands.DemandBoardResignation;
import org.govsim.board.BoardEvents.SettlementProposed;
import org.govsim.ceo.CeoOffice;
import org.govsim.organisation.Organisation.Loyalist;
import org.govsim.organisation.Organisation;
import org.govsim.simulation.Policy;
import org.govsim.simulation.Reactions;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;

/** An interim CEO loyal to the removed CEO backs his demands once he comes to negotiate in person. */
public final class InterimCeoSidesWithFounder implements Policy {

    public String name() { return "interim-ceo-sides-with-founder"; }

    public void react(Recorded event, World world, Reactions out) {
        if (!(event.event() instanceof SettlementProposed proposed) || !CeoOffice.in(world).removed().contains(proposed.proposer())) {
            return;
        }
        String interim = CeoOffice.in(world).holder();
        if (interim == null || !CeoOffice.in(world).interim()) {
            return;
        }
        for (Loyalist l : Organisation.in(world).loyalists()) {
            if (interim.equals(l.person()) && proposed.proposer().equals(l.loyalTo())) {
                out.now(new DemandBoardResignation(Board.in(world).id(), interim, 1));
            }
        }
    }
}
