package org.govsim.policy;

import org.govsim.board.Board;
import org.govsim.board.BoardCommands.RecordPressure;
import org.govsim.board.BoardEvents.PressureMeasured;
import org.govsim.ceo.CeoEvents.CeoRemoved;
import org.govsim.simulation.Policy;
import org.govsim.simulation.Reactions;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;

/** While a removed CEO has not returned, the pressure on the board is measured at a steady tick and accumulates as strain. */
public final class PressureMounts implements Policy {

    public String name() { return "pressure-mounts"; }

    public void react(Recorded event, World world, Reactions out) {
        boolean start = event.event() instanceof CeoRemoved && !world.hasPending(RecordPressure.class);
        // only a tick of its own continues the chain: a reading taken for another reason (a rebuke) starts none
        boolean tick = event.event() instanceof PressureMeasured && event.cause().equals("policy:" + name());
        if ((start || tick) && Crisis.open(world)) {
            double hours = world.parameters().pressureTickHours();
            out.after(hours, new RecordPressure(Board.in(world).id(), hours, null, world.parameters().pressureTolerance()));
        }
    }
}
