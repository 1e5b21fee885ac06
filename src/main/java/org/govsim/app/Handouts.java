package org.govsim.app;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.govsim.handout.Handout;
import org.govsim.handout.Html;
import org.govsim.handout.Markdown;
import org.govsim.scenario.InputException;
import org.govsim.scenario.WhatIfFile;

/**
 * Handouts of stored timelines: a branch's question, what history did and the fork point; its ending beside its
 * parent's; the letter's signatures in both against the reported counts; the short story with each line's provenance;
 * the things to notice and the sources cited. As Markdown or as one self-contained HTML page, for a class to print.
 */
public final class Handouts {

    /** The formats a handout comes in. */
    public enum Format {
        MARKDOWN("markdown", "text/markdown"), HTML("html", "text/html");

        private final String label;
        private final String mediaType;

        Format(String label, String mediaType) {
            this.label = label;
            this.mediaType = mediaType;
        }

        public String label() {
            return label;
        }

        public String mediaType() {
            return mediaType;
        }

        /** A format by its label; anything else is bad input in the request field {@code format}. */
        public static Format of(String label) {
            for (Format f : values()) {
                if (f.label.equals(label)) {
                    return f;
                }
            }
            throw InputException.request("format", "no handout format '" + label + "'; the formats are markdown and html");
        }
    }

    /** A handout rendered: the timeline it tells, its format and its text. */
    public record Rendered(String timeline, Format format, String text) {
    }

    /** The content security policy the HTML handout declares: it loads nothing, not even from where it is served. */
    public static final String CONTENT_SECURITY_POLICY = Html.CONTENT_SECURITY_POLICY;

    private final TimelineService timelines;
    private final CaseLibrary library;

    /** Handouts of the timelines {@code timelines} serves; {@code library} gives the cases' sources (may be null). */
    public Handouts(TimelineService timelines, CaseLibrary library) {
        this.timelines = timelines;
        this.library = library;
    }

    public Rendered render(String timeline, Format format) {
        Handout h = handout(timeline);
        return new Rendered(h.timeline(), format, format == Format.HTML ? Html.render(h) : Markdown.render(h));
    }

    /** What a handout of a stored timeline says. */
    public Handout handout(String timeline) {
        Results.Story story = timelines.story(timeline);
        Results.Timeline t = timelines.find(story.timeline()).orElseThrow(() -> InputException.request("timeline",
                "timeline '" + story.timeline() + "' was deleted while its handout was made"));
        ZoneId zone = ZoneId.of(story.zone());
        Handout.Branch branch = t.parent() == null ? null : branch(t);
        List<Handout.OutcomeRow> outcome = outcome(t);
        Handout.Signatures signatures = new Handout.Signatures(curve(t.name()),
                branch == null ? null : curve(t.parent()), story.checkpoints().stream()
                .map(c -> new Handout.Reported(instant(c.at()), c.reported(), c.source(), c.contested())).toList());
        List<Handout.Line> lines = new ArrayList<>();
        for (StoryLine l : story.lines()) {
            if (l.brief() != null) {
                lines.add(new Handout.Line(l.seq(), instant(l.time()), l.actor(), l.brief(), l.tier(),
                        provenance(l), l.contested(), branch != null && l.seq() > branch.forkSeq()));
            }
        }
        return new Handout(story.title(), t.name(), zone, branch, outcome, signatures, lines,
                sources(t, story, branch));
    }

    private Handout.Branch branch(Results.Timeline t) {
        WhatIfFile whatIf = t.whatif() == null ? null : WhatIfFile.read(java.nio.file.Path.of("what-if of " + t.name()),
                t.whatif().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new Handout.Branch(t.parent(), t.forkSeq(), Instant.parse(t.forkTime()),
                whatIf == null ? null : whatIf.name(), whatIf == null ? null : whatIf.question(),
                whatIf == null ? null : whatIf.history(), whatIf == null ? List.of() : whatIf.thingsToNotice());
    }

    /** The ending row by row; for a branch beside its parent's, every row either gives. */
    private List<Handout.OutcomeRow> outcome(Results.Timeline t) {
        Map<String, String> own = timelines.outcome(t.name()).table();
        if (t.parent() == null) {
            return own.entrySet().stream().map(e -> new Handout.OutcomeRow(e.getKey(), e.getValue(), null)).toList();
        }
        Map<String, String> parent = timelines.outcome(t.parent()).table();
        Set<String> labels = new LinkedHashSet<>(own.keySet());
        labels.addAll(parent.keySet());
        List<Handout.OutcomeRow> rows = new ArrayList<>();
        for (String label : labels) {
            rows.add(new Handout.OutcomeRow(label, own.getOrDefault(label, "none"), parent.getOrDefault(label, "none")));
        }
        return rows;
    }

    private Handout.Curve curve(String timeline) {
        return new Handout.Curve(timeline, timelines.signatures(timeline).stream()
                .map(s -> new Handout.Point(instant(s.time()), s.count())).toList());
    }

    /**
     * What stands behind a line, as short as a handout needs: the report a reported line rests on (without the
     * policy that also produced it), the policy of a calibrated or modelled line (the fit is in the JSON), all of an
     * assumption or a what-if, which the reader must weigh.
     */
    static String provenance(StoryLine l) {
        String detail = l.provenance() == null ? "" : l.provenance().trim();
        return switch (l.tier()) {
            case "reported" -> detail.contains(";") ? detail.substring(0, detail.indexOf(';')).trim() : detail;
            case "calibrated", "modelled" -> detail.contains(":") ? detail.substring(0, detail.indexOf(':')).trim()
                    : detail;
            default -> detail;
        };
    }

    /**
     * The sources the handout cites: the keys its lines, reported counts and what-if name, with what the case's seed
     * world says of each, in the seed's order; without the case in the library, the keys the lines give.
     */
    private List<Handout.Source> sources(Results.Timeline t, Results.Story story, Handout.Branch branch) {
        StringBuilder cited = new StringBuilder();
        Set<String> given = new LinkedHashSet<>();
        for (StoryLine l : story.lines()) {
            if (l.brief() != null) {
                cited.append(l.source()).append(' ').append(l.provenance()).append(' ').append(l.brief()).append('\n');
                if (l.source() != null) {
                    for (String key : l.source().split("[,\\s]+")) {
                        if (!key.isBlank()) {
                            given.add(key);
                        }
                    }
                }
            }
        }
        story.checkpoints().forEach(c -> cited.append(c.source()).append(' ').append(c.note()).append('\n'));
        if (branch != null) {
            cited.append(branch.question()).append(' ').append(branch.history()).append(' ')
                    .append(String.join(" ", branch.thingsToNotice()));
        }
        Map<String, String> known = library == null ? Map.of() : library.contents().cases().stream()
                .filter(c -> c.id().equals(t.scenario())).findFirst().map(CaseLibrary.Case::sources).orElse(Map.of());
        List<Handout.Source> out = new ArrayList<>();
        if (known.isEmpty()) {
            given.forEach(k -> out.add(new Handout.Source(k, null)));
            return out;
        }
        Map<String, String> ordered = new LinkedHashMap<>(known);
        ordered.forEach((key, title) -> {
            if (Pattern.compile("(?<![\\w-])" + Pattern.quote(key) + "(?![\\w-])").matcher(cited).find()) {
                out.add(new Handout.Source(key, title));
            }
        });
        return out;
    }

    private static Instant instant(String iso) {
        return OffsetDateTime.parse(iso).toInstant();
    }
}
