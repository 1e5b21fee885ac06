package org.govsim.simulation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsim.investor.Investor;
import org.govsim.organisation.Organisation;

/**
 * How a timeline ended, in the terms a class compares branches by: who leads, who sits on the board and chairs it,
 * what the staff did, where each investor stands, and whether and when a removed CEO returned.
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
        return of(w, w.ceoRemovedAt() != null, w.ceoReturnedAt(), w.peakSignatures());
    }

    static Outcome of(World w, boolean removed, Instant returned, int peak) {
        Organisation org = w.organisation();
        Map<String, String> investors = new LinkedHashMap<>();
        for (Investor i : w.investors().values()) {
            investors.put(i.profile().name(), i.stance().name().toLowerCase().replace('_', ' ')
                    + (w.board().observers().contains(i.id()) ? ", observer seat" : ""));
        }
        List<String> board = new ArrayList<>();
        w.board().members().forEach(m -> board.add(org.nameOf(m)));
        String ceo = w.ceo().holder() == null ? null : org.nameOf(w.ceo().holder());
        String chair = w.board().chair() == null ? null : org.nameOf(w.board().chair());
        return new Outcome(ceo, w.ceo().interim(), board, chair, w.workforce().employed(), w.workforce().headcount(),
                w.workforce().signed(), peak, w.workforce().resigned(), investors, removed, returned,
                w.started() == null ? "UTC" : w.started().timezone());
    }

    /** The outcome as labelled rows, in a fixed order, for tables side by side. */
    public Map<String, String> rows() {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("CEO", ceo == null ? "vacant" : ceo + (ceoInterim ? " (interim)" : ""));
        rows.put("board", board.isEmpty() ? "nobody" : String.join(", ", board));
        rows.put("chair", chair == null ? "none" : chair);
        rows.put("employees remaining", employed + " of " + headcount);
        rows.put("signed the letter", String.valueOf(signed));
        rows.put("resigned", String.valueOf(resigned));
        investors.forEach((name, stance) -> rows.put("investor " + name, stance));
        rows.put("CEO returned", !ceoRemoved ? "never removed" : ceoReturnedAt == null ? "no"
                : "yes, " + ceoReturnedAt.atZone(java.time.ZoneId.of(zone)).toLocalDateTime().toString().replace('T', ' '));
        return rows;
    }
}
