package org.govsim.simulation;

import java.util.ArrayList;
import java.util.List;

/** The outcome of a run in a few lines: who leads, who sits on the board, what the staff did. */
public final class Summary {
    private Summary() {
    }

    public static List<String> of(World w) {
        List<String> lines = new ArrayList<>();
        var names = w.organisation();
        String ceo = w.ceo().holder();
        lines.add("CEO: " + (ceo == null ? "vacant" : names.nameOf(ceo) + (w.ceo().interim() ? " (interim)" : ""))
                + (w.ceo().reinstated() ? ", reinstated" : ""));
        lines.add("Board: " + String.join(", ", w.board().members().stream().map(names::nameOf).toList())
                + (w.board().chair() == null ? "; no chair" : "; chair " + names.nameOf(w.board().chair())));
        lines.add("Staff: " + w.workforce().employed() + " of " + w.workforce().headcount() + " remain; "
                + w.workforce().signed() + " signed the letter; " + w.workforce().resigned() + " resigned");
        return lines;
    }
}
