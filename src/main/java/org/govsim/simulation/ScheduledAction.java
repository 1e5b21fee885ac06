package org.govsim.simulation;

import java.time.Instant;

/**
 * A command due at a simulated time, with the cause and source its events will carry, and the event a policy answered
 * when it scheduled it ({@code trigger}: 0 for a given, null where the stream did not record it).
 */
public record ScheduledAction(long id, Instant due, Command command, String cause, String source, Long trigger) {
}
