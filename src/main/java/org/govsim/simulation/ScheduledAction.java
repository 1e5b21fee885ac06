package org.govsim.simulation;

import java.time.Instant;

/** A command due at a simulated time, with the cause and source its events will carry. */
public record ScheduledAction(long id, Instant due, Command command, String cause, String source) {
}
