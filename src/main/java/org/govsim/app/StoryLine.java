package org.govsim.app;

import java.time.ZoneId;
import java.util.List;

import org.govsim.narrative.Narrator;

/**
 * One line of a timeline's story: when (ISO time in the timeline's zone), which actor, what, why, the source, the
 * event that set it off ({@code causedBy}, null for the givens; {@code govsim why} follows the chain), its provenance
 * tier and what stands behind it, and the contested claims it touches. {@code brief} is the text the short story
 * prints for it, or null where the short story folds it: into line {@code toldWith} (the act it carries out, or like
 * lines told together there), or, where that is null, between the milestones of a running count.
 */
public record StoryLine(long seq, String time, String actor, String text, String basis, String source, Long causedBy,
                        String type, String tier, String provenance, List<String> contested, String brief,
                        Long toldWith) {

    public static List<StoryLine> of(List<Narrator.Line> lines, ZoneId zone) {
        return lines.stream().map(l -> new StoryLine(l.seq(), Times.iso(l.time(), zone), l.actor(), l.text(), l.basis(),
                l.source(), l.causedBy(), l.type(), l.provenance().tier().label(), l.provenance().detail(),
                l.provenance().contested(), l.brief(), l.toldWith())).toList();
    }
}
