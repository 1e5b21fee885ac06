package org.govsim.app;

import java.util.List;

import org.govsim.scenario.InputException;
import org.govsim.simulation.Recorded;
import org.govsim.timeline.Replays;
import org.govsim.timeline.TimelineInfo;
import org.govsim.timeline.TimelineStore;

/** The use cases on stored timelines, for every adapter. One instance serves many requests over one store. */
public final class TimelineService {

    private final TimelineStore store;

    public TimelineService(TimelineStore store) {
        this.store = store;
    }

    /** Why event {@code seq} of a timeline happened: its causes back to the givens. */
    public CauseChain why(String timeline, long seq) {
        TimelineInfo info = new Replays(store).timeline(timeline);
        if (seq < 1 || seq > info.events()) {
            throw InputException.request("seq", "timeline '" + info.name() + "' has events 1 to " + info.events() + "; "
                    + seq + " is outside");
        }
        List<Recorded> events = store.events(info, seq);
        return Causes.of(info.name(), events, seq);
    }
}
