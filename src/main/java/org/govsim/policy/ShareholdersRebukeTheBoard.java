package org.govsim.policy;

import org.govsim.board.Board;
import org.govsim.board.BoardCommands.RecordPressure;
import org.govsim.board.PressureReading;
import org.govsim.shareholders.ShareholderEvents.ElectionHeld;
import org.govsim.simulation.Policy;
import org.govsim.simulation.Reactions;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;

/**
 * Votes withheld from a sitting director are a public rebuke of the board even where they unseat no one (plurality
 * voting): the board feels it once, when the result is announced, as strain on each director; a director whose resolve
 * it exceeds gives way, and backs the concession on the table.
 */
public final class ShareholdersRebukeTheBoard implements Policy {

    /** The board takes in an election's result as one hour of its pressure: a rebuke is read once, not every hour. */
    static final double HOURS = 1;

    public String name() { return "shareholders-rebuke-the-board"; }

    public void react(Recorded event, World world, Reactions out) {
        if (event.event() instanceof ElectionHeld e) {
            PressureReading rebuke = PressureGauge.rebuke(e, world);
            if (rebuke.total() > 0) {
                out.now(new RecordPressure(Board.in(world).id(), HOURS, rebuke, world.parameters().pressureTolerance()));
            }
        }
    }
}
