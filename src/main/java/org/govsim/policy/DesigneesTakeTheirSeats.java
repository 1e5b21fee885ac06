package org.govsim.policy;

import org.govsim.board.Board;
import org.govsim.board.BoardCommands.SeatDesignee;
import org.govsim.shareholders.ShareholderEvents.DirectorDesignated;
import org.govsim.simulation.Policy;
import org.govsim.simulation.Reactions;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;

/**
 * A director a holder designates under its right takes a seat at once: the holders bound by the voting agreement elect
 * them, so no meeting or vote stands between the designation and the seat. The board says whether a seat is free and
 * whether the holder's seats are filled already.
 */
public final class DesigneesTakeTheirSeats implements Policy {

    public String name() { return "designees-take-their-seats"; }

    public void react(Recorded event, World world, Reactions out) {
        if (event.event() instanceof DirectorDesignated d) {
            out.now(new SeatDesignee(Board.in(world).id(), d.holder(), d.person(), d.seats(), d.designees()));
        }
    }
}
