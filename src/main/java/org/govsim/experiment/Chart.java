package org.govsim.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.govsim.scenario.ExperimentFile;

/**
 * An SVG chart of the main outcome against the first listed parameter: its share (or mean) per value with the 95%
 * interval as error bars, one line per value of the second listed parameter.
 */
final class Chart {

    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b"};
    private static final int W = 760;
    private static final int H = 440;
    private static final int LEFT = 70;
    private static final int RIGHT = 170;
    private static final int TOP = 50;
    private static final int BOTTOM = 60;

    private Chart() {
    }

    static String svg(ExperimentFile experiment, Summary summary) {
        List<ExperimentFile.Varied> listed = experiment.varied().stream().filter(v -> !v.isRandom()).toList();
        String xName = listed.isEmpty() ? "all runs" : listed.get(0).path();
        boolean share = Metrics.isBoolean(experiment.outcome());
        Map<String, List<double[]>> series = new LinkedHashMap<>();
        List<String> xLabels = listed.isEmpty() ? List.of("all") : listed.get(0).values();
        boolean numericX = xLabels.stream().allMatch(Chart::isNumber);
        for (Summary.Group g : summary.groups()) {
            String x = listed.isEmpty() ? "all" : g.parameters().get(0);
            String line = listed.size() > 1 ? g.parameters().get(1) : experiment.outcome();
            double xv = numericX ? Double.parseDouble(x) : xLabels.indexOf(x);
            series.computeIfAbsent(line, k -> new ArrayList<>()).add(new double[]{xv, g.outcomeValue(), g.low(), g.high()});
        }
        double xMin = Double.MAX_VALUE;
        double xMax = -Double.MAX_VALUE;
        double yMax = share ? 1 : 0;
        for (List<double[]> pts : series.values()) {
            for (double[] p : pts) {
                xMin = Math.min(xMin, p[0]);
                xMax = Math.max(xMax, p[0]);
                if (!share && !Double.isNaN(p[1])) {
                    yMax = Math.max(yMax, p[1]);
                }
            }
        }
        if (xMax == xMin) {
            xMin -= 1;
            xMax += 1;
        }
        yMax = share ? 1 : nice(yMax);
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"12\">%n", W, H));
        s.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", W, H));
        s.append(text(W / 2.0, 24, "middle", 15, esc(experiment.title())));
        int plotW = W - LEFT - RIGHT;
        int plotH = H - TOP - BOTTOM;
        s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#444\"/>%n",
                LEFT, TOP, plotW, plotH));
        for (int i = 0; i <= 4; i++) {
            double y = TOP + plotH - plotH * i / 4.0;
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n",
                    LEFT, y, LEFT + plotW, y));
            s.append(text(LEFT - 6, y + 4, "end", 11, Summary.fmt(yMax * i / 4.0)));
        }
        final double x0 = xMin;
        final double x1 = xMax;
        final double ym = yMax;
        java.util.function.DoubleUnaryOperator px = x -> LEFT + 20 + (plotW - 40) * (x - x0) / (x1 - x0);
        java.util.function.DoubleUnaryOperator py = y -> TOP + plotH - plotH * y / ym;
        for (int i = 0; i < xLabels.size(); i++) {
            double xv = numericX ? Double.parseDouble(xLabels.get(i)) : i;
            s.append(text(px.applyAsDouble(xv), TOP + plotH + 18, "middle", 11, esc(xLabels.get(i))));
        }
        s.append(text(LEFT + plotW / 2.0, H - 18, "middle", 13, esc(xName)));
        s.append(String.format(Locale.ROOT, "<text x=\"18\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"13\" "
                + "transform=\"rotate(-90 18 %.1f)\">%s</text>%n", TOP + plotH / 2.0, TOP + plotH / 2.0,
                esc((share ? "share of runs: " : "mean: ") + experiment.outcome() + (share ? " (95% interval)" : ""))));
        if (listed.size() > 1) {
            s.append(text(W - RIGHT + 12, TOP - 6, "start", 11, esc(listed.get(1).path())));
        }
        int c = 0;
        for (Map.Entry<String, List<double[]>> e : series.entrySet()) {
            String colour = COLOURS[c % COLOURS.length];
            StringBuilder path = new StringBuilder();
            for (double[] p : e.getValue()) {
                if (Double.isNaN(p[1])) {
                    continue;
                }
                double x = px.applyAsDouble(p[0]);
                double y = py.applyAsDouble(p[1]);
                path.append(path.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
                if (!Double.isNaN(p[2])) {
                    s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>%n",
                            x, py.applyAsDouble(p[2]), x, py.applyAsDouble(p[3]), colour));
                }
                s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"/>%n", x, y, colour));
            }
            s.append(String.format(Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n", path, colour));
            double ly = TOP + 10 + 18 * c;
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"12\" height=\"12\" fill=\"%s\"/>%n",
                    W - RIGHT + 12, ly, colour));
            s.append(text(W - RIGHT + 30, ly + 10, "start", 11, esc(e.getKey())));
            c++;
        }
        s.append("</svg>\n");
        return s.toString();
    }

    /** The smallest of 1, 2, 2.5 or 5 times a power of ten that is at least {@code max}. */
    static double nice(double max) {
        if (!(max > 0)) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(max)));
        for (double m : new double[]{1, 2, 2.5, 5, 10}) {
            if (m * p >= max) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String text(double x, double y, String anchor, int size, String body) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\">%s</text>%n",
                x, y, anchor, size, body);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
