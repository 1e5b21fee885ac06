package org.govsim.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsim.scenario.ExperimentFile;

/**
 * Per combination of the listed parameter values: how many runs, each true/false metric's share with a 95% Wilson
 * interval, each numeric metric's mean, each categorical metric's most common value and its share.
 */
final class Summary {

    /** One combination's figures, keyed by column name. */
    record Group(List<String> parameters, Map<String, String> figures, double outcomeValue, double low, double high) {
    }

    private final List<String> header;
    private final List<Group> groups;

    private Summary(List<String> header, List<Group> groups) {
        this.header = header;
        this.groups = groups;
    }

    List<Group> groups() {
        return groups;
    }

    static Summary of(ExperimentFile experiment, List<String> runHeader, List<List<String>> rows) {
        List<Integer> paramColumns = new ArrayList<>();
        for (int i = 0; i < experiment.varied().size(); i++) {
            if (!experiment.varied().get(i).isRandom()) {
                paramColumns.add(2 + i);
            }
        }
        Map<Integer, List<List<String>>> byCombination = new LinkedHashMap<>();
        for (List<String> row : rows) {
            int combination = Integer.parseInt(row.get(0)) / experiment.repetitions();
            byCombination.computeIfAbsent(combination, k -> new ArrayList<>()).add(row);
        }
        List<String> header = new ArrayList<>();
        paramColumns.forEach(c -> header.add(runHeader.get(c)));
        header.add("runs");
        int firstMetric = 2 + experiment.varied().size();
        for (String m : experiment.metrics()) {
            if (Metrics.isBoolean(m)) {
                header.addAll(List.of(m + "_share", m + "_ci95_low", m + "_ci95_high"));
            } else if (Metrics.isNumeric(m)) {
                header.addAll(List.of(m + "_mean", m + "_n"));
            } else if (!m.equals("endedAt")) {
                header.addAll(List.of(m + "_mode", m + "_mode_share"));
            }
        }
        List<Group> groups = new ArrayList<>();
        for (List<List<String>> runs : byCombination.values()) {
            List<String> params = new ArrayList<>();
            paramColumns.forEach(c -> params.add(runs.get(0).get(c)));
            Map<String, String> figures = new LinkedHashMap<>();
            figures.put("runs", Integer.toString(runs.size()));
            double outcome = Double.NaN;
            double low = Double.NaN;
            double high = Double.NaN;
            for (int k = 0; k < experiment.metrics().size(); k++) {
                String m = experiment.metrics().get(k);
                int col = firstMetric + k;
                if (Metrics.isBoolean(m)) {
                    int yes = 0;
                    for (List<String> r : runs) {
                        yes += r.get(col).equals("true") ? 1 : 0;
                    }
                    double[] ci = wilson(yes, runs.size());
                    double share = (double) yes / runs.size();
                    figures.put(m + "_share", fmt(share));
                    figures.put(m + "_ci95_low", fmt(ci[0]));
                    figures.put(m + "_ci95_high", fmt(ci[1]));
                    if (m.equals(experiment.outcome())) {
                        outcome = share;
                        low = ci[0];
                        high = ci[1];
                    }
                } else if (Metrics.isNumeric(m)) {
                    double sum = 0;
                    int n = 0;
                    for (List<String> r : runs) {
                        if (!r.get(col).isEmpty()) {
                            sum += Double.parseDouble(r.get(col));
                            n++;
                        }
                    }
                    double mean = n == 0 ? Double.NaN : sum / n;
                    figures.put(m + "_mean", n == 0 ? "" : fmt(mean));
                    figures.put(m + "_n", Integer.toString(n));
                    if (m.equals(experiment.outcome())) {
                        outcome = mean;
                    }
                } else if (!m.equals("endedAt")) {
                    Map<String, Integer> counts = new LinkedHashMap<>();
                    for (List<String> r : runs) {
                        counts.merge(r.get(col), 1, Integer::sum);
                    }
                    String mode = counts.entrySet().stream().max((a, b) -> a.getValue() != b.getValue().intValue()
                            ? Integer.compare(a.getValue(), b.getValue()) : b.getKey().compareTo(a.getKey()))
                            .map(Map.Entry::getKey).orElse("");
                    figures.put(m + "_mode", mode);
                    figures.put(m + "_mode_share", fmt((double) counts.getOrDefault(mode, 0) / runs.size()));
                }
            }
            groups.add(new Group(params, figures, outcome, low, high));
        }
        return new Summary(header, groups);
    }

    String csv() {
        StringBuilder b = new StringBuilder(Csv.line(header)).append('\n');
        int params = header.indexOf("runs");
        for (Group g : groups) {
            List<String> cells = new ArrayList<>(g.parameters());
            for (String h : header.subList(params, header.size())) {
                cells.add(g.figures().getOrDefault(h, ""));
            }
            b.append(Csv.line(cells)).append('\n');
        }
        return b.toString();
    }

    /** The 95% Wilson score interval for {@code k} successes in {@code n} trials. */
    static double[] wilson(int k, int n) {
        if (n == 0) {
            return new double[]{0, 1};
        }
        double z = 1.959963984540054;
        double p = (double) k / n;
        double denominator = 1 + z * z / n;
        double centre = (p + z * z / (2 * n)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / denominator;
        return new double[]{Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    static String fmt(double d) {
        return java.math.BigDecimal.valueOf(Math.round(d * 10000) / 10000.0).stripTrailingZeros().toPlainString();
    }
}
