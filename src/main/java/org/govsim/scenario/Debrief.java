package org.govsim.scenario;

import java.util.List;
import java.util.Set;

/**
 * What a case or a what-if asks after a run: questions for the students, and notes for the instructor (what the rules
 * and the model assume, where a class tends to go wrong). Either list may be empty.
 */
public record Debrief(List<String> questions, List<String> notes) {

    public static final Debrief NONE = new Debrief(List.of(), List.of());

    /** The {@code debrief} field of a file's top level, or none. */
    static Debrief read(Yaml owner) {
        Yaml d = owner.opt("debrief");
        if (d == null) {
            return NONE;
        }
        d.only(Set.of("questions", "notes"));
        return new Debrief(texts(d.opt("questions")), texts(d.opt("notes")));
    }

    private static List<String> texts(Yaml list) {
        if (list == null) {
            return List.of();
        }
        return list.list().stream().map(item -> {
            if (!item.isScalar() || item.str().isBlank()) {
                throw item.error("a question or note is a text");
            }
            return item.str();
        }).toList();
    }
}
