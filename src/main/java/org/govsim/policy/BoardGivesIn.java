package org.govsim.policy;

import java.util.List;

import org.govsim.board.Board;
import org.govsim.board.BoardCommands.LapseSettlement;
import org.govsim.board.BoardCommands.Method;
import org.govsim.board.BoardCommands.PutMotionToVote;
import org.govsim.board.BoardCommands.VoteBy;
import org.govsim.board.BoardEvents.DirectorYielded;
import org.govsim.board.BoardEvents.SettlementProposed;
import org.govsim.board.Motion;
import org.govsim.organisation.Organisation;
import org.govsim.simulation.Policy;
import org.govsim.simulation.Reactions;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;

/**
 * The board concedes when a majority of its directors have given way and terms are on the table: the terms go to a
 * vote at once, each director voting by stance. Terms not met by their deadline lapse.
 */
public final class BoardGivesIn implements Policy {

    public String name() { return "board-gives-in"; }

    public void react(Recorded event, World world, Reactions out) {
        if (event.event() instanceof SettlementProposed proposed && proposed.deadline() != null) {
            out.at(proposed.deadline(), new LapseSettlement(Board.in(world).id(), proposed.settlement()));
        }
        if (!(event.event() instanceof SettlementProposed || event.event() instanceof DirectorYielded)
                || !Board.in(world).majorityHasYielded()) {
            return;
        }
        for (SettlementProposed s : Board.in(world).openSettlements().values()) {
            if (Policies.votePending(world, s.settlement())) {
                continue;
            }
            Motion motion = s.terms().toMotion(s.settlement(), "the settlement proposed by "
                    + Organisation.in(world).nameOf(s.proposer()));
            out.now(new PutMotionToVote(Board.in(world).id(), motion, Method.MEETING, List.of(),
                    List.copyOf(Board.in(world).members()), List.of(), List.of(), VoteBy.STANCE));
            return;
        }
    }
}
