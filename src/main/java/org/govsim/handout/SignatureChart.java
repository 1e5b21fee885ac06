package org.govsim.handout;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The letter's signatures over time as an inline SVG: the timeline's step curve, its parent's (dashed), the reported
 * counts as diamonds, axes labelled in the case's local time. Drawn here rather than by a script, so that the page
 * needs nothing but itself, prints as it shows, and reads without JavaScript.
 */
final class SignatureChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 250;
    private static final int LEFT = 56;
    private static final int RIGHT = 18;
    private static final int TOP = 34;
    private static final int BOTTOM = 46;
    private static final DateTimeFormatter TICK = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ENGLISH);

    private SignatureChart() {
    }

    /** The chart's SVG element, titled {@code title}; the signatures are not empty. */
    static String svg(Handout.Signatures s, ZoneId zone, String title) {
        List<Instant> times = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        for (Handout.Curve c : curves(s)) {
            c.points().forEach(p -> {
                times.add(p.time());
                values.add(p.value());
            });
        }
        s.reported().forEach(r -> {
            times.add(r.time());
            values.add(r.count());
        });
        Instant from = times.stream().min(Instant::compareTo).orElseThrow();
        Instant to = times.stream().max(Instant::compareTo).orElseThrow();
        if (!to.isAfter(from)) {
            to = from.plusSeconds(3600);
        }
        int top = niceCeiling(Math.max(10, values.stream().mapToInt(Integer::intValue).max().orElse(0)));
        Scale x = new Scale(from.getEpochSecond(), to.getEpochSecond(), LEFT, WIDTH - RIGHT);
        Scale y = new Scale(0, top, HEIGHT - BOTTOM, TOP);

        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        svg.append("<title id=\"chart-title\">").append(Html.escape(title)).append("</title>\n");
        svg.append("<desc id=\"chart-desc\">").append(Html.escape(describe(s, zone))).append("</desc>\n");
        for (int i = 0; i <= 4; i++) {
            int v = top * i / 4;
            double py = y.at(v);
            svg.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>"
                    + "<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>%n",
                    LEFT, WIDTH - RIGHT, py, py, LEFT - 6, py + 4, v));
        }
        svg.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/>"
                + "<line class=\"axis\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/>%n", LEFT, WIDTH - RIGHT,
                HEIGHT - BOTTOM, HEIGHT - BOTTOM, LEFT, LEFT, TOP, HEIGHT - BOTTOM));
        int ticks = 4;
        for (int i = 0; i <= ticks; i++) {
            long t = from.getEpochSecond() + (to.getEpochSecond() - from.getEpochSecond()) * i / ticks;
            String anchor = i == 0 ? "start" : i == ticks ? "end" : "middle";
            svg.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"%s\">%s</text>%n",
                    x.at(t), HEIGHT - BOTTOM + 15, anchor, TICK.format(Instant.ofEpochSecond(t).atZone(zone))));
        }
        String zoneName = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH).format(from.atZone(zone));
        svg.append(String.format(Locale.ROOT, "<text class=\"axis-label\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">"
                + "time (%s, %s)</text>%n", (LEFT + WIDTH - RIGHT) / 2, HEIGHT - 8, Html.escape(zoneName),
                Html.escape(zone.getId())));
        svg.append(String.format(Locale.ROOT, "<text class=\"axis-label\" transform=\"translate(14 %d) rotate(-90)\" "
                + "text-anchor=\"middle\">signatures</text>%n", (TOP + HEIGHT - BOTTOM) / 2));

        if (s.parentCurve() != null) {
            svg.append(path(s.parentCurve(), x, y, from, to, "curve parent"));
        }
        svg.append(path(s.curve(), x, y, from, to, "curve own"));
        for (Handout.Reported r : s.reported()) {
            double px = x.at(r.time().getEpochSecond());
            double py = y.at(r.count());
            svg.append(String.format(Locale.ROOT, "<g class=\"reported\"><rect x=\"%.1f\" y=\"%.1f\" width=\"8\" "
                    + "height=\"8\" transform=\"rotate(45 %.1f %.1f)\"/><text class=\"mark\" x=\"%.1f\" y=\"%.1f\" "
                    + "text-anchor=\"end\">%d</text></g>%n", px - 4, py - 4, px, py, px - 7, py - 6, r.count()));
        }
        svg.append(legend(s));
        svg.append("</svg>");
        return svg.toString();
    }

    private static List<Handout.Curve> curves(Handout.Signatures s) {
        List<Handout.Curve> out = new ArrayList<>();
        out.add(s.curve());
        if (s.parentCurve() != null) {
            out.add(s.parentCurve());
        }
        return out;
    }

    /** A step line from zero at the chart's start, up at each change, held to the chart's end. */
    private static String path(Handout.Curve c, Scale x, Scale y, Instant from, Instant to, String cls) {
        StringBuilder d = new StringBuilder(String.format(Locale.ROOT, "M%.1f,%.1f", x.at(from.getEpochSecond()),
                y.at(0)));
        int last = 0;
        for (Handout.Point p : c.points()) {
            double px = x.at(Math.max(from.getEpochSecond(), Math.min(to.getEpochSecond(), p.time().getEpochSecond())));
            d.append(String.format(Locale.ROOT, " L%.1f,%.1f L%.1f,%.1f", px, y.at(last), px, y.at(p.value())));
            last = p.value();
        }
        d.append(String.format(Locale.ROOT, " L%.1f,%.1f", x.at(to.getEpochSecond()), y.at(last)));
        return "<path class=\"" + cls + "\" d=\"" + d + "\"/>\n";
    }

    private static String legend(Handout.Signatures s) {
        StringBuilder g = new StringBuilder("<g class=\"legend\">");
        int lx = LEFT + 4;
        g.append(String.format(Locale.ROOT, "<line class=\"curve own\" x1=\"%d\" x2=\"%d\" y1=\"14\" y2=\"14\"/>"
                + "<text x=\"%d\" y=\"18\">%s</text>", lx, lx + 22, lx + 27, Html.escape(s.curve().label())));
        lx += 40 + 6 * s.curve().label().length();
        if (s.parentCurve() != null) {
            g.append(String.format(Locale.ROOT, "<line class=\"curve parent\" x1=\"%d\" x2=\"%d\" y1=\"14\" y2=\"14\"/>"
                    + "<text x=\"%d\" y=\"18\">%s</text>", lx, lx + 22, lx + 27, Html.escape(s.parentCurve().label())));
            lx += 40 + 6 * s.parentCurve().label().length();
        }
        if (!s.reported().isEmpty()) {
            g.append(String.format(Locale.ROOT, "<rect class=\"reported\" x=\"%d\" y=\"10\" width=\"8\" height=\"8\" "
                    + "transform=\"rotate(45 %d 14)\"/><text x=\"%d\" y=\"18\">reported count</text>", lx + 7, lx + 11,
                    lx + 20));
        }
        return g.append("</g>\n").toString();
    }

    /** The chart in words, for readers who cannot see it. */
    static String describe(Handout.Signatures s, ZoneId zone) {
        List<String> parts = new ArrayList<>();
        for (Handout.Curve c : curves(s)) {
            Handout.Point last = c.points().isEmpty() ? null : c.points().get(c.points().size() - 1);
            parts.add(c.label() + ": " + (last == null ? "no signatures"
                    : last.value() + " by " + TICK.format(last.time().atZone(zone))));
        }
        if (!s.reported().isEmpty()) {
            parts.add("reported: " + String.join(", ", s.reported().stream()
                    .map(r -> r.count() + " at " + TICK.format(r.time().atZone(zone))).toList()));
        }
        return String.join("; ", parts);
    }

    /** The axis's top: {@code v} rounded up at its leading digit (738 to 800, 45 to 50, 10 to 10). */
    static int niceCeiling(int v) {
        int p = 1;
        while (p * 10 <= v) {
            p *= 10;
        }
        return (int) (Math.ceil((double) v / p) * p);
    }

    private record Scale(double d0, double d1, double r0, double r1) {
        double at(double v) {
            return r0 + (v - d0) / (d1 - d0) * (r1 - r0);
        }
    }
}
