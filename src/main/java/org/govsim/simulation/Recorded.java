package org.govsim.simulation;

import java.time.Instant;

/**
 * One event in a timeline, with everything the narrative and a resumed run need:
 * its position, simulated time, what caused it (script, policy:NAME, whatif, seed) and the source key of the fact.
 * {@code action} is the id of the scheduled action whose execution produced it (0 when none).
 */
public record Recorded(long seq, Instant time, String cause, String source, long action, DomainEvent event) {

    public String aggregate() {
        return event.aggregate();
    }

    public String type() {
        return event.getClass().getSimpleName();
    }
}
