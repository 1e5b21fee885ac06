package org.govsim.timeline;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsim.board.Board;
import org.govsim.investor.Investor;
import org.govsim.simulation.ScheduledAction;
import org.govsim.simulation.World;

/** Every actor's state after some event, as plain maps ready for JSON or text. */
public final class StateView {
    private StateView() {
    }

    public static Map<String, Object> of(World w) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("seq", w.seq());
        out.put("time", w.now() == null ? null : ZonedDateTime.ofInstant(w.now(), w.zone()).toOffsetDateTime().toString());
        var names = w.organisation();

        Map<String, Object> ceo = new LinkedHashMap<>();
        ceo.put("holder", w.ceo().holder());
        ceo.put("holderName", w.ceo().holder() == null ? null : names.nameOf(w.ceo().holder()));
        ceo.put("interim", w.ceo().interim());
        ceo.put("reinstated", w.ceo().reinstated());
        ceo.put("removed", List.copyOf(w.ceo().removed()));
        ceo.put("officers", new LinkedHashMap<>(w.ceo().officers()));
        out.put("ceo", ceo);

        Map<String, Object> board = new LinkedHashMap<>();
        board.put("members", List.copyOf(w.board().members()));
        board.put("chair", w.board().chair());
        board.put("observers", List.copyOf(w.board().observers()));
        List<Map<String, Object>> directors = new ArrayList<>();
        for (Board.Director d : w.board().directors().values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("person", d.person());
            m.put("name", names.nameOf(d.person()));
            m.put("strain", Math.round(d.strain() * 10) / 10.0);
            m.put("resolve", d.resolve() >= 1e12 ? null : d.resolve());
            m.put("yielded", d.yielded());
            directors.add(m);
        }
        board.put("directors", directors);
        board.put("openSettlements", List.copyOf(w.board().openSettlements().keySet()));
        out.put("board", board);

        Map<String, Object> staff = new LinkedHashMap<>();
        staff.put("headcount", w.workforce().headcount());
        staff.put("employed", w.workforce().employed());
        staff.put("letterOpen", w.workforce().letterOpen());
        staff.put("letterSignatures", w.workforce().signed());
        staff.put("resigned", w.workforce().resigned());
        staff.put("outsideOffer", w.workforce().offerEmployer());
        out.put("workforce", staff);

        List<Map<String, Object>> investors = new ArrayList<>();
        for (Investor i : w.investors().values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", i.id());
            m.put("name", i.profile().name());
            m.put("stance", i.stance().name().toLowerCase());
            m.put("votes", i.profile().votes());
            m.put("observerSeat", w.board().observers().contains(i.id()));
            investors.add(m);
        }
        out.put("investors", investors);

        List<Map<String, Object>> pending = new ArrayList<>();
        for (ScheduledAction a : w.agenda()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("action", a.id());
            m.put("due", ZonedDateTime.ofInstant(a.due(), w.zone()).toOffsetDateTime().toString());
            m.put("command", a.command().getClass().getSimpleName());
            m.put("cause", a.cause());
            pending.add(m);
        }
        out.put("pending", pending);
        return out;
    }
}
