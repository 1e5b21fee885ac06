package org.govsim.scenario;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The range of every number a seed world holds, by the name of the parameter it sets. The seed's loader, what-ifs and
 * experiments all check through here, so a value refused in a seed is refused in a setting too.
 */
final class Ranges {

    /** The values a parameter may take; {@code whole} when only whole numbers make sense. */
    record Range(double min, double max, boolean whole) {
        double check(Yaml value) {
            return whole ? value.integer((long) min, (long) max) : value.num(min, max);
        }
    }

    static final Map<String, Range> BY_NAME = new LinkedHashMap<>();

    static {
        double hours = Limits.MAX_HOURS;
        put(0.001, 1e9, false, "resolve");
        put(0, 100, false, "susceptibility");
        put(1, Limits.MAX_HEADCOUNT, true, "headcount");
        put(0, Limits.MAX_HEADCOUNT, true, "executives");
        put(1, Limits.MAX_HEADCOUNT, true, "count", "signatures");
        put(0.001, 10, false, "signRateDay", "signRateNight");
        put(0, 24, true, "nightFrom", "nightTo");
        put(0, 1, false, "executiveLoyalty", "profitShare", "funding", "compute", "jobs", "alignment", "tolerance",
                "leaveRatePerHour", "offerThresholdDiscount", "share");
        put(0, 1e13, false, "committedUsd");
        put(0, 1_000, true, "votes");
        put(0, hours, false, "reactionHours", "escalateAfterHours", "quitAfterHours", "answerAfterHours",
                "letterOrganiseHours", "letterUltimatumHours");
        put(Limits.MIN_TICK_HOURS, Limits.MAX_TICK_HOURS, false, "pressureTickHours", "tallyTickHours");
        put(0, 1_000, false, "weightExecutiveDemand", "weightInterimBacking", "weightSignatures", "outsideOfferMultiplier",
                "legalMultiplier", "weightResignations");
        put(0, 1e6, false, "pressureTolerance");
        put(0, 100, false, "investors", "staff", "colleagues");
        put(0, 100, false, "from", "to");
    }

    private static void put(double min, double max, boolean whole, String... names) {
        for (String n : names) {
            BY_NAME.put(n, new Range(min, max, whole));
        }
    }

    private Ranges() {
    }

    /** The value, checked against the range of parameter {@code name}. */
    static double check(String name, Yaml value) {
        Range r = BY_NAME.get(name);
        if (r == null) {
            throw new IllegalStateException("no range for parameter '" + name + "'");
        }
        return r.check(value);
    }

    /** The field {@code key} of {@code block} as parameter {@code name}, or the fallback when the field is absent. */
    static double field(Yaml block, String key, String name, double fallback) {
        Yaml y = block.opt(key);
        return y == null ? fallback : check(name, y);
    }

    static double field(Yaml block, String key) {
        return check(key, block.get(key));
    }
}
