package org.govsim.policy;

import org.govsim.board.Board;
import org.govsim.board.BoardCommands.SeatByStockholders;
import org.govsim.shareholders.ShareholderEvents.StockholdersConsented;
import org.govsim.simulation.Policy;
import org.govsim.simulation.Reactions;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;

/**
 * What a majority of the votes decides by written consent takes effect on the board at once: the directors it removes
 * leave (DGCL 141(k)) and those it elects take their seats, as far as the bylaws give the stockholders that power.
 */
public final class StockholdersSeatTheBoard implements Policy {

    public String name() { return "stockholders-seat-the-board"; }

    public void react(Recorded event, World world, Reactions out) {
        if (event.event() instanceof StockholdersConsented c && !(c.remove().isEmpty() && c.elect().isEmpty())) {
            out.now(new SeatByStockholders(Board.in(world).id(), c.remove(), c.elect(), c.consent()));
        }
    }
}
