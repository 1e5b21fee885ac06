package org.govsim.timeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.govsim.model.GovernanceModel;
import org.govsim.scenario.InputException;
import org.govsim.scenario.ScenarioLoader;
import org.govsim.simulation.Model;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.ScenarioPlan;
import org.govsim.simulation.Simulation;
import org.govsim.simulation.World;

/** Runs scenarios and keeps them as timelines; answers questions about stored timelines. */
public final class Replays {

    public record Replay(TimelineInfo timeline, List<Recorded> events) {
    }

    private final TimelineStore store;

    public Replays(TimelineStore store) {
        this.store = store;
    }

    /** Runs a scenario in memory; nothing is stored. Bad input fails before the run starts. */
    public static List<Recorded> run(ScenarioPlan plan) {
        return run(plan, GovernanceModel.standard());
    }

    /** Runs a scenario in memory on {@code model}; nothing is stored. */
    public static List<Recorded> run(ScenarioPlan plan, Model model) {
        List<Recorded> events = new ArrayList<>();
        Simulation.begin(plan, model, events::add).runToEnd();
        return events;
    }

    /** Loads, runs and stores a scenario as a new timeline named {@code name} (or after the scenario). */
    public Replay replay(Path scenarioFile, String name) {
        ScenarioPlan plan = ScenarioLoader.load(scenarioFile);
        if (name != null) {
            TimelineInfo.checkName("name", name);
        }
        // the run needs no store: it goes first, while a new store may still be migrating
        List<Recorded> events = run(plan, store.model());
        for (int attempt = 1; ; attempt++) {
            try {
                TimelineInfo info = store.inTransaction(() -> {
                    if (name != null && store.find(name).isPresent()) {
                        throw TimelineInfo.nameTaken("name", name);
                    }
                    TimelineInfo chosen = TimelineInfo.replay(name != null ? name : store.freeName(plan.id()), plan.id(),
                            plan.title(), plan.seed(), events.size());
                    store.save(chosen, events);
                    return chosen;
                });
                return new Replay(info, events);
            } catch (NameTakenException e) {
                // a name given is bad input; one chosen here was taken by another replay meanwhile: take the next
                if (name != null) {
                    throw TimelineInfo.nameTaken("name", name);
                }
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    public TimelineInfo timeline(String name) {
        return store.find(name).orElseThrow(() -> new UnknownTimeline("timeline", name));
    }

    /** The world after event {@code seq} of a timeline (its last event when seq is null). */
    public World stateAt(TimelineInfo timeline, Long seq) {
        if (seq != null && (seq < 1 || seq > timeline.events())) {
            throw InputException.request("at", "timeline '" + timeline.name() + "' has events 1 to "
                    + timeline.events() + "; " + seq + " is outside");
        }
        return store.worldAt(timeline, seq == null ? timeline.events() : seq);
    }

    /** The world at a simulated time: after the last event at or before it. */
    public World stateAtTime(TimelineInfo timeline, Instant time) {
        long seq = store.seqAtTime(timeline, time);
        if (seq == 0) {
            throw InputException.request("atTime", "the timeline begins after " + time);
        }
        return store.worldAt(timeline, seq);
    }

    public List<Recorded> events(TimelineInfo timeline) {
        return store.events(timeline);
    }

    public List<TimelineInfo> list() {
        return store.list();
    }
}
