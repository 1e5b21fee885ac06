package org.govsim.policy;

import org.govsim.board.Board;
import org.govsim.board.BoardCommands.DemandBoardResignation;
import org.govsim.simulation.Policy;
import org.govsim.simulation.Reactions;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;
import org.govsim.workforce.WorkforceEvents.ExecutivesBriefed;

/**
 * Executives briefed on a CEO's removal demand that the board resign when their loyalty to the CEO outweighs their trust
 * in it. Reasons the board has published weigh against that loyalty: loyalty 0.9 meets reasons that would convince a
 * neutral reader to 60% as a loyalty of 0.36, below the half at which they turn.
 */
public final class ExecutivesTurnOnTheBoard implements Policy {

    static final double LOYALTY_TO_DEMAND = 0.5;

    public String name() { return "executives-turn-on-the-board"; }

    public void react(Recorded event, World world, Reactions out) {
        if (event.event() instanceof ExecutivesBriefed briefed && Crisis.open(world)
                && briefed.loyalty() * (1 - Board.in(world).reasons()) >= LOYALTY_TO_DEMAND) {
            out.now(new DemandBoardResignation(Board.in(world).id(), "executives", briefed.executives()));
        }
    }
}
