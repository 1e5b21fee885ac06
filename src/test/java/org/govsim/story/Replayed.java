package org.govsim.story;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;

import org.govsim.scenario.ScenarioLoader;
import org.govsim.simulation.DomainEvent;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;
import org.govsim.timeline.Replays;

/** A historical case replayed from its scenario, for a story test to read: its events, a moment, a local time. */
final class Replayed {

    private final List<Recorded> story;
    private final ZoneId zone;

    Replayed(String scenario, String zone) {
        this.story = Replays.run(ScenarioLoader.load(Path.of("scenarios", scenario)));
        this.zone = ZoneId.of(zone);
    }

    List<Recorded> story() {
        return story;
    }

    /** The first event of a type that matches. */
    @SuppressWarnings("unchecked")
    <E extends DomainEvent> Recorded first(Class<E> type, Predicate<E> matching) {
        return story.stream().filter(r -> type.isInstance(r.event()) && matching.test((E) r.event())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " in the story"));
    }

    /** The world after every event up to {@code time}. */
    World worldAt(Instant time) {
        World w = new World();
        story.stream().filter(r -> !r.time().isAfter(time)).forEach(w::apply);
        return w;
    }

    /** A local time of the case's zone ("2004-03-03T14:00"). */
    Instant at(String local) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }
}
