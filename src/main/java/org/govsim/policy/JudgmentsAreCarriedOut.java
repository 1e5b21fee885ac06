package org.govsim.policy;

import org.govsim.board.Board;
import org.govsim.board.BoardCommands.CarryOutJudgment;
import org.govsim.litigation.LitigationEvents.SuitDecided;
import org.govsim.shareholders.ShareholderCommands.VoidDesignationRights;
import org.govsim.simulation.Policy;
import org.govsim.simulation.Reactions;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;

/**
 * A judgment for the plaintiff takes effect at once: the directors it removes leave the board, and the holders whose
 * right to designate directors it voids lose it. A stayed or settled suit, or a judgment for the defendants, changes
 * nothing.
 */
public final class JudgmentsAreCarriedOut implements Policy {

    public String name() { return "judgments-are-carried-out"; }

    public void react(Recorded event, World world, Reactions out) {
        if (event.event() instanceof SuitDecided d && d.forPlaintiff()) {
            if (!d.relief().removeDirectors().isEmpty()) {
                out.now(new CarryOutJudgment(Board.in(world).id(), d.relief().removeDirectors(), d.suit()));
            }
            String judgment = "the judgment in " + world.names().nameOf(d.suit());
            d.relief().voidDesignations().forEach(h -> out.now(new VoidDesignationRights(h, judgment)));
        }
    }
}
