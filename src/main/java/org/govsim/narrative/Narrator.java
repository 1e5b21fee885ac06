package org.govsim.narrative;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.govsim.provenance.Provenance;
import org.govsim.simulation.ActorKind;
import org.govsim.simulation.DomainEvent;
import org.govsim.simulation.Names;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.Reports;
import org.govsim.simulation.ScheduledAction;
import org.govsim.simulation.SimulationEvents.ActionScheduled;
import org.govsim.simulation.SimulationEvents.SimulationStarted;
import org.govsim.simulation.SimulationEvents;
import org.govsim.simulation.World;

/**
 * Tells a timeline as a story: for each event that matters to a reader, the time, the actor, what happened, the rule
 * or policy behind it and the source key. Each kind of actor tells its own events; bookkeeping events (the agenda,
 * pressure readings) are left out of the story.
 */
public final class Narrator {

    /**
     * One line of the story. {@code basis} is the rule applied or the policy that acted; {@code causedBy} the event that
     * policy answered (null for the givens, and where the stream did not record it). {@code type} is the event's type,
     * {@code provenance} its tier and what stands behind it. {@code brief} is the line as the short story tells it, null
     * where it folds the line: into the line {@code toldWith} (the act it carries out, or like lines told together), or,
     * where that is null, into the milestones of a running count.
     */
    public record Line(long seq, Instant time, String actor, String text, String basis, String source, Long causedBy,
                       String type, Provenance provenance, String brief, Long toldWith) {

        /** Whether the short story tells this line (its {@link #brief} text) rather than folding it into another. */
        public boolean told() {
            return brief != null;
        }

        Line withBrief(String newBrief, Long newToldWith) {
            return new Line(seq, time, actor, text, basis, source, causedBy, type, provenance, newBrief, newToldWith);
        }
    }

    private Narrator() {
    }

    /** Tells a whole timeline from its first event; the short story keeps the counts nearest the reported ones. */
    public static List<Line> tell(List<Recorded> events) {
        return tell(events, null);
    }

    /**
     * Tells a whole timeline from its first event; the short story keeps the running counts nearest the
     * {@code checkpoints}, the times at which counts were reported (null: those the stream's reports give).
     */
    public static List<Line> tell(List<Recorded> events, List<Instant> checkpoints) {
        World world = new World();
        Map<Long, Long> triggers = new HashMap<>();
        List<Line> lines = new ArrayList<>();
        List<Recorded> told = new ArrayList<>();
        Provenance.Reader provenance = new Provenance.Reader(null);
        for (Recorded r : events) {
            remember(triggers, r);
            world.apply(r);
            add(lines, told, r, world.names(), triggers, provenance);
        }
        List<Instant> reported = checkpoints != null ? checkpoints
                : provenance.reports().checkpoints().stream().map(Reports.Checkpoint::at).toList();
        return Brief.abridge(lines, told, world.names(), reported);
    }

    /** Tells a stretch of a timeline, taking people's names from {@code context}, a world that knows them. */
    public static List<Line> tell(World context, List<Recorded> events) {
        return tell(context, triggers(context), events);
    }

    /**
     * Tells a stretch of a timeline with the names and reports of {@code context}, the world where it begins, knowing
     * what set off the actions pending before it ({@link #triggers} of that world).
     */
    public static List<Line> tell(World context, Map<Long, Long> pendingTriggers, List<Recorded> events) {
        Provenance.Reader provenance = new Provenance.Reader(context.started());
        Map<Long, Long> triggers = new HashMap<>(pendingTriggers);
        List<Line> lines = new ArrayList<>();
        List<Recorded> told = new ArrayList<>();
        for (Recorded r : events) {
            remember(triggers, r);
            add(lines, told, r, context.names(), triggers, provenance);
        }
        return Brief.abridge(lines, told, context.names(), List.of());
    }

    /** The event each pending action of a world answered, by action id. */
    public static Map<Long, Long> triggers(World world) {
        Map<Long, Long> triggers = new HashMap<>();
        for (ScheduledAction a : world.agenda()) {
            if (a.trigger() != null && a.trigger() > 0) {
                triggers.put(a.id(), a.trigger());
            }
        }
        return triggers;
    }

    /** The event each policy-scheduled action answered, by action id. */
    private static void remember(Map<Long, Long> triggers, Recorded r) {
        if (r.event() instanceof ActionScheduled a && a.trigger() != null && a.trigger() > 0) {
            triggers.put(a.actionId(), a.trigger());
        }
    }

    /** The story's line for one event, or null when the story leaves it out. */
    public static String describe(DomainEvent event, Names names) {
        return SimulationEvents.describe(event, names);
    }

    private static void add(List<Line> lines, List<Recorded> told, Recorded r, Names names, Map<Long, Long> triggers,
                            Provenance.Reader provenance) {
        String text = describe(r.event(), names);
        if (text != null) {
            lines.add(new Line(r.seq(), r.time(), r.aggregate(), text, basis(r), r.source(),
                    r.action() == 0 ? null : triggers.get(r.action()), r.type(),
                    provenance.next(r), text, null));
            told.add(r);
        }
    }

    private static String basis(Recorded r) {
        ActorKind<?> kind = r.event().actorKind();
        String rule = kind == null ? null : kind.basis(r.event());
        return rule != null ? rule : r.cause();
    }

    public static ZoneId zone(List<Recorded> events) {
        for (Recorded r : events) {
            if (r.event() instanceof SimulationStarted s) {
                return ZoneId.of(s.timezone());
            }
        }
        return ZoneId.of("UTC");
    }
}
