package org.govsim.app;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.govsim.narrative.Narrator;
import org.govsim.simulation.Names;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.SimulationEvents.ActionReplaced;
import org.govsim.simulation.SimulationEvents.ActionScheduled;
import org.govsim.simulation.World;

/** Follows an event's causes back through the stream: every scheduled action records the event it answered. */
final class Causes {
    private Causes() {
    }

    /** The chain of causes of event {@code seq}; {@code events} are the timeline's events 1..seq at least. */
    static CauseChain of(String timeline, List<Recorded> events, long seq) {
        World world = new World();
        Map<Long, Recorded> scheduled = new HashMap<>();
        Map<Long, Recorded> replaced = new HashMap<>();
        for (Recorded r : events) {
            world.apply(r);
            if (r.event() instanceof ActionScheduled a) {
                scheduled.put(a.actionId(), r);
            } else if (r.event() instanceof ActionReplaced a) {
                replaced.put(a.actionId(), r);
            }
        }
        Names names = world.names();
        ZoneId zone = world.zone();
        List<CauseChain.Link> links = new ArrayList<>();
        long current = seq;
        while (current > 0) {
            Recorded r = events.get((int) current - 1);
            long next = 0;
            String how;
            Recorded schedule = r.action() == 0 ? null : scheduled.get(r.action());
            if (r.event() instanceof ActionScheduled own && own.cause().startsWith("policy:")) {
                how = "policy " + own.cause().substring(7) + " scheduled action " + own.actionId()
                        + (own.trigger() == null ? "; what it answered was not recorded" : ", answering event " + own.trigger());
                next = own.trigger() == null ? 0 : own.trigger();
            } else if (schedule == null) {
                how = given(r.cause(), r.source());
            } else {
                ActionScheduled a = (ActionScheduled) schedule.event();
                Recorded change = replaced.get(a.actionId());
                String changed = change == null || change.seq() > r.seq() ? ""
                        : "; a what-if changed its command at event " + change.seq();
                if (a.cause().startsWith("policy:")) {
                    String by = "carried out action " + a.actionId() + ", which policy " + a.cause().substring(7)
                            + " scheduled at event " + schedule.seq() + changed;
                    if (a.trigger() == null) {
                        how = by + "; the version that stored this timeline did not record what it answered";
                    } else {
                        how = by + ", answering event " + a.trigger();
                        next = a.trigger();
                    }
                } else {
                    how = "carried out action " + a.actionId() + ", " + given(a.cause(), a.source()) + changed;
                }
            }
            String text = Narrator.describe(r.event(), names);
            links.add(new CauseChain.Link(r.seq(), ZonedDateTime.ofInstant(r.time(), zone).toOffsetDateTime().toString(),
                    r.aggregate(), r.type(), text != null ? text : "(" + r.type() + ")", r.cause(), r.source(), how));
            current = next;
        }
        return new CauseChain(timeline, seq, zone.getId(), collapseRepeats(links));
    }

    /** Consecutive links of one type scheduled by one policy become one link that says how many there were. */
    private static List<CauseChain.Link> collapseRepeats(List<CauseChain.Link> links) {
        List<CauseChain.Link> out = new ArrayList<>();
        int i = 0;
        while (i < links.size()) {
            CauseChain.Link first = links.get(i);
            int j = i;
            while (j + 1 < links.size() && links.get(j + 1).type().equals(first.type())
                    && links.get(j + 1).cause().equals(first.cause()) && first.cause().startsWith("policy:")) {
                j++;
            }
            if (j - i >= 2) {
                CauseChain.Link last = links.get(j);
                out.add(new CauseChain.Link(first.seq(), first.time(), first.actor(), first.type(), first.text() + ", the last of "
                        + (j - i + 1) + " back to event " + last.seq() + ", each scheduled by " + first.cause().substring(7)
                        + " answering the one before", first.cause(), first.source(), last.how()));
                i = j + 1;
            } else {
                out.add(first);
                i++;
            }
        }
        return out;
    }

    private static String given(String cause, String source) {
        return switch (cause) {
            case "seed" -> "a fact of the seed world (source " + source + ")";
            case "scenario" -> "the scenario's start";
            case "script" -> "a step of the script (source " + source + ")";
            case "epilogue" -> "a step of the script's epilogue (source " + source + ")";
            case "whatif" -> "an edit of the what-if (" + source + ")";
            case "simulation" -> "the end of the simulated period";
            default -> "caused by " + cause + " (source " + source + ")";
        };
    }
}
