package org.govsim.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.govsim.app.Results;
import org.govsim.app.StoryLine;
import org.govsim.scenario.InputException;
import org.govsim.timeline.Codec;

/** Rendering shared by the commands. */
final class Output {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    private Output() {
    }

    static String when(Instant t, ZoneId zone) {
        return WHEN.format(t.atZone(zone));
    }

    /** A JSON document of a record: its schemaVersion first, then the record's fields. */
    static void json(PrintWriter out, Object record) {
        JsonNode fields = Codec.mapper().valueToTree(record);
        if (!fields.isObject()) {
            throw new IllegalArgumentException("a JSON document is an object, not " + fields.getNodeType());
        }
        ObjectNode doc = Codec.mapper().createObjectNode();
        doc.put("schemaVersion", Results.SCHEMA_VERSION);
        doc.setAll((ObjectNode) fields);
        print(out, doc);
    }

    /** A JSON document of a list, under {@code key}. */
    static void json(PrintWriter out, String key, List<?> items) {
        ObjectNode doc = Codec.mapper().createObjectNode();
        doc.put("schemaVersion", Results.SCHEMA_VERSION);
        doc.set(key, Codec.mapper().valueToTree(items));
        print(out, doc);
    }

    private static void print(PrintWriter out, JsonNode doc) {
        try {
            out.println(Codec.mapper().writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String compactJson(Object value) {
        try {
            return Codec.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void only(Format format, Format... allowed) {
        for (Format f : allowed) {
            if (f == format) {
                return;
            }
        }
        List<String> names = new ArrayList<>();
        for (Format f : allowed) {
            names.add(f.name());
        }
        throw new InputException("--format", 0, "format", "'" + format + "' is not offered here; use "
                + String.join(" or ", names));
    }

    /** Columns of a story when standard output is not a terminal, or the terminal does not say its width. */
    static final int WIDTH = 120;

    /** The narrowest a terminal is taken to be: a story's text column needs room beside its time and actor. */
    private static final int NARROWEST = 80;

    /**
     * A timeline's story: the short story (each line's brief; lines without one are folded), or with {@code verbose}
     * every line in full. Each entry is its time and text (in full also its actor), then why it happened and how far it
     * is reported, then any contested claim; text wraps at {@code width} columns, continuing under the text column.
     */
    static void narrative(PrintWriter out, List<StoryLine> lines, ZoneId zone, boolean verbose, int width) {
        if (verbose) {
            String indent = " ".repeat(5 + 2 + 20 + 2 + 18 + 1);
            for (StoryLine l : lines) {
                entry(out, String.format("%5d  %s  %-18s ", l.seq(), when(l.time(), zone), l.actor()), indent, l.text(),
                        why(l), l.contested(), width);
            }
            return;
        }
        int year = lines.isEmpty() ? 0 : OffsetDateTime.parse(lines.get(0).time()).atZoneSameInstant(zone).getYear();
        String indent = " ".repeat(5 + 2 + 11 + 2);
        Map<Long, List<StoryLine>> toldWith = new LinkedHashMap<>();
        for (StoryLine l : lines) {
            if (l.toldWith() != null) {
                toldWith.computeIfAbsent(l.toldWith(), k -> new ArrayList<>()).add(l);
            }
        }
        for (StoryLine l : lines) {
            if (l.brief() != null) {
                ZonedDateTime t = OffsetDateTime.parse(l.time()).atZoneSameInstant(zone);
                // the heading gives the year; a line in another year (an epilogue) gives its date instead of the hour
                String time = (t.getYear() == year ? SHORT : DATED).format(t);
                entry(out, String.format("%5d  %s  ", l.seq(), time), indent, l.brief(),
                        whyTogether(l, toldWith.getOrDefault(l.seq(), List.of())), l.contested(), width);
            }
        }
    }

    /**
     * The why of a line told together with like lines (same rule or cause): its own, with the sources of the others,
     * "seed · reported S9,S10, S11, S12, S6". Lines folded into an act under another rule add nothing to it.
     */
    static String whyTogether(StoryLine head, List<StoryLine> with) {
        boolean policies = head.basis() != null && head.basis().startsWith(POLICY);
        List<StoryLine> like = with.stream().filter(w -> (Objects.equals(w.basis(), head.basis())
                || policies && w.basis() != null && w.basis().startsWith(POLICY))
                && Objects.equals(w.tier(), head.tier())).toList();
        if (like.isEmpty()) {
            return why(shortRule(head.basis()), head.tier(), shortLabel(head));
        }
        java.util.LinkedHashSet<String> bases = new java.util.LinkedHashSet<>();
        java.util.LinkedHashSet<String> details = new java.util.LinkedHashSet<>();
        bases.add(head.basis());
        details.add(shortDetail(head));
        for (StoryLine w : like) {
            bases.add(w.basis());
            details.add(shortDetail(w));
        }
        details.remove("");
        if (bases.size() > 1) {
            // reactions under several policies: the policies name what stands behind them
            return "policies " + String.join(", ", bases.stream().map(b -> b.substring(POLICY.length())).toList())
                    + " · " + head.tier();
        }
        return why(head.basis(), head.tier(), head.tier() + (details.isEmpty() ? "" : " " + String.join(", ", details)));
    }

    /**
     * A board's rule as the short story gives it: "carried 4-0 at a meeting with 4 of 6 directors present, quorum 4",
     * without the default that an act needs a majority of those present, which --verbose still says.
     */
    static String shortRule(String basis) {
        return basis == null ? null
                : basis.replaceFirst(" \\(quorum (\\d+); an act needs a majority of those present\\)", ", quorum $1");
    }

    private static String detail(StoryLine l) {
        return l.provenance() == null ? "" : l.provenance().trim();
    }

    /** "reported S14", "modelled by loyalists-quit": the tier and what stands behind it. */
    static String label(StoryLine l) {
        return l.tier() == null ? l.source() : l.tier() + (detail(l).isEmpty() ? "" : " " + detail(l));
    }

    /** The short story's label: the tier and its sources; --verbose and JSON give what stands behind it in full. */
    static String shortLabel(StoryLine l) {
        String detail = shortDetail(l);
        return l.tier() == null ? l.source() : l.tier() + (detail.isEmpty() ? "" : " " + detail);
    }

    /**
     * What stands behind a line, as the short story says it: the report a reported line rests on ("S15 at 11-17 16:09",
     * without the policy its why line names and what was fitted to it), the sources a calibration was fitted to; all of
     * it for the other tiers, whose detail is what the reader must weigh (an assumption, a what-if).
     */
    static String shortDetail(StoryLine l) {
        String detail = detail(l);
        if ("reported".equals(l.tier())) {
            int end = detail.indexOf(';');
            return end < 0 ? detail : detail.substring(0, end).trim();
        }
        if ("calibrated".equals(l.tier())) {
            java.util.regex.Matcher keys = SOURCE_KEYS.matcher(detail);
            java.util.LinkedHashSet<String> found = new java.util.LinkedHashSet<>();
            while (keys.find()) {
                found.add(keys.group());
            }
            return String.join(",", found);
        }
        return detail;
    }

    private static final java.util.regex.Pattern SOURCE_KEYS = java.util.regex.Pattern.compile("\\bS\\d+\\b");

    private static final String POLICY = "policy:";

    /** A story's title; over a short story, with what its times leave out, wrapped to {@code width}. */
    static void heading(PrintWriter out, String title, List<StoryLine> lines, ZoneId zone, boolean verbose, int width) {
        wrap(verbose ? title : title + " · " + timesNote(lines, zone), width).forEach(out::println);
    }

    /**
     * What a short story's times leave out, said once under its title: "Times are PST (America/Los_Angeles), in 2023",
     * or, for a story across a change of clocks, "Times are PDT, PST from 11-05 (America/Los_Angeles), in 2017".
     */
    static String timesNote(List<StoryLine> lines, ZoneId zone) {
        if (lines.isEmpty()) {
            return "Times are " + zone.getId();
        }
        DateTimeFormatter abbreviation = DateTimeFormatter.ofPattern("z", Locale.ENGLISH);
        ZonedDateTime first = OffsetDateTime.parse(lines.get(0).time()).atZoneSameInstant(zone);
        // lines of another year give their date, and their zone with it is no part of the note
        java.time.Instant last = lines.stream().map(l -> OffsetDateTime.parse(l.time()).atZoneSameInstant(zone))
                .filter(t -> t.getYear() == first.getYear()).map(ZonedDateTime::toInstant)
                .max(java.util.Comparator.naturalOrder()).orElse(first.toInstant());
        StringBuilder zones = new StringBuilder(abbreviation.format(first));
        java.time.zone.ZoneOffsetTransition next = zone.getRules().nextTransition(first.toInstant());
        while (next != null && !next.getInstant().isAfter(last)) {
            ZonedDateTime from = next.getInstant().atZone(zone);
            zones.append(", ").append(abbreviation.format(from)).append(" from ").append(SHORT.format(from).substring(0, 5));
            next = zone.getRules().nextTransition(next.getInstant());
        }
        return "Times are " + zones + " (" + zone.getId() + "), in " + first.getYear() + " unless a line gives its date.";
    }

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final DateTimeFormatter DATED = DateTimeFormatter.ofPattern("yyyy-MM-dd ");

    private static void entry(PrintWriter out, String head, String indent, String text, String why,
                              List<String> contested, int width) {
        int textWidth = Math.max(20, width - indent.length());
        List<String> first = wrap(text, Math.max(20, width - Math.max(head.length(), indent.length())));
        List<String> rows = new ArrayList<>();
        rows.add(head + first.get(0));
        // continuation lines keep to the text column, and may be as wide as it allows
        wrap(String.join(" ", first.subList(1, first.size())), textWidth).stream().filter(r -> !r.isEmpty())
                .forEach(r -> rows.add(indent + r));
        // a short why goes at the end of the text when it fits there, so that a handout stays short
        String last = rows.get(rows.size() - 1);
        String inline = last + "   why: " + why;
        if (inline.length() <= width) {
            rows.set(rows.size() - 1, inline);
        } else {
            wrap("why: " + why, textWidth).forEach(w -> rows.add(indent + w));
        }
        rows.forEach(out::println);
        if (contested != null && !contested.isEmpty()) {
            wrap("contested: " + String.join("; ", contested), textWidth).forEach(c -> out.println(indent + c));
        }
    }

    /** "policy loyalists-quit · modelled", "carried 4-0 ... · reported S14": the rule or policy, then the provenance. */
    static String why(StoryLine l) {
        return why(l.basis(), l.tier(), label(l));
    }

    private static String why(String rule, String tier, String provenance) {
        String basis = rule == null ? "" : rule;
        if (basis.startsWith("policy:")) {
            String policy = basis.substring("policy:".length());
            basis = "policy " + policy;
            // "modelled by loyalists-quit" beside "policy loyalists-quit" says the policy twice
            if (provenance != null && provenance.equals(tier + " by " + policy)) {
                provenance = tier;
            }
        }
        return provenance == null || provenance.isEmpty() ? basis : basis + " · " + provenance;
    }

    /** How many events of a timeline stand in each provenance tier, in one line: "reported 120 · modelled 250". */
    static String tiers(Map<String, Long> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach((tier, n) -> parts.add(tier + " " + n));
        return "Events by provenance: " + String.join(" · ", parts);
    }

    /**
     * Text broken at spaces into lines of at most {@code width} characters; a word longer than a line is cut.
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            while (word.length() > width) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * The columns to wrap a story at: {@link #WIDTH} unless standard output is a terminal, then its width from
     * COLUMNS or the terminal itself, falling back to {@link #WIDTH}.
     */
    static int width(Map<String, String> env) {
        return terminal() ? Math.max(NARROWEST, terminalWidth(env)) : WIDTH;
    }

    private static boolean terminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        // from Java 22 a console may stand for redirected streams; isTerminal tells them apart
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    private static int terminalWidth(Map<String, String> env) {
        String columns = env.get("COLUMNS");
        if (columns != null && columns.matches("\\d{1,4}")) {
            return Integer.parseInt(columns);
        }
        try {
            Process stty = new ProcessBuilder("stty", "size").redirectInput(new java.io.File("/dev/tty"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String size = new String(stty.getInputStream().readAllBytes()).trim();
            if (stty.waitFor() == 0 && size.matches("\\d+ \\d+")) {
                return Integer.parseInt(size.split(" ")[1]);
            }
        } catch (java.io.IOException e) {
            return WIDTH;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return WIDTH;
    }

    /**
     * The reported counts beside the run's, then the events per provenance tier. A report the sources contest gives its
     * versions on its own line, wrapped like the story.
     */
    static void reportsAndTiers(PrintWriter out, List<Results.Checkpoint> checkpoints, Map<String, Long> tiers,
                                ZoneId zone, int width) {
        out.println();
        if (!checkpoints.isEmpty()) {
            out.println("Reported figures against the run:");
            for (Results.Checkpoint c : checkpoints) {
                String line = String.format("  %s  reported %4d  model %4d  (%+.1f%%)  %s",
                        SHORT.format(OffsetDateTime.parse(c.at()).atZoneSameInstant(zone)), c.reported(), c.model(),
                        c.deviationPercent(), c.source());
                out.println(c.contested().isEmpty() ? line : line + "; contested: " + String.join(" or ", c.contested()));
            }
        }
        out.println(tiers(tiers));
    }

    /** An ISO time of a record, as people read it: 2023-11-20 09:00 PST. */
    static String when(String iso, ZoneId zone) {
        return iso == null ? null : when(java.time.OffsetDateTime.parse(iso).toInstant(), zone);
    }
}
