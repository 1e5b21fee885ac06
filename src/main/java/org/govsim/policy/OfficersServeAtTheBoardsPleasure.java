package org.govsim.policy;

import org.govsim.board.Board;
import org.govsim.board.BoardCommands.ReviewOfficerRemoval;
import org.govsim.ceo.CeoCommands.RemoveCeo;
import org.govsim.simulation.Command;
import org.govsim.simulation.CommandPreparer;
import org.govsim.simulation.World;

/**
 * A removal of the CEO that cites a motion the board did not carry (failed, out of order, never put, or not about
 * this removal) goes to the board instead, which refuses it with the reason. The CEO's office cannot see the board's
 * votes, so the check is made where both are in view, when the removal runs.
 */
public final class OfficersServeAtTheBoardsPleasure implements CommandPreparer {

    @Override
    public Command prepare(Command command, World world) {
        if (command instanceof RemoveCeo r && r.authority() != null) {
            Board board = Board.in(world);
            if (board.noAuthorityToRemove(r.person(), r.authority()) != null) {
                return new ReviewOfficerRemoval(board.id(), r.person(), r.authority());
            }
        }
        return command;
    }
}
