package org.govsim.policy;

import org.govsim.board.Board;
import org.govsim.board.BoardCommands.YieldToPressure;
import org.govsim.board.BoardEvents.PressureMeasured;
import org.govsim.simulation.Policy;
import org.govsim.simulation.Reactions;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;

/** A director gives way once the strain of accumulated pressure exceeds their resolve. */
public final class ResolveGivesWay implements Policy {

    public String name() { return "resolve-gives-way"; }

    public void react(Recorded event, World world, Reactions out) {
        if (!(event.event() instanceof PressureMeasured)) {
            return;
        }
        for (Board.Director d : Board.in(world).directors().values()) {
            if (!d.yielded() && d.strain() >= d.resolve()) {
                out.now(new YieldToPressure(Board.in(world).id(), d.person()));
            }
        }
    }
}
