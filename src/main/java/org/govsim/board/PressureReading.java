package org.govsim.board;

import java.util.Map;

/** The pressure on the board at one moment, by source (investor, letter, executives, ...), in model units per hour. */
public record PressureReading(double total, Map<String, Double> components) {

    /** The kinds of pressure a director weighs by their interests. */
    public enum Kind { INVESTORS, STAFF, COLLEAGUES, OTHER }

    /** A reading's components summed by kind. */
    public record ByKind(double investors, double staff, double colleagues, double other) {
    }

    /** The kind of a component: "investor/ID", "letter" and "resignations", "demand/BY". */
    public static Kind kindOf(String component) {
        if (component.startsWith("investor/")) {
            return Kind.INVESTORS;
        } else if (component.equals("letter") || component.equals("resignations")) {
            return Kind.STAFF;
        } else if (component.startsWith("demand/")) {
            return Kind.COLLEAGUES;
        }
        return Kind.OTHER;
    }

    public ByKind byKind() {
        double[] k = new double[4];
        components.forEach((c, v) -> k[kindOf(c).ordinal()] += v);
        // a reading of older streams may give a total without components: it counts as one kind, weighed evenly
        return components.isEmpty() ? new ByKind(0, 0, 0, total) : new ByKind(k[0], k[1], k[2], k[3]);
    }
}
