package org.govsim.handout;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A handout as one self-contained HTML page: inline CSS, an inline SVG chart, no script, and a content security
 * policy that lets the page load nothing at all; print CSS sets it on Letter or A4 with the story on its own pages.
 */
public final class Html {

    /** What the page may load: nothing but its own inline styles and images written into it. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    private Html() {
    }

    public static String render(Handout h) {
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CONTENT_SECURITY_POLICY)
                .append("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(h.timeline() + " · " + h.caseTitle())).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        header(out, h);
        out.append("<main>\n");
        if (h.branch() != null) {
            question(out, h);
        }
        outcome(out, h);
        chart(out, h);
        story(out, h);
        if (h.branch() != null && !h.branch().thingsToNotice().isEmpty()) {
            out.append("<section class=\"notice\" aria-labelledby=\"notice-heading\">\n")
                    .append("<h2 id=\"notice-heading\">Things to notice</h2>\n<ul>\n");
            h.branch().thingsToNotice().forEach(t -> out.append("<li>").append(escape(t)).append("</li>\n"));
            out.append("</ul>\n</section>\n");
        }
        sources(out, h);
        out.append("</main>\n<footer><p>govsim handout of timeline <code>").append(escape(h.timeline()))
                .append("</code>. Provenance tiers: reported (a source says so), calibrated (a policy fitted to a ")
                .append("report), modelled (a policy, no report behind it), assumed (a given without a source), ")
                .append("what-if (the branch's change).</p></footer>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void header(StringBuilder out, Handout h) {
        out.append("<header>\n<p class=\"case\">").append(escape(h.caseTitle())).append("</p>\n<h1>")
                .append(escape(h.timeline())).append("</h1>\n<p class=\"meta\">");
        if (h.branch() != null) {
            Handout.Branch b = h.branch();
            out.append("A branch of <code>").append(escape(b.parent())).append("</code>")
                    .append(b.whatIf() == null ? "" : " made by the what-if <code>" + escape(b.whatIf()) + "</code>")
                    .append(", forked after event ").append(b.forkSeq()).append(" (")
                    .append(escape(dated(b.forkTime().atZone(h.zone())))).append("). ");
        } else {
            out.append("A timeline of history. ");
        }
        out.append("Times are the case's local time, ").append(escape(h.zone().getId())).append(".</p>\n</header>\n");
    }

    private static void question(StringBuilder out, Handout h) {
        Handout.Branch b = h.branch();
        out.append("<section class=\"question\" aria-labelledby=\"question-heading\">\n")
                .append("<h2 id=\"question-heading\">The question</h2>\n<p class=\"ask\">")
                .append(escape(b.question() == null || b.question().isBlank()
                        ? "The what-if of this branch asks no question in words." : b.question()))
                .append("</p>\n");
        if (b.history() != null && !b.history().isBlank()) {
            out.append("<h3>What history did</h3>\n<p>").append(escape(b.history())).append("</p>\n");
        }
        out.append("<p><strong>Fork point:</strong> after event ").append(b.forkSeq()).append(", ")
                .append(escape(dated(b.forkTime().atZone(h.zone())))).append("; before it the branch shares every ")
                .append("event of <code>").append(escape(b.parent())).append("</code>.</p>\n</section>\n");
    }

    private static void outcome(StringBuilder out, Handout h) {
        boolean beside = h.branch() != null;
        out.append("<section class=\"outcome\" aria-labelledby=\"outcome-heading\">\n")
                .append("<h2 id=\"outcome-heading\">How it ended</h2>\n<table>\n<thead><tr><th scope=\"col\">")
                .append("</th><th scope=\"col\">").append(escape(h.timeline())).append("</th>");
        if (beside) {
            out.append("<th scope=\"col\">").append(escape(h.branch().parent())).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (Handout.OutcomeRow r : h.outcome()) {
            out.append(r.differs() ? "<tr class=\"differs\">" : "<tr>").append("<th scope=\"row\">")
                    .append(escape(r.label())).append("</th><td>").append(escape(r.value()));
            if (r.differs()) {
                out.append(" <span class=\"flag\">differs</span>");
            }
            out.append("</td>");
            if (beside) {
                out.append("<td>").append(escape(r.parentValue())).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        if (beside) {
            long differing = h.outcome().stream().filter(Handout.OutcomeRow::differs).count();
            out.append("<p class=\"note\">").append(differing == 0 ? "The branch ends as its parent does."
                    : differing + " of " + h.outcome().size() + " rows differ from the parent's ending (marked).")
                    .append("</p>\n");
        }
        out.append("</section>\n");
    }

    private static void chart(StringBuilder out, Handout h) {
        // a case without a staff letter (nobody signs, and the sources count nothing) has no such section
        if (h.signatures().isEmpty()) {
            return;
        }
        out.append("<section class=\"signatures\" aria-labelledby=\"signatures-heading\">\n")
                .append("<h2 id=\"signatures-heading\">Signatures of the letter</h2>\n");
        String title = "Signatures of the letter over time in " + h.timeline()
                + (h.branch() == null ? "" : " and in " + h.branch().parent()) + ", against the reported counts";
        out.append("<figure>\n").append(SignatureChart.svg(h.signatures(), h.zone(), title))
                .append("\n<figcaption>").append(escape(SignatureChart.describe(h.signatures(), h.zone())))
                .append("</figcaption>\n</figure>\n");
        out.append("</section>\n");
    }

    private static void story(StringBuilder out, Handout h) {
        out.append("<section class=\"story\" aria-labelledby=\"story-heading\">\n")
                .append("<h2 id=\"story-heading\">The story</h2>\n");
        int year = h.story().isEmpty() ? 0 : h.story().get(0).time().atZone(h.zone()).getYear();
        out.append("<p class=\"note\">Each line: event, time (").append(year).append(" unless a line gives its date), ")
                .append("actor, what happened, and how far it is reported.</p>\n")
                .append("<table>\n<thead><tr><th scope=\"col\">#</th><th scope=\"col\">time, actor</th>")
                .append("<th scope=\"col\">what happened</th><th scope=\"col\">provenance</th></tr></thead>\n")
                .append("<tbody>\n");
        boolean forkShown = false;
        for (Handout.Line l : h.story()) {
            if (l.afterFork() && !forkShown) {
                out.append("<tr class=\"fork\"><td colspan=\"4\">Fork point: the branch leaves <code>")
                        .append(escape(h.branch().parent())).append("</code> here</td></tr>\n");
                forkShown = true;
            }
            ZonedDateTime t = l.time().atZone(h.zone());
            out.append("<tr class=\"tier-").append(escape(l.tier())).append(l.contested().isEmpty() ? "" : " contested")
                    .append("\"><td class=\"seq\">").append(l.seq()).append("</td><td class=\"time\">")
                    .append(escape(t.getYear() == year ? SHORT.format(t) : DAY.format(t)))
                    // "investor/microsoft" may break after its slash in a narrow column
                    .append("<br><span class=\"actor\">").append(escape(l.actor()).replace("/", "/<wbr>"))
                    .append("</span></td><td>").append(escape(l.text()));
            if (!l.contested().isEmpty()) {
                out.append("<br><span class=\"flag\">contested</span> ")
                        .append(escape(String.join("; ", l.contested())));
            }
            out.append("</td><td class=\"provenance\"><span class=\"tier\">").append(escape(l.tier())).append("</span>");
            if (l.provenance() != null && !l.provenance().isBlank()) {
                out.append(" ").append(escape(l.provenance()));
            }
            out.append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private static void sources(StringBuilder out, Handout h) {
        if (h.sources().isEmpty()) {
            return;
        }
        out.append("<section class=\"sources\" aria-labelledby=\"sources-heading\">\n")
                .append("<h2 id=\"sources-heading\">Sources cited</h2>\n<ul>\n");
        for (Handout.Source s : h.sources()) {
            out.append("<li><strong>").append(escape(s.key())).append("</strong>")
                    .append(s.title() == null ? "" : " " + escape(s.title())).append("</li>\n");
        }
        out.append("</ul>\n</section>\n");
    }

    static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ENGLISH);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ENGLISH);
    private static final DateTimeFormatter DATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.ENGLISH);

    static String dated(ZonedDateTime t) {
        return DATED.format(t);
    }

    /** Text as HTML: the five characters that could open markup or end an attribute. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static final String STYLE = String.join("\n", List.of(
            ":root { color-scheme: light; --ink: #1b1b1b; --muted: #555; --rule: #c8c8c8; --mark: #8a1c1c; "
                    + "--own: #1f5fa8; --parent: #6a6a6a; }",
            "body { font: 15px/1.45 system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, "
                    + "sans-serif; color: var(--ink); max-width: 52rem; margin: 1.5rem auto; padding: 0 1rem; }",
            "h1 { font-size: 1.6rem; margin: 0.1rem 0 0.3rem; }",
            "h2 { font-size: 1.15rem; margin: 1.2rem 0 0.4rem; border-bottom: 1px solid var(--rule); "
                    + "padding-bottom: 0.15rem; break-after: avoid; }",
            "h3 { font-size: 1rem; margin: 0.6rem 0 0.2rem; break-after: avoid; }",
            "p { margin: 0.3rem 0; }",
            ".case { color: var(--muted); margin: 0; text-transform: uppercase; letter-spacing: 0.04em; "
                    + "font-size: 0.8rem; }",
            ".meta, .note, figcaption, footer { color: var(--muted); font-size: 0.85rem; }",
            ".ask { font-size: 1.05rem; font-weight: 600; }",
            "code { font-family: ui-monospace, \"SFMono-Regular\", Menlo, Consolas, monospace; font-size: 0.9em; }",
            "table { border-collapse: collapse; width: 100%; }",
            "th, td { text-align: left; vertical-align: top; padding: 0.2rem 0.4rem; border-bottom: 1px solid "
                    + "var(--rule); }",
            "thead th { border-bottom: 2px solid var(--ink); font-size: 0.85rem; }",
            "tr { break-inside: avoid; }",
            "thead { display: table-header-group; }",
            ".outcome tbody th { font-weight: 600; width: 11rem; }",
            "tr.differs td:nth-child(2) { font-weight: 600; }",
            ".flag { display: inline-block; font-size: 0.72rem; font-weight: 700; color: var(--mark); "
                    + "border: 1px solid var(--mark); border-radius: 3px; padding: 0 0.25rem; text-transform: uppercase; }",
            "figure { margin: 0.4rem 0; break-inside: avoid; }",
            "svg.chart { width: 100%; height: auto; max-height: 19rem; display: block; font-family: inherit; }",
            "svg .grid { stroke: #e4e4e4; stroke-width: 1; }",
            "svg .axis { stroke: var(--ink); stroke-width: 1; }",
            "svg .tick, svg .mark { font-size: 10px; fill: #444; }",
            "svg .axis-label, svg .legend text { font-size: 11px; fill: var(--ink); }",
            "svg .curve { fill: none; stroke-width: 2.2; }",
            "svg .curve.own { stroke: var(--own); }",
            "svg .curve.parent { stroke: var(--parent); stroke-dasharray: 5 4; }",
            "svg .reported rect, svg rect.reported { fill: var(--mark); }",
            ".story table { font-size: 0.86rem; }",
            ".story td.seq { color: var(--muted); text-align: right; font-variant-numeric: tabular-nums; }",
            ".story td.time { font-variant-numeric: tabular-nums; width: 6.5rem; }",
            ".story .actor { color: var(--muted); }",
            ".story td.provenance { width: 9rem; font-size: 0.92em; }",
            ".story tr.fork td { font-weight: 600; color: var(--own); border-bottom: 2px solid var(--own); }",
            ".story tr.tier-what-if td { background: #eef4fb; }",
            ".tier { font-weight: 600; }",
            ".notice li { margin: 0.25rem 0; }",
            ".sources ul { list-style: none; padding: 0; margin: 0; font-size: 0.85rem; }",
            ".sources li { overflow-wrap: anywhere; break-inside: avoid; }",
            "footer { margin-top: 1.2rem; border-top: 1px solid var(--rule); padding-top: 0.3rem; }",
            "@page { margin: 11mm 11mm 12mm; }",
            "@media print {",
            "  body { font-size: 9pt; line-height: 1.28; max-width: none; margin: 0; padding: 0; }",
            "  h1 { font-size: 14pt; } h2 { font-size: 11pt; margin: 0.6rem 0 0.25rem; } h3 { font-size: 9.5pt; "
                    + "margin: 0.3rem 0 0.1rem; }",
            "  th, td { padding: 0.08rem 0.25rem; }",
            "  .outcome table { font-size: 8pt; } .outcome tbody th { width: 13rem; }",
            "  .story table { font-size: 7.6pt; line-height: 1.16; } .story td.time { width: 4.4rem; }",
            "  .story td { padding-top: 0.05rem; padding-bottom: 0.05rem; }",
            "  .story td.provenance { width: 7.5rem; font-size: 7.2pt; }",
            "  svg.chart { max-height: 5.4cm; }",
            "  .meta, .note, figcaption, footer { font-size: 7.8pt; }",
            "  .sources ul { columns: 2; column-gap: 1.2rem; font-size: 7.5pt; }",
            "  .story tr.tier-what-if td { background: none; }",
            "}",
            ""));
}
