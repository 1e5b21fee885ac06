package org.govsim.experiment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.govsim.scenario.ExperimentFile;
import org.govsim.scenario.TextFiles;

/**
 * What a chart of a sweep draws: for each metric of a group of runs, its distribution. A yes/no metric gives the
 * share of runs where it holds; a number gives a histogram with bins of a round width; a category gives each value's
 * count. The time a run ended is left out, as in the summary.
 */
public final class Distributions {

    private Distributions() {
    }

    /** The most bins a histogram gets; round widths give fewer. */
    static final int MAX_BINS = 12;

    /** Runs with a value from {@code from} up to {@code to} (the last bin includes {@code to}). */
    public record Bin(double from, double to, int count) {
    }

    /** One value of a yes/no or category metric, with its count and its share of the runs. */
    public record Share(String value, int count, double share) {
    }

    /**
     * One metric over a group of runs. {@code kind} is yesNo, number or category; {@code share} (of yes) goes with
     * yesNo; {@code values} (runs with a number), mean, min, max and bins go with number; shares go with yesNo and
     * category, the most common first.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Distribution(String metric, String kind, int runs, Double share, Integer values, Double mean,
                               Double min, Double max, List<Bin> bins, List<Share> shares) {
    }

    /** The runs of one combination of the listed settings (none when the sweep lists none), and their metrics. */
    public record Group(Map<String, String> settings, int runs, List<Distribution> metrics) {
    }

    /** The groups of a finished sweep in {@code dir}, one per combination, in run order. */
    public static List<Group> ofSweep(ExperimentFile experiment, Path dir) {
        List<String> lines = TextFiles.readUtf8(dir.resolve("runs.csv")).lines().toList();
        List<String> header = Csv.parse(lines.get(0));
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            rows.add(Csv.parse(line));
        }
        return of(experiment, header, rows);
    }

    /** The rows of {@code dir}/summary.csv, each as column name to cell. */
    public static List<Map<String, String>> summary(Path dir) {
        List<String> lines = TextFiles.readUtf8(dir.resolve("summary.csv")).lines().toList();
        List<String> header = Csv.parse(lines.get(0));
        List<Map<String, String>> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = Csv.parse(line);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < cells.size() ? cells.get(i) : "");
            }
            out.add(row);
        }
        return out;
    }

    /**
     * Rows of runs.csv (as {@code header} names the columns) grouped by the values of the listed settings; drawn
     * settings differ run by run, so they make no groups.
     */
    public static List<Group> of(ExperimentFile experiment, List<String> header, List<List<String>> rows) {
        List<String> listed = new ArrayList<>();
        experiment.varied().stream().filter(v -> !v.isRandom()).forEach(v -> listed.add(v.path()));
        Map<List<String>, List<List<String>>> byCombination = new LinkedHashMap<>();
        for (List<String> row : rows) {
            List<String> key = new ArrayList<>();
            listed.forEach(p -> key.add(row.get(header.indexOf(p))));
            byCombination.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        List<Group> groups = new ArrayList<>();
        byCombination.forEach((key, runs) -> {
            Map<String, String> settings = new LinkedHashMap<>();
            for (int i = 0; i < listed.size(); i++) {
                settings.put(listed.get(i), key.get(i));
            }
            List<Distribution> metrics = new ArrayList<>();
            for (String m : experiment.metrics()) {
                if (m.equals("endedAt")) {
                    continue;
                }
                int col = header.indexOf(m);
                List<String> cells = new ArrayList<>(runs.size());
                runs.forEach(r -> cells.add(r.get(col)));
                metrics.add(of(m, cells));
            }
            groups.add(new Group(settings, runs.size(), metrics));
        });
        return groups;
    }

    /** One metric's distribution over the cells of its runs. */
    static Distribution of(String metric, List<String> cells) {
        int n = cells.size();
        if (Metrics.isBoolean(metric)) {
            int yes = (int) cells.stream().filter("true"::equals).count();
            return new Distribution(metric, "yesNo", n, share(yes, n), null, null, null, null, null,
                    List.of(new Share("true", yes, share(yes, n)), new Share("false", n - yes, share(n - yes, n))));
        }
        if (Metrics.isNumeric(metric)) {
            List<Double> xs = new ArrayList<>();
            for (String c : cells) {
                if (!c.isEmpty()) {
                    xs.add(Double.parseDouble(c));
                }
            }
            if (xs.isEmpty()) {
                // no run had a value (no CEO returned, say): nothing to draw
                return new Distribution(metric, "number", n, null, 0, null, null, null, List.of(), null);
            }
            double min = xs.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            double max = xs.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            double mean = xs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            return new Distribution(metric, "number", n, null, xs.size(), round(mean), min, max, bins(xs, min, max), null);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        cells.forEach(c -> counts.merge(c, 1, Integer::sum));
        List<Share> shares = new ArrayList<>();
        counts.entrySet().stream()
                .sorted((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey())
                        : Integer.compare(b.getValue(), a.getValue()))
                .forEach(e -> shares.add(new Share(e.getKey(), e.getValue(), share(e.getValue(), n))));
        return new Distribution(metric, "category", n, null, null, null, null, null, null, shares);
    }

    /**
     * Bins of a round width (1, 2 or 5 times a power of ten; whole numbers for counts of people) from a multiple of
     * it at or below the least value, so that bins read as plain numbers on an axis.
     */
    static List<Bin> bins(List<Double> xs, double min, double max) {
        if (max == min) {
            return List.of(new Bin(min, max, xs.size()));
        }
        boolean whole = xs.stream().allMatch(x -> x == Math.rint(x));
        double width = roundWidth((max - min) / MAX_BINS);
        if (whole) {
            width = Math.max(1, Math.ceil(width));
        }
        double start = Math.floor(min / width) * width;
        int count = (int) Math.floor((max - start) / width) + 1;
        if (count > MAX_BINS) {
            // floating division put the largest value one bin too far: widen once
            width = roundWidth(width * 1.5);
            start = Math.floor(min / width) * width;
            count = (int) Math.floor((max - start) / width) + 1;
        }
        int[] counts = new int[count];
        for (double x : xs) {
            counts[Math.min(count - 1, (int) Math.floor((x - start) / width))]++;
        }
        List<Bin> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(new Bin(round(start + i * width), round(start + (i + 1) * width), counts[i]));
        }
        return out;
    }

    /** The least of 1, 2, 5 times a power of ten not below {@code raw}. */
    static double roundWidth(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double f : new double[]{1, 2, 5, 10}) {
            if (f * power >= raw * (1 - 1e-9)) {
                return f * power;
            }
        }
        return 10 * power;
    }

    private static double share(int k, int n) {
        return n == 0 ? 0 : round((double) k / n);
    }

    /** Four decimals, as the summary has them; enough for a chart, and no float noise in bin edges. */
    private static double round(double d) {
        return new BigDecimal(d).round(MathContext.DECIMAL64).setScale(4, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }
}
