package org.govsim.handout;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What a handout about a stored timeline says. Times are instants shown in the case's {@code zone}; texts are as the
 * files and the story give them, escaped only by the renderers. {@code branch} is null for a timeline of history, and
 * then {@code outcome}'s rows have no other side.
 *
 * @param caseTitle    the case's title
 * @param timeline     the timeline's name, the handout's heading
 * @param branch       what the branch asks and where it leaves its parent; null for history
 * @param outcome      how it ended, row by row, beside the parent's ending for a branch
 * @param signatures   the letter's signatures over time in this timeline and its parent, and the reported counts
 * @param story        the short story, in order
 * @param sources      the sources the handout cites, by key
 */
public record Handout(String caseTitle, String timeline, ZoneId zone, Branch branch,
                      List<OutcomeRow> outcome, Signatures signatures, List<Line> story, List<Source> sources) {

    /** A branch: its parent, the event and time it forks after, its question, what history did, what to notice. */
    public record Branch(String parent, long forkSeq, Instant forkTime, String whatIf, String question, String history,
                         List<String> thingsToNotice) {
    }

    /** One row of the ending: its label, this timeline's value, the parent's (null for history). */
    public record OutcomeRow(String label, String value, String parentValue) {
        public boolean differs() {
            return parentValue != null && !parentValue.equals(value);
        }
    }

    /** Signatures of the letter: this timeline's curve, the parent's (null for history), the reported counts. */
    public record Signatures(Curve curve, Curve parentCurve, List<Reported> reported) {
        public boolean isEmpty() {
            return curve.points().isEmpty() && (parentCurve == null || parentCurve.points().isEmpty())
                    && reported.isEmpty();
        }
    }

    /** A step curve: the count after each change, in order. */
    public record Curve(String label, List<Point> points) {
        /** The count at {@code t}: the last change at or before it, or none before the first. */
        public int at(Instant t) {
            int value = 0;
            for (Point p : points) {
                if (p.time().isAfter(t)) {
                    break;
                }
                value = p.value();
            }
            return value;
        }
    }

    public record Point(Instant time, int value) {
    }

    /** A reported count, its source, and its competing versions when the sources disagree. */
    public record Reported(Instant time, int count, String source, List<String> contested) {
    }

    /**
     * A line of the short story: event, time, actor, text, provenance tier and what stands behind it, the competing
     * versions of a claim it touches; {@code afterFork} for a branch's own lines.
     */
    public record Line(long seq, Instant time, String actor, String text, String tier, String provenance,
                       List<String> contested, boolean afterFork) {
    }

    /** A source by its key, with what the case's seed world says it is (its title or address); null when not known. */
    public record Source(String key, String title) {
    }
}
