package org.govsim.policy;

import java.util.List;

import org.govsim.ceo.CeoCommands.ResignOffice;
import org.govsim.ceo.CeoEvents.UltimatumIssued;
import org.govsim.ceo.CeoOffice;
import org.govsim.simulation.SimulationEvents.OnlyIf;
import org.govsim.simulation.Policy;
import org.govsim.simulation.Reactions;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;

/**
 * An officer who threatened to resign unless the board carried a motion resigns when the deadline passes without it:
 * a threat not kept would cost them the standing it was meant to use. Met in time, nothing happens.
 */
public final class UltimatumsAreKept implements Policy {

    public String name() { return "ultimatums-are-kept"; }

    public void react(Recorded event, World world, Reactions out) {
        if (event.event() instanceof UltimatumIssued u) {
            out.at(u.deadline(), new OnlyIf(List.of("not-carried:" + u.motion()), new ResignOffice(
                    CeoOffice.in(world).id(), u.person(), u.role(), "resigns, as threatened: the board did not "
                    + "decide to " + u.demand() + " by the deadline")));
        }
    }
}
