package org.govsim.narrative;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.govsim.simulation.ActorKind;
import org.govsim.simulation.DomainEvent;
import org.govsim.simulation.Names;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.SimulationEvents.SimulationStarted;
import org.govsim.simulation.SimulationEvents;
import org.govsim.simulation.World;

/**
 * Tells a timeline as a story: for each event that matters to a reader, the time, the actor, what happened, the rule
 * or policy behind it and the source key. Each kind of actor tells its own events; bookkeeping events (the agenda,
 * pressure readings) are left out of the story.
 */
public final class Narrator {

    /** One line of the story. {@code basis} is the rule applied or the policy that acted. */
    public record Line(long seq, Instant time, String actor, String text, String basis, String source) {
    }

    private Narrator() {
    }

    /** Tells a whole timeline from its first event. */
    public static List<Line> tell(List<Recorded> events) {
        World world = new World();
        List<Line> lines = new ArrayList<>();
        for (Recorded r : events) {
            world.apply(r);
            add(lines, r, world.names());
        }
        return lines;
    }

    /** Tells a stretch of a timeline, taking people's names from {@code context}, a world that knows them. */
    public static List<Line> tell(World context, List<Recorded> events) {
        List<Line> lines = new ArrayList<>();
        Names names = context.names();
        for (Recorded r : events) {
            add(lines, r, names);
        }
        return lines;
    }

    /** The story's line for one event, or null when the story leaves it out. */
    public static String describe(DomainEvent event, Names names) {
        return SimulationEvents.describe(event, names);
    }

    private static void add(List<Line> lines, Recorded r, Names names) {
        String text = describe(r.event(), names);
        if (text != null) {
            lines.add(new Line(r.seq(), r.time(), r.aggregate(), text, basis(r), r.source()));
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
