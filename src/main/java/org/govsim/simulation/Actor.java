package org.govsim.simulation;

import java.time.Instant;
import java.util.List;

/**
 * The state of one actor's stream (the board, the CEO's office, one investor): it decides on the commands addressed to
 * the stream and evolves by the stream's events. Deciding never changes state, so the engine, Axon's test fixtures and a
 * resumed run all reach the same state by folding the same events.
 */
public interface Actor {

    /** The events a command produces; none when it changes nothing. Broken rules end in events with reasons. */
    List<DomainEvent> decide(Command command);

    /** Applies one of the stream's events, which happened at {@code at} in simulated time. */
    void evolve(DomainEvent event, Instant at);

    /** Rebuilds what is derived rather than stored, after the state was read from a snapshot. */
    default void restoreDerived() {
    }
}
