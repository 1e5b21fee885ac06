package org.govsim.policy;

import org.govsim.board.Board;
import org.govsim.board.BoardCommands.ReviewOfficerAppointment;
import org.govsim.board.BoardCommands.ReviewOfficerRemoval;
import org.govsim.board.Motion.Kind;
import org.govsim.ceo.CeoCommands.AppointCeo;
import org.govsim.ceo.CeoCommands.AppointOfficer;
import org.govsim.ceo.CeoCommands.RemoveCeo;
import org.govsim.simulation.Command;
import org.govsim.simulation.CommandPreparer;
import org.govsim.simulation.World;

/**
 * A removal or appointment of an officer (the CEO, an interim CEO, a president, ...) that cites a motion the board did
 * not carry (failed, out of order, never put, or not about this act) goes to the board instead, which refuses it with
 * the reason. The CEO's office cannot see the board's votes, so the check is made where both are in view, when the
 * act runs. An act citing no motion is left to the CEO's office, which rejects it.
 */
public final class OfficersServeAtTheBoardsPleasure implements CommandPreparer {

    @Override
    public Command prepare(Command command, World world) {
        Board board = Board.in(world);
        if (command instanceof RemoveCeo r && r.authority() != null) {
            if (board.noAuthorityToRemove(r.person(), r.authority()) != null) {
                return new ReviewOfficerRemoval(board.id(), r.person(), r.authority());
            }
        } else if (command instanceof AppointCeo a && a.authority() != null) {
            Kind act = a.interim() ? Kind.APPOINT_INTERIM_CEO : Kind.APPOINT_CEO;
            if (board.noAuthorityFor(act, a.person(), null, a.authority()) != null) {
                return new ReviewOfficerAppointment(board.id(), a.person(), act, a.interim() ? "interim CEO" : "CEO",
                        a.authority());
            }
        } else if (command instanceof AppointOfficer a && a.authority() != null) {
            if (board.noAuthorityFor(Kind.APPOINT_OFFICER, a.person(), a.role(), a.authority()) != null) {
                return new ReviewOfficerAppointment(board.id(), a.person(), Kind.APPOINT_OFFICER, a.role(), a.authority());
            }
        }
        return command;
    }
}
