package org.govsim.app;

import java.util.List;
import java.util.Map;

/**
 * The records the use cases return: what the command line prints with {@code --format json} and what a web API serves.
 * Times are ISO text in the timeline's zone ({@code zone} names it).
 */
public final class Results {
    private Results() {
    }

    /** A scenario run and stored, its story, and the model's figures against the reported ones. */
    public record Replay(String timeline, String title, String zone, long events, List<StoryLine> narrative,
                         List<Checkpoint> checkpoints, List<String> outcome) {
    }

    /** A reported count beside the run's count at the same time. */
    public record Checkpoint(String at, int reported, int model, double deviationPercent, String source) {
    }

    /** Every actor after one event. */
    public record State(String timeline, long seq, String time, String zone, Map<String, Object> state,
                        List<String> summary) {
    }

    /** A stored timeline's story from its first event. */
    public record Story(String timeline, String title, String zone, List<StoryLine> lines) {
    }

    /**
     * One stored event as it is exported: a line of JSON, or a row of CSV. {@code type} and {@code revision} name the
     * payload's shape, as the store does; {@code action} is the scheduled action whose execution produced it (0 when
     * none), which a world folded from an import needs to clear its agenda.
     */
    public record ExportedEvent(long seq, String time, String aggregate, String type, String revision, Object payload,
                                String cause, String source, long action) {
    }

    /** A timeline brought in from an export. */
    public record Imported(String id, String name, String scenario, long events, String file) {
    }

    /** Branches deleted, deepest first. */
    public record Deleted(List<Timeline> timelines) {
    }

    /** A branch and how it ended; {@code narrative} tells the events after the fork point. */
    public record Fork(String timeline, boolean stored, String parent, long forkSeq, String forkTime, String whatif,
                       String question, String note, long events, String zone, Map<String, String> outcome,
                       List<StoryLine> narrative) {
    }

    /** Two timelines compared: common ancestor, first divergence, outcomes side by side, the events only in each. */
    public record Diff(String a, String b, String commonAncestor, Divergence firstDivergence,
                       Map<String, Sides> outcome, List<StoryLine> onlyInA, List<StoryLine> onlyInB, int eventsOnlyInA,
                       int eventsOnlyInB, String zone) {
    }

    public record Divergence(long seq, String timeA, String timeB) {
    }

    public record Sides(String a, String b) {
    }

    /** A stored timeline in the catalogue: its id stays when its name changes; {@code parent} is the parent's name. */
    public record Timeline(String id, String name, String scenario, String title, long seed, long events, String parent, Long forkSeq,
                           String forkTime, String whatif, boolean readOnly, String createdAt) {
    }
}
