package org.govsim.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsim.board.Board;
import org.govsim.ceo.CeoOffice;
import org.govsim.investor.Investor;
import org.govsim.organisation.Organisation;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;
import org.govsim.workforce.Workforce;

/**
 * How a timeline ended, in the terms a class compares branches by: who leads, who sits on the board and chairs it,
 * what the staff did, where each investor stands, and whether and when a removed CEO returned. A projection of a
 * board-versus-CEO crisis over the actors' states.
 */
public record Outcome(String ceo, boolean ceoInterim, List<String> board, String chair, int employed, int headcount,
                      int signed, int peakSignatures, int resigned, Map<String, String> investors, boolean ceoRemoved,
                      Instant ceoReturnedAt, String zone) {

    public static Outcome of(List<Recorded> events) {
        World w = new World();
        events.forEach(w::apply);
        return of(w);
    }

    public static Outcome of(World w) {
        Organisation org = Organisation.in(w);
        Board b = Board.in(w);
        CeoOffice office = CeoOffice.in(w);
        Workforce staff = Workforce.in(w);
        Map<String, String> investors = new LinkedHashMap<>();
        for (Investor i : Investor.all(w).values()) {
            investors.put(i.profile().name(), i.stance().name().toLowerCase().replace('_', ' ')
                    + (b.observers().contains(i.id()) ? ", observer seat" : ""));
        }
        List<String> board = new ArrayList<>();
        b.members().forEach(m -> board.add(org.nameOf(m)));
        String ceo = office.holder() == null ? null : org.nameOf(office.holder());
        String chair = b.chair() == null ? null : org.nameOf(b.chair());
        return new Outcome(ceo, office.interim(), board, chair, staff.employed(), staff.headcount(), staff.signed(),
                staff.peakSignatures(), staff.resigned(), investors, office.lastRemovalAt() != null, office.returnedAt(),
                w.started() == null ? "UTC" : w.started().timezone());
    }

    /** The outcome as labelled rows, in a fixed order, for tables side by side. */
    public Map<String, String> rows() {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("CEO", ceo == null ? "vacant" : ceo + (ceoInterim ? " (interim)" : ""));
        rows.put("board", board.isEmpty() ? "nobody" : String.join(", ", board));
        rows.put("chair", chair == null ? "none" : chair);
        // a case without a workforce in its seed (no staff revolt to count) shows none
        if (headcount > 0) {
            rows.put("employees remaining", employed + " of " + headcount);
            rows.put("signed the letter", String.valueOf(signed));
            rows.put("resigned", String.valueOf(resigned));
        }
        investors.forEach((name, stance) -> rows.put("investor " + name, stance));
        rows.put("CEO returned", !ceoRemoved ? "never removed" : ceoReturnedAt == null ? "no"
                : "yes, " + ceoReturnedAt.atZone(java.time.ZoneId.of(zone)).toLocalDateTime().toString().replace('T', ' '));
        return rows;
    }
}
