package org.govsim.handout;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A handout as Markdown: the same sections as the HTML page, the chart as a table of counts (Markdown has no picture
 * every reader shows). Text from files is escaped, so that a what-if's words stay words in any renderer.
 */
public final class Markdown {

    private Markdown() {
    }

    public static String render(Handout h) {
        StringBuilder out = new StringBuilder(32 * 1024);
        out.append("# ").append(inline(h.timeline())).append("\n\n*").append(inline(h.caseTitle())).append("*\n\n");
        Handout.Branch b = h.branch();
        if (b != null) {
            out.append("A branch of `").append(code(b.parent())).append('`')
                    .append(b.whatIf() == null ? "" : " made by the what-if `" + code(b.whatIf()) + "`")
                    .append(", forked after event ").append(b.forkSeq()).append(" (")
                    .append(Html.dated(b.forkTime().atZone(h.zone()))).append("). ");
        } else {
            out.append("A timeline of history. ");
        }
        out.append("Times are the case's local time, ").append(inline(h.zone().getId())).append(".\n\n");

        if (b != null) {
            out.append("## The question\n\n**").append(inline(b.question() == null || b.question().isBlank()
                    ? "The what-if of this branch asks no question in words." : b.question())).append("**\n\n");
            if (b.history() != null && !b.history().isBlank()) {
                out.append("### What history did\n\n").append(inline(b.history())).append("\n\n");
            }
            out.append("**Fork point:** after event ").append(b.forkSeq()).append(", ")
                    .append(Html.dated(b.forkTime().atZone(h.zone()))).append("; before it the branch shares every ")
                    .append("event of `").append(code(b.parent())).append("`.\n\n");
        }

        out.append("## How it ended\n\n");
        if (b != null) {
            out.append("| | ").append(inline(h.timeline())).append(" | ").append(inline(b.parent())).append(" |\n")
                    .append("|---|---|---|\n");
            for (Handout.OutcomeRow r : h.outcome()) {
                out.append("| ").append(inline(r.label())).append(" | ").append(r.differs() ? "**" + inline(r.value())
                        + "** (differs)" : inline(r.value())).append(" | ").append(inline(r.parentValue())).append(" |\n");
            }
            long differing = h.outcome().stream().filter(Handout.OutcomeRow::differs).count();
            out.append('\n').append(differing == 0 ? "The branch ends as its parent does."
                    : differing + " of " + h.outcome().size() + " rows differ from the parent's ending (marked).")
                    .append("\n\n");
        } else {
            out.append("| | ").append(inline(h.timeline())).append(" |\n|---|---|\n");
            h.outcome().forEach(r -> out.append("| ").append(inline(r.label())).append(" | ").append(inline(r.value()))
                    .append(" |\n"));
            out.append('\n');
        }

        // a case without a staff letter (nobody signs, and the sources count nothing) has no such section
        if (!h.signatures().isEmpty()) {
            out.append("## Signatures of the letter\n\n");
            counts(out, h);
        }

        out.append("## The story\n\n");
        int year = h.story().isEmpty() ? 0 : h.story().get(0).time().atZone(h.zone()).getYear();
        out.append("Each line: event, time (").append(year).append(" unless a line gives its date), actor, what ")
                .append("happened, and how far it is reported.\n\n")
                .append("| # | time | actor | what happened | provenance |\n|--:|---|---|---|---|\n");
        boolean forkShown = false;
        for (Handout.Line l : h.story()) {
            if (l.afterFork() && !forkShown) {
                out.append("| | | | **Fork point: the branch leaves `").append(code(b.parent()))
                        .append("` here** | |\n");
                forkShown = true;
            }
            ZonedDateTime t = l.time().atZone(h.zone());
            String text = inline(l.text()) + (l.contested().isEmpty() ? ""
                    : " **contested:** " + inline(String.join("; ", l.contested())));
            String provenance = "**" + inline(l.tier()) + "**" + (l.provenance() == null || l.provenance().isBlank()
                    ? "" : " " + inline(l.provenance()));
            out.append("| ").append(l.seq()).append(" | ").append(t.getYear() == year ? Html.SHORT.format(t)
                    : Html.DAY.format(t)).append(" | ").append(inline(l.actor())).append(" | ").append(text).append(" | ")
                    .append(provenance).append(" |\n");
        }
        out.append('\n');

        if (b != null && !b.thingsToNotice().isEmpty()) {
            out.append("## Things to notice\n\n");
            b.thingsToNotice().forEach(t -> out.append("- ").append(inline(t)).append('\n'));
            out.append('\n');
        }
        if (!h.sources().isEmpty()) {
            out.append("## Sources cited\n\n");
            h.sources().forEach(s -> out.append("- **").append(inline(s.key())).append("**")
                    .append(s.title() == null ? "" : ": " + inline(s.title())).append('\n'));
            out.append('\n');
        }
        return out.toString();
    }

    /** The chart as counts: at each reported count, and where the curves end. */
    private static void counts(StringBuilder out, Handout h) {
        Handout.Signatures s = h.signatures();
        boolean parent = s.parentCurve() != null;
        out.append("| time | reported | ").append(inline(s.curve().label())).append(" |")
                .append(parent ? " " + inline(s.parentCurve().label()) + " |" : "").append('\n')
                .append("|---|--:|--:|").append(parent ? "--:|" : "").append('\n');
        TreeSet<Instant> times = new TreeSet<>();
        s.reported().forEach(r -> times.add(r.time()));
        List<Handout.Curve> curves = new ArrayList<>(List.of(s.curve()));
        if (parent) {
            curves.add(s.parentCurve());
        }
        for (Handout.Curve c : curves) {
            if (!c.points().isEmpty()) {
                times.add(c.points().get(0).time());
                times.add(c.points().get(c.points().size() - 1).time());
            }
        }
        for (Instant t : times) {
            Handout.Reported r = s.reported().stream().filter(x -> x.time().equals(t)).findFirst().orElse(null);
            out.append("| ").append(Html.SHORT.format(t.atZone(h.zone()))).append(" | ")
                    .append(r == null ? "" : r.count() + " (" + inline(r.source()) + ")"
                            + (r.contested().isEmpty() ? "" : " contested: " + inline(String.join(" or ", r.contested()))))
                    .append(" | ").append(s.curve().at(t)).append(" |")
                    .append(parent ? " " + s.parentCurve().at(t) + " |" : "").append('\n');
        }
        out.append('\n');
    }

    /**
     * Text in a paragraph or a table cell: one line, every character Markdown could read as markup escaped, and a line start that
     * could open a heading, a list or a quote made plain.
     */
    static String inline(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        String one = text.replaceAll("\\s*\\R\\s*", " ").strip();
        for (int i = 0; i < one.length(); i++) {
            char c = one.charAt(i);
            if ("\\`*_[]<>|~&#".indexOf(c) >= 0 || (i == 0 && "-+=".indexOf(c) >= 0)) {
                out.append('\\');
            }
            out.append(c);
        }
        // "1. " or "1) " at the start would begin an ordered list
        return out.toString().replaceFirst("^(\\d+)([.)])", "$1\\\\$2");
    }

    /** Text inside a code span: a backtick would end it, so it becomes a quote. */
    static String code(String text) {
        return text == null ? "" : text.replace('`', '\'').replaceAll("\\s+", " ");
    }
}
