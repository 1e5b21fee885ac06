package org.govsim.provenance;

import java.util.List;

import org.govsim.simulation.Recorded;

/**
 * The tier of one event, what stands behind it ({@code detail}: the source keys, the policy, the report it matches or
 * was fitted to, the assumption, the what-if) and the contested claims it touches, each with its competing versions.
 */
public record Provenance(Tier tier, String detail, List<String> contested) {

    /** Marks a given that no source reports, in a source field: "assumed" alone or "assumed:S19" with the context. */
    public static final String ASSUMED = "assumed";

    public Provenance {
        contested = List.copyOf(contested);
    }

    /** What the event's own cause and source say, before any report is matched. */
    public static Provenance of(Recorded r) {
        String cause = r.cause() == null ? "" : r.cause();
        String source = r.source() == null ? "" : r.source();
        if (cause.equals("whatif") || source.startsWith("whatif:")) {
            return new Provenance(Tier.WHAT_IF, source.startsWith("whatif:") ? source.substring(7) : source, List.of());
        }
        if (cause.startsWith("policy:")) {
            return new Provenance(Tier.MODELLED, "by " + cause.substring(7), List.of());
        }
        if (source.startsWith(ASSUMED)) {
            String context = source.length() > ASSUMED.length() + 1 ? source.substring(ASSUMED.length() + 1) : "";
            return new Provenance(Tier.ASSUMED, context.isEmpty() ? "no source" : "context " + context, List.of());
        }
        if (isSourceKeys(source)) {
            return new Provenance(Tier.REPORTED, source, List.of());
        }
        return new Provenance(Tier.MODELLED, cause.isEmpty() ? "by the simulation" : "by the " + cause, List.of());
    }

    /** A list of source keys such as "S7" or "S7,S8"; "model" and "scenario" are not sources. */
    static boolean isSourceKeys(String source) {
        return source.matches("[A-Za-z][A-Za-z0-9._-]*[0-9][A-Za-z0-9._-]*(\\s*,\\s*[A-Za-z][A-Za-z0-9._-]*)*");
    }

    /** "reported S14", "modelled by loyalists-quit", as the story prints it. */
    public String label() {
        return tier.label() + (detail.isEmpty() ? "" : " " + detail);
    }
}
