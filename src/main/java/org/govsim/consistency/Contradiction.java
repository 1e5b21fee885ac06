package org.govsim.consistency;

import java.time.Instant;

/** A line of a timeline that contradicts its branch: where, which rule, the line as the story tells it, and why. */
public record Contradiction(long seq, Instant time, String rule, String line, String why) {
}
