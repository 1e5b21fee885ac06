package org.govsim.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    static void narrative(PrintWriter out, List<StoryLine> lines, ZoneId zone) {
        for (StoryLine l : lines) {
            out.printf("%5d  %s  %-18s %s%n", l.seq(), when(l.time(), zone), l.actor(), l.text());
            out.printf("%5s  %-20s %-18s   why: %s · %s%n", "", "", "", l.basis(),
                    l.tier() + (l.provenance().isEmpty() ? "" : " " + l.provenance()));
            for (String claim : l.contested()) {
                out.printf("%5s  %-20s %-18s   contested: %s%n", "", "", "", claim);
            }
        }
    }

    /** The reported counts beside the run's, each report's contested versions, and the events per provenance tier. */
    static void reportsAndTiers(PrintWriter out, List<Results.Checkpoint> checkpoints, Map<String, Long> tiers,
                                ZoneId zone) {
        if (!checkpoints.isEmpty()) {
            out.println();
            out.println("Reported figures against the run:");
            for (Results.Checkpoint c : checkpoints) {
                out.printf("  %s  reported %4d  model %4d  (%+.1f%%)  source %s%n", when(c.at(), zone), c.reported(),
                        c.model(), c.deviationPercent(), c.source());
                if (!c.contested().isEmpty()) {
                    out.println("      contested: " + String.join(" or ", c.contested()));
                } else if (c.note() != null && !c.note().isEmpty()) {
                    out.println("      note: " + c.note());
                }
            }
        }
        List<String> counts = new ArrayList<>();
        tiers.forEach((tier, n) -> counts.add(n + " " + tier));
        out.println();
        out.println("Events by provenance: " + String.join(", ", counts) + ".");
    }

    /** An ISO time of a record, as people read it: 2023-11-20 09:00 PST. */
    static String when(String iso, ZoneId zone) {
        return iso == null ? null : when(java.time.OffsetDateTime.parse(iso).toInstant(), zone);
    }
}
