package org.govsim.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.govsim.board.Board;
import org.govsim.ceo.CeoOffice;
import org.govsim.investor.Investor;
import org.govsim.shareholders.ShareholderEvents.ElectionHeld;
import org.govsim.shareholders.ShareholderEvents.NomineeResult;
import org.govsim.shareholders.Shareholders;
import org.govsim.simulation.Names;
import org.govsim.simulation.World;
import org.govsim.workforce.Workforce;

/**
 * The outcome of a run in a few lines: who leads, who sits on the board, what the staff did, and, while a removed CEO
 * has not returned, why not: which pressures fell short of which tolerance.
 */
public final class Summary {
    private Summary() {
    }

    /** A resolve this high belongs to a director no strain reaches (the CEO, an ally, a newcomer). */
    private static final double BEYOND_REACH = 1e12;

    public static List<String> of(World w) {
        List<String> lines = new ArrayList<>();
        var names = w.names();
        CeoOffice office = CeoOffice.in(w);
        Board board = Board.in(w);
        Workforce staff = Workforce.in(w);
        String ceo = office.holder();
        lines.add("CEO: " + (ceo == null ? "vacant" : names.nameOf(ceo) + (office.interim() ? " (interim)" : ""))
                + (office.reinstated() ? ", reinstated" : ""));
        lines.add("Board: " + String.join(", ", board.members().stream().map(names::nameOf).toList())
                + (board.chair() == null ? "; no chair" : "; chair " + names.nameOf(board.chair())));
        if (staff.headcount() > 0) {
            lines.add("Staff: " + staff.employed() + " of " + staff.headcount() + " remain; "
                    + staff.signed() + " signed the letter; " + staff.resigned() + " resigned");
        }
        ElectionHeld election = Shareholders.in(w).lastElection();
        if (election != null) {
            lines.add("Stockholders: " + String.join(", ", election.results().stream()
                    .filter(r -> r.withheld() > 0).sorted(Comparator.comparingLong(NomineeResult::withheld)
                            .reversed()).limit(3)
                    .map(r -> names.nameOf(r.person()) + " " + String.format(java.util.Locale.ROOT, "%.1f%%",
                            r.withheldShare() * 100) + " withheld" + (r.elected() ? "" : ", not elected")).toList()));
        }
        if (office.crisisOpen()) {
            lines.add(unresolved(names, board));
            lines.add(whyNotBack(w, names, office, board, staff));
        }
        return lines;
    }

    /** The crisis is open at the end: which terms are still on the table, and how many directors back each. */
    private static String unresolved(Names names, Board board) {
        if (board.openSettlements().isEmpty()) {
            return "Unresolved: no terms on the table";
        }
        return "Unresolved: " + String.join("; ", board.openSettlements().values().stream().map(s -> {
            String answered = board.counterTo(s.settlement());
            String what = answered == null ? "terms from " + names.nameOf(s.proposer())
                    : "the board's counter-offer through " + names.nameOf(s.proposer())
                    + (board.counterAccepted(s.settlement()) ? " (accepted in principle)" : "");
            return what + " still open, backed by " + board.backers(s).size() + " of " + board.members().size()
                    + " directors";
        }).toList());
    }

    /** Why the removed CEO is not back: the board held against the pressure, or gave way with nothing to carry out. */
    private static String whyNotBack(World w, Names names, CeoOffice office, Board board, Workforce staff) {
        String removed = office.removed().get(0);
        String gaveWay = board.majorityHasYielded() ? " though the board gave way (" + board.yieldedCount() + " of "
                + board.members().size() + " directors)" : "";
        if (office.unavailable().contains(removed)) {
            // whatever the board did, he cannot come back
            return names.nameOf(removed) + " is not back" + gaveWay + ": " + names.nameOf(removed)
                    + " has committed to another employer";
        }
        if (board.majorityHasYielded()) {
            return names.nameOf(removed) + " is not back" + gaveWay + ": no terms that bring " + names.nameOf(removed)
                    + " back were carried";
        }
        List<String> parts = new ArrayList<>();
        parts.add(board.yieldedCount() + " of " + board.members().size() + " directors gave way, "
                + board.neededToConcede() + " needed");
        List<Board.Director> holding = board.directors().values().stream()
                .filter(d -> !d.yielded() && d.susceptibility() > 0 && d.resolve() < BEYOND_REACH)
                .sorted(Comparator.comparingDouble(d -> d.resolve() - d.peakStrain())).toList();
        if (!holding.isEmpty()) {
            Board.Director nearest = holding.get(0);
            String others = String.join("; ", holding.subList(1, holding.size()).stream()
                    .map(d -> String.format("%s %.0f of %.0f", names.nameOf(d.person()), d.peakStrain(), d.resolve()))
                    .toList());
            parts.add(String.format("the strain on %s peaked at %.0f against a resolve of %.0f%s",
                    names.nameOf(nearest.person()), nearest.peakStrain(), nearest.resolve(),
                    others.isEmpty() ? "" : " (" + others + ")"));
        }
        parts.add(String.format("the pressure peaked at %.1f an hour against a tolerance of %.1f", board.peakPressure(),
                board.tolerance()));
        parts.add(staff.letterOpenedAt() == null ? "no letter was opened"
                : String.format("signatures peaked at %d%% (%d of %d)", Math.round(100.0 * staff.peakSignatures()
                / Math.max(1, staff.headcount())), staff.peakSignatures(), staff.headcount()));
        List<String> escalated = Investor.all(w).values().stream()
                .filter(i -> i.stance() == Investor.Stance.LEGAL_THREAT).map(i -> i.profile().name()).toList();
        parts.add(escalated.isEmpty() ? "no investor escalated" : String.join(", ", escalated) + " escalated");
        return "The board held: " + String.join("; ", parts);
    }
}
