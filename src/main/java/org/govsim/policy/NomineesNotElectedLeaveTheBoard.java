package org.govsim.policy;

import org.govsim.board.Board;
import org.govsim.board.BoardCommands.ResignFromBoard;
import org.govsim.shareholders.ShareholderEvents.ElectionHeld;
import org.govsim.shareholders.ShareholderEvents.NomineeResult;
import org.govsim.simulation.Policy;
import org.govsim.simulation.Reactions;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;

/**
 * A sitting director the stockholders did not re-elect leaves the board when the result is announced. Delaware lets an
 * incumbent hold over until a successor is elected (DGCL 141(b)); majority voting comes with a policy that such a
 * director tenders their resignation, and the model takes it that the board accepts it.
 */
public final class NomineesNotElectedLeaveTheBoard implements Policy {

    public String name() { return "nominees-not-elected-leave-the-board"; }

    public void react(Recorded event, World world, Reactions out) {
        if (!(event.event() instanceof ElectionHeld e)) {
            return;
        }
        Board board = Board.in(world);
        for (NomineeResult r : e.results()) {
            if (!r.elected() && board.isDirector(r.person())) {
                out.now(new ResignFromBoard(board.id(), r.person(), e.election().equals("majority")
                        ? "not re-elected: more votes withheld than cast for under majority voting, so the resignation "
                        + "its policy asks for is tendered and accepted"
                        : "not re-elected: no vote was cast for the nominee"));
            }
        }
    }
}
