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
import com.fasterxml.jackson.databind.SerializationFeature;
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

    static void json(PrintWriter out, Object value) {
        try {
            out.println(Codec.mapper().writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value));
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
            out.printf("%5s  %-20s %-18s   why: %s; source: %s%n", "", "", "", l.basis(), l.source());
        }
    }

    /** An ISO time of a record, as people read it: 2023-11-20 09:00 PST. */
    static String when(String iso, ZoneId zone) {
        return iso == null ? null : when(java.time.OffsetDateTime.parse(iso).toInstant(), zone);
    }
}
