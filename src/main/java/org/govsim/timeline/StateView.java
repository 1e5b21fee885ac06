package org.govsim.timeline;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsim.simulation.Actor;
import org.govsim.simulation.ActorKind;
import org.govsim.simulation.Model;
import org.govsim.simulation.ScheduledAction;
import org.govsim.simulation.World;

/** Every actor's state after some event, as plain maps ready for JSON or text: each kind of actor shows its own. */
public final class StateView {
    private StateView() {
    }

    public static Map<String, Object> of(Model model, World w) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("seq", w.seq());
        out.put("time", w.now() == null ? null : ZonedDateTime.ofInstant(w.now(), w.zone()).toOffsetDateTime().toString());
        for (ActorKind<?> kind : model.kinds()) {
            if (kind.viewKey() != null) {
                Object shown = view(kind, w);
                if (shown != null) {
                    out.put(kind.viewKey(), shown);
                }
            }
        }
        List<Map<String, Object>> pending = new ArrayList<>();
        for (ScheduledAction a : w.agenda()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("action", a.id());
            m.put("due", ZonedDateTime.ofInstant(a.due(), w.zone()).toOffsetDateTime().toString());
            m.put("command", a.command().getClass().getSimpleName());
            m.put("cause", a.cause());
            m.put("trigger", a.trigger());
            pending.add(m);
        }
        out.put("pending", pending);
        return out;
    }

    private static <A extends Actor> Object view(ActorKind<A> kind, World w) {
        if (!kind.keyed()) {
            return kind.view(w.actor(kind), w);
        }
        List<Map<String, Object>> all = new ArrayList<>();
        for (A actor : w.actors(kind).values()) {
            Map<String, Object> one = kind.view(actor, w);
            if (one != null) {
                all.add(one);
            }
        }
        return all;
    }
}
