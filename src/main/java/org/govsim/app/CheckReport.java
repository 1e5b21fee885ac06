package org.govsim.app;

import java.util.List;

/** A timeline read by the contradiction checker: how many events, and each line that contradicts its branch. */
public record CheckReport(String timeline, String zone, long events, List<Found> contradictions) {

    /** One contradiction: the event, its time, the rule it breaks, the line as the story tells it, and why. */
    public record Found(long seq, String time, String rule, String line, String why) {
    }
}
