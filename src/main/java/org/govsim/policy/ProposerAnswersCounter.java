package org.govsim.policy;

import java.util.Objects;

import org.govsim.board.Board;
import org.govsim.board.BoardCommands.AnswerCounter;
import org.govsim.board.BoardEvents.SettlementProposed;
import org.govsim.ceo.CeoOffice;
import org.govsim.simulation.Command;
import org.govsim.simulation.CommandPreparer;
import org.govsim.simulation.World;

/**
 * The proposer answers the board's counter-offer when the answer is due, from the board as it is then. He holds to
 * his own terms while one more director would carry them (the board is about to give in in full, so waiting costs
 * little); otherwise he accepts a counter that still gives the office he asked for, which has one director more behind
 * it, the one who put it. A counter for a CEO who has committed elsewhere is refused.
 */
public final class ProposerAnswersCounter implements CommandPreparer {

    @Override
    public Command prepare(Command command, World world) {
        if (!(command instanceof AnswerCounter a) || a.accept() != null) {
            return command;
        }
        Board board = Board.in(world);
        SettlementProposed counter = board.openSettlements().get(a.counter());
        SettlementProposed own = board.openSettlements().get(board.counterTo(a.counter()));
        if (counter == null || own == null) {
            // one side is off the table by now: the board records nothing for this answer
            return a.answered(false, "nothing left to answer");
        }
        String ceo = counter.terms().ceo();
        if (CeoOffice.in(world).unavailable().contains(ceo)) {
            return a.answered(false, world.names().nameOf(ceo) + " has committed to another employer");
        }
        if (!Objects.equals(own.terms().ceo(), ceo)) {
            return a.answered(false, "it does not give " + world.names().nameOf(own.terms().ceo())
                    + " the office asked for");
        }
        int needed = board.members().size() / 2 + 1;
        int mine = board.backers(own).size();
        int theirs = board.backers(counter).size();
        if (mine + 1 >= needed) {
            return a.answered(false, String.format("%d of %d directors back his own terms, %d would carry them: he holds"
                    + " out for them", mine, board.members().size(), needed));
        }
        return a.answered(true, String.format("%d of %d directors would vote for it, %d for his own terms", theirs,
                board.members().size(), mine));
    }
}
