package org.govsim.policy;

import java.util.Locale;

import org.govsim.board.Board;
import org.govsim.ceo.CeoCommands.AnswerLetter;
import org.govsim.ceo.CeoOffice;
import org.govsim.financing.Financing;
import org.govsim.shareholders.ShareholderCommands.CallForAnswer;
import org.govsim.shareholders.ShareholderEvents.HoldersLetterSent;
import org.govsim.shareholders.ShareholderEvents.LetterDeadlinePassed;
import org.govsim.shareholders.Shareholders;
import org.govsim.simulation.Policy;
import org.govsim.simulation.Reactions;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;

/**
 * An officer who receives holders' letter demanding their resignation weighs it at its deadline, as a director weighs
 * pressure: a point for each percent of the votes its signers then hold, and a point for each percent of the company's
 * available cash they then provide, against the officer's resolve as a director. The officer resigns if the letter
 * weighs as much as that resolve, and refuses it otherwise. An officer without a seat has no standing of their own
 * against the holders, and gives way.
 */
public final class LettersAreWeighed implements Policy {

    public String name() { return "letters-are-weighed"; }

    public void react(Recorded event, World world, Reactions out) {
        if (event.event() instanceof HoldersLetterSent l) {
            // weighed when the deadline comes, on what stands then: a what-if may change resolve, votes or cash meanwhile
            out.at(l.deadline(), new CallForAnswer(l.letter()));
        } else if (event.event() instanceof LetterDeadlinePassed d) {
            HoldersLetterSent l = Shareholders.in(world).letters().get(d.letter());
            String officer = world.names().nameOf(l.to());
            Board.Director seat = Board.in(world).directors().get(l.to());
            double cash = Financing.in(world).shareProvidedBy(l.holders()) * 100;
            double weight = d.shareOfVotes() * 100 + cash;
            String held = String.format(Locale.ROOT, "%.1f%% of the votes", d.shareOfVotes() * 100)
                    + (cash == 0 ? "" : String.format(Locale.ROOT, " and %.0f%% of the cash still available", cash));
            String reason;
            boolean resign;
            if (seat == null) {
                resign = true;
                reason = "resigns, as the holders' letter demands: without a seat on the board " + officer
                        + " has no standing against signers who hold " + held;
            } else {
                resign = weight >= seat.resolve();
                String balance = String.format(Locale.ROOT, "%.0f points against %s's resolve of %.0f", weight,
                        officer, seat.resolve());
                reason = resign ? "resigns, as the holders' letter demands: its signers' " + held + " weigh " + balance
                        : "its signers' " + held + " weigh " + balance;
            }
            out.now(new AnswerLetter(CeoOffice.in(world).id(), l.to(), l.role(), l.letter(), resign, reason));
        }
    }
}
