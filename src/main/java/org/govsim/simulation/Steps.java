package org.govsim.simulation;

import java.util.List;

import org.govsim.simulation.SimulationEvents.SimulationEnded;

/**
 * A step is what one action does: the events its command produced and the actions the policies scheduled in reply.
 * The seed world and the script form the first step. A run can stop and resume between steps only, so a fork point
 * inside a step moves to that step's last event.
 */
public final class Steps {
    private Steps() {
    }

    /** Whether {@code next} opens a new step after {@code previous}. */
    public static boolean startsStep(Recorded previous, Recorded next) {
        return next.event() instanceof SimulationEnded
                || (next.action() != 0 && next.action() != previous.action());
    }

    /** The seq of the last event of the step that holds event {@code seq}; {@code events} holds the whole timeline. */
    public static long stepEnd(List<Recorded> events, long seq) {
        int i = (int) seq - 1;
        while (i + 1 < events.size() && !startsStep(events.get(i), events.get(i + 1))) {
            i++;
        }
        return events.get(i).seq();
    }
}
