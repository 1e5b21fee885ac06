package org.govsim.app;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.govsim.scenario.InputException;

/** Times in requests and records: ISO text, local to a timeline's zone unless it carries an offset. */
public final class Times {
    private Times() {
    }

    /** A requested time such as 2023-11-20T09:00 (in {@code zone}) or 2023-11-20T17:00Z. */
    public static Instant parse(String text, ZoneId zone, String field) {
        Instant t;
        try {
            if (text.matches(".*([+-]\\d\\d:\\d\\d|Z)$")) {
                t = OffsetDateTime.parse(text).toInstant();
            } else {
                t = LocalDateTime.parse(text).atZone(zone).toInstant();
            }
        } catch (DateTimeException | ArithmeticException e) {
            throw InputException.request(field, "expected a time such as 2023-11-20T09:00, found '" + text + "'");
        }
        // the stores keep SQL timestamps, which end with the year 9999
        if (t.isBefore(EARLIEST) || t.isAfter(LATEST)) {
            throw InputException.request(field, "a time between the years 1 and 9999, found '" + text + "'");
        }
        return t;
    }

    private static final Instant EARLIEST = Instant.parse("0001-01-02T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-30T00:00:00Z");

    /** ISO text with the zone's offset, as every record gives times. */
    public static String iso(Instant t, ZoneId zone) {
        return t == null ? null : ZonedDateTime.ofInstant(t, zone).toOffsetDateTime().toString();
    }
}
