package org.govsim.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.govsim.model.Outcome;
import org.govsim.narrative.Narrator;
import org.govsim.simulation.Recorded;

/**
 * Two timelines compared: their common ancestor, the first event where they part, how each ended, and the events
 * each has that the other lacks after that point (matched by time, type and payload).
 */
public record Diff(TimelineInfo a, TimelineInfo b, org.govsim.simulation.World endOfA, String commonAncestor, Long divergenceSeq, Instant divergenceTimeA,
                   Instant divergenceTimeB, Outcome outcomeA, Outcome outcomeB, List<Recorded> onlyInA,
                   List<Recorded> onlyInB, List<Narrator.Line> storyOnlyInA, List<Narrator.Line> storyOnlyInB) {

    public static Diff of(TimelineStore store, TimelineInfo a, TimelineInfo b) {
        return store.inTransaction(() -> of(a, b, store.events(a), store.events(b), ancestor(store, a, b)));
    }

    private static Diff of(TimelineInfo a, TimelineInfo b, List<Recorded> ea, List<Recorded> eb, String ancestor) {
        int i = 0;
        while (i < ea.size() && i < eb.size() && same(ea.get(i), eb.get(i))) {
            i++;
        }
        boolean identical = i == ea.size() && i == eb.size();
        Long seq = identical ? null : (long) i + 1;
        Instant ta = i < ea.size() ? ea.get(i).time() : null;
        Instant tb = i < eb.size() ? eb.get(i).time() : null;
        List<Recorded> restA = ea.subList(i, ea.size());
        List<Recorded> restB = eb.subList(i, eb.size());
        org.govsim.simulation.World endOfA = new org.govsim.simulation.World();
        ea.forEach(endOfA::apply);
        List<Recorded> onlyA = unmatched(restA, restB);
        List<Recorded> onlyB = unmatched(restB, restA);
        return new Diff(a, b, endOfA, ancestor, seq, identical ? null : ta, identical ? null : tb, Outcome.of(ea),
                Outcome.of(eb), onlyA, onlyB, linesOf(ea, onlyA), linesOf(eb, onlyB));
    }

    /** The story of a whole timeline, kept to the lines of some of its events: each line knows what set it off. */
    private static List<Narrator.Line> linesOf(List<Recorded> timeline, List<Recorded> some) {
        java.util.Set<Long> seqs = new java.util.HashSet<>();
        some.forEach(r -> seqs.add(r.seq()));
        return Narrator.tell(timeline).stream().filter(l -> seqs.contains(l.seq())).toList();
    }

    /**
     * Same event at the same position: everything but the event's stored id, and but what later versions record beside
     * the same fact (the model that ran, the event a policy answered), so that a timeline of an earlier version and a
     * replay of today compare by what happened.
     */
    private static boolean same(Recorded x, Recorded y) {
        return x.time().equals(y.time()) && fact(x.event()).equals(fact(y.event())) && Objects.equals(x.cause(), y.cause())
                && x.action() == y.action();
    }

    private static Object fact(org.govsim.simulation.DomainEvent e) {
        if (e instanceof org.govsim.simulation.SimulationEvents.SimulationStarted s) {
            return List.of(s.scenario(), s.title(), s.seed(), s.timezone(), s.start(), s.horizon(), s.parameters());
        }
        if (e instanceof org.govsim.simulation.SimulationEvents.ActionScheduled s) {
            return List.of(s.actionId(), s.due(), s.command(), s.cause(), String.valueOf(s.source()));
        }
        return e;
    }

    private record Key(Instant time, Object event) {
    }

    private static List<Recorded> unmatched(List<Recorded> mine, List<Recorded> theirs) {
        Map<Key, Integer> counts = new HashMap<>();
        for (Recorded r : theirs) {
            counts.merge(new Key(r.time(), comparable(r)), 1, Integer::sum);
        }
        List<Recorded> out = new ArrayList<>();
        for (Recorded r : mine) {
            Key k = new Key(r.time(), comparable(r));
            Integer n = counts.get(k);
            if (n == null || n == 0) {
                out.add(r);
            } else {
                counts.put(k, n - 1);
            }
        }
        return out;
    }

    /** Scheduled actions differ in their ids between branches; what they schedule is what counts. */
    private static Object comparable(Recorded r) {
        if (r.event() instanceof org.govsim.simulation.SimulationEvents.ActionScheduled s) {
            return List.of(s.due(), s.command(), s.cause());
        }
        if (r.event() instanceof org.govsim.simulation.SimulationEvents.ActionLapsed) {
            return "lapsed";
        }
        return fact(r.event());
    }

    private static String ancestor(TimelineStore store, TimelineInfo a, TimelineInfo b) {
        List<String> linesA = lineage(store, a);
        for (String name : lineage(store, b)) {
            if (linesA.contains(name)) {
                return name;
            }
        }
        return null;
    }

    /** The names of the timeline and its ancestors, nearest first. */
    public static List<String> lineage(TimelineStore store, TimelineInfo t) {
        return store.inTransaction(() -> {
            List<String> out = new ArrayList<>();
            TimelineInfo at = t;
            while (at != null) {
                out.add(at.name());
                at = at.isBranch() ? store.findById(at.parentId()).orElse(null) : null;
            }
            return out;
        });
    }

    /** The two outcomes side by side, row by row. */
    public Map<String, String[]> table() {
        Map<String, String[]> rows = new LinkedHashMap<>();
        Map<String, String> ra = outcomeA.rows();
        Map<String, String> rb = outcomeB.rows();
        for (String k : ra.keySet()) {
            rows.put(k, new String[]{ra.get(k), rb.getOrDefault(k, "")});
        }
        for (String k : rb.keySet()) {
            rows.putIfAbsent(k, new String[]{"", rb.get(k)});
        }
        return rows;
    }
}
