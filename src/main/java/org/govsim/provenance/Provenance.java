package org.govsim.provenance;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.govsim.simulation.Recorded;
import org.govsim.simulation.Reports;
import org.govsim.simulation.SimulationEvents.SimulationStarted;

/**
 * The tier of one event, what stands behind it ({@code detail}: the source keys, the policy, the report it matches or
 * was fitted to, the assumption, the what-if) and the contested claims it touches, each with its competing versions.
 */
public record Provenance(Tier tier, String detail, List<String> contested) {

    /**
     * Marks a given that no source reports, in an event's source field: "assumption" alone, or with the keys of the
     * sources that give its context and what is assumed, "assumption[S19]: the terms".
     */
    public static final String ASSUMED = "assumption";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    public Provenance {
        contested = List.copyOf(contested);
    }

    /** What the event's own cause and source say, with no reports to match. */
    public static Provenance of(Recorded r) {
        return of(r, Reports.NONE, ZoneId.of("UTC"));
    }

    /**
     * The event's tier: a what-if's edit; a given of the seed or script, reported when it names sources and assumed when
     * it does not; a policy's event, reported when it matches a reported fact, calibrated when the policy's parameters
     * were fitted to a report, otherwise modelled. Times in the detail are given in {@code zone}.
     */
    public static Provenance of(Recorded r, Reports reports, ZoneId zone) {
        List<String> contested = contested(r, reports, zone);
        String cause = r.cause() == null ? "" : r.cause();
        String source = r.source() == null ? "" : r.source();
        if (cause.equals("whatif") || source.startsWith("whatif:")) {
            // a claim the sources contest is about the record; a what-if's own step is no part of it
            return new Provenance(Tier.WHAT_IF, source.startsWith("whatif:") ? source.substring(7) : source, List.of());
        }
        if (cause.startsWith("policy:")) {
            return modelled(r, cause.substring(7), reports, zone, contested);
        }
        if (cause.equals("scenario")) {
            return new Provenance(Tier.ASSUMED, "the scenario's frame: its start, end and seed", contested);
        }
        if (source.startsWith(ASSUMED)) {
            return new Provenance(Tier.ASSUMED, assumption(source.substring(ASSUMED.length())), contested);
        }
        if (isSourceKeys(source)) {
            return new Provenance(Tier.REPORTED, source, contested);
        }
        return new Provenance(Tier.MODELLED, cause.isEmpty() ? "by the simulation" : "by the " + cause, contested);
    }

    /** Events per tier, every tier present, in the tiers' order. */
    public static Map<Tier, Long> count(List<Recorded> events) {
        Map<Tier, Long> counts = new EnumMap<>(Tier.class);
        for (Tier t : Tier.values()) {
            counts.put(t, 0L);
        }
        Reader reader = new Reader(null);
        for (Recorded r : events) {
            counts.merge(reader.next(r).tier(), 1L, Long::sum);
        }
        return counts;
    }

    /**
     * Reads the provenance of a stream's events in order: the reports and the zone come from its
     * {@code SimulationStarted}, or from {@code started}, the start of the stream a stretch belongs to (null for none).
     */
    public static final class Reader {
        private Reports reports = Reports.NONE;
        private ZoneId zone = ZoneId.of("UTC");

        public Reader(SimulationStarted started) {
            if (started != null) {
                reports = started.reports();
                zone = ZoneId.of(started.timezone());
            }
        }

        /** The provenance of the next event of the stream. */
        public Provenance next(Recorded r) {
            if (r.event() instanceof SimulationStarted s) {
                reports = s.reports();
                zone = ZoneId.of(s.timezone());
            }
            return of(r, reports, zone);
        }

        /** The reports of the stream so far. */
        public Reports reports() {
            return reports;
        }
    }

    /** "reported S14", "modelled by loyalists-quit", as the story prints it. */
    public String label() {
        return tier.label() + (detail.isEmpty() ? "" : " " + detail);
    }

    private static Provenance modelled(Recorded r, String policy, Reports reports, ZoneId zone, List<String> contested) {
        for (Reports.Fact f : reports.facts()) {
            if (f.event().equals(r.type()) && names(r.event(), f.who())
                    && Duration.between(f.at(), r.time()).abs().toMinutes() <= Math.round(f.withinHours() * 60)) {
                String fitted = f.fitted() == null || f.fitted().isBlank() ? ""
                        : "; " + f.fitted() + " was fitted to this report";
                return new Provenance(Tier.REPORTED, f.source() + " at " + WHEN.format(f.at().atZone(zone))
                        + "; modelled by " + policy + fitted, contested);
            }
        }
        for (Reports.Calibration c : reports.calibrations()) {
            if (c.event().equals(r.type()) && names(r.event(), c.who())) {
                return new Provenance(Tier.CALIBRATED, "by " + policy + ": " + c.parameters() + " fitted to "
                        + c.fittedTo() + " (" + c.source() + ")", contested);
            }
        }
        return new Provenance(Tier.MODELLED, "by " + policy, contested);
    }

    private static List<String> contested(Recorded r, Reports reports, ZoneId zone) {
        List<String> out = new ArrayList<>();
        for (Reports.Contested c : reports.contested()) {
            if (c.event().equals(r.type()) && names(r.event(), c.who()) && (c.at() == null
                    || Duration.between(c.at(), r.time()).abs().toMinutes() <= Math.round(c.withinHours() * 60))) {
                out.add(c.claim() + ": " + String.join(" or ", c.versions()));
            }
        }
        return out;
    }

    /** "[S19]: the terms" as "the terms; context S19". */
    static String assumption(String rest) {
        String keys = "";
        if (rest.startsWith("[") && rest.indexOf(']') > 0) {
            keys = rest.substring(1, rest.indexOf(']'));
            rest = rest.substring(rest.indexOf(']') + 1);
        }
        String what = rest.startsWith(":") ? rest.substring(1).trim() : "";
        if (what.isEmpty()) {
            what = "no source";
        }
        return keys.isEmpty() ? what : what + "; context " + keys;
    }

    /** A list of source keys such as "S7" or "S7,S8"; "model" and "scenario" are not sources. */
    static boolean isSourceKeys(String source) {
        return source.matches("[A-Za-z][A-Za-z0-9._-]*[0-9][A-Za-z0-9._-]*(\\s*,\\s*[A-Za-z][A-Za-z0-9._-]*)*");
    }

    /** Whether the event is of type {@code type} and names {@code who} (null for anyone). */
    public static boolean concerns(Recorded r, String type, String who) {
        return r.type().equals(type) && names(r.event(), who);
    }

    /** Whether {@code who} (null for anyone) is one of the ids the event names, in its fields or theirs. */
    static boolean names(Object value, String who) {
        return who == null || names(value, who, 0);
    }

    private static boolean names(Object value, String who, int depth) {
        if (value == null || depth > 4) {
            return false;
        }
        if (value instanceof String s) {
            return s.equals(who);
        }
        if (value instanceof Collection<?> c) {
            for (Object o : c) {
                if (names(o, who, depth + 1)) {
                    return true;
                }
            }
            return false;
        }
        if (value instanceof Map<?, ?> m) {
            return names(m.values(), who, depth + 1);
        }
        if (value.getClass().isRecord()) {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                try {
                    if (names(c.getAccessor().invoke(value), who, depth + 1)) {
                        return true;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + c.getName() + " of " + value.getClass(), e);
                }
            }
        }
        return false;
    }

}
