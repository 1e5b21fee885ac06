package org.govsim.policy;

import java.util.Locale;

import org.govsim.board.Board;
import org.govsim.ceo.CeoCommands.AnswerLetter;
import org.govsim.ceo.CeoOffice;
import org.govsim.financing.Financing;
import org.govsim.shareholders.ShareholderEvents.HoldersLetterSent;
import org.govsim.simulation.Policy;
import org.govsim.simulation.Reactions;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;

/**
 * An officer who receives holders' letter demanding their resignation weighs it as a director weighs pressure: a point
 * for each percent of the votes its signers hold, and a point for each percent of the company's available cash they
 * provide, against the officer's resolve as a director. At the deadline the officer resigns if the letter weighs as
 * much as that resolve, and refuses it otherwise. An officer without a seat has no standing of their own against the
 * holders (resolve 0), and gives way.
 */
public final class LettersAreWeighed implements Policy {

    public String name() { return "letters-are-weighed"; }

    public void react(Recorded event, World world, Reactions out) {
        if (event.event() instanceof HoldersLetterSent l) {
            Board.Director seat = Board.in(world).directors().get(l.to());
            double resolve = seat == null ? 0 : seat.resolve();
            double cash = Financing.in(world).shareProvidedBy(l.holders()) * 100;
            double weight = l.shareOfVotes() * 100 + cash;
            String votes = String.format(Locale.ROOT, "%.1f%%", l.shareOfVotes() * 100) + " of the votes"
                    + (cash == 0 ? "" : String.format(Locale.ROOT, " and %.0f%% of the cash still available", cash));
            String standing = seat == null ? "holds no seat on the board from which to resist them"
                    : String.format(Locale.ROOT, "resolve %.0f", resolve);
            boolean resign = weight >= resolve;
            String reason = resign
                    ? "resigns, as the holders' letter demands: its signers' " + votes + " weigh as much as "
                    + (seat == null ? "an officer who " + standing : "their " + standing)
                    : "the signers' " + votes + " weigh less than their " + standing;
            out.at(l.deadline(), new AnswerLetter(CeoOffice.in(world).id(), l.to(), l.role(), l.letter(), resign, reason));
        }
    }
}
