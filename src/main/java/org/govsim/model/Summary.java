package org.govsim.model;

import java.util.ArrayList;
import java.util.List;

import org.govsim.board.Board;
import org.govsim.ceo.CeoOffice;
import org.govsim.simulation.World;
import org.govsim.workforce.Workforce;

/** The outcome of a run in a few lines: who leads, who sits on the board, what the staff did. */
public final class Summary {
    private Summary() {
    }

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
        lines.add("Staff: " + staff.employed() + " of " + staff.headcount() + " remain; "
                + staff.signed() + " signed the letter; " + staff.resigned() + " resigned");
        return lines;
    }
}
