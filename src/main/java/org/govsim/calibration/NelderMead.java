package org.govsim.calibration;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.ToDoubleFunction;

/**
 * Nelder and Mead's simplex search in the unit cube, every point clamped into it: it needs no gradient, which a loss
 * computed from simulated runs does not have, and it is deterministic for a deterministic loss.
 */
final class NelderMead {

    record Minimum(double[] x, double value, int evaluations) {
    }

    private NelderMead() {
    }

    static Minimum minimise(ToDoubleFunction<double[]> f, double[] start, double step, int maxEvaluations,
                            double tolerance) {
        int n = start.length;
        double[][] simplex = new double[n + 1][];
        double[] values = new double[n + 1];
        simplex[0] = clamp(start.clone());
        for (int i = 0; i < n; i++) {
            double[] p = start.clone();
            p[i] = p[i] + step <= 1 ? p[i] + step : p[i] - step;
            simplex[i + 1] = clamp(p);
        }
        int evaluations = 0;
        for (int i = 0; i <= n; i++) {
            values[i] = f.applyAsDouble(simplex[i]);
            evaluations++;
        }
        while (evaluations < maxEvaluations) {
            Integer[] order = new Integer[n + 1];
            for (int i = 0; i <= n; i++) {
                order[i] = i;
            }
            double[] v = values;
            Arrays.sort(order, Comparator.comparingDouble(i -> v[i]));
            double[][] s = new double[n + 1][];
            double[] sv = new double[n + 1];
            for (int i = 0; i <= n; i++) {
                s[i] = simplex[order[i]];
                sv[i] = values[order[i]];
            }
            simplex = s;
            values = sv;
            if (values[n] - values[0] <= tolerance && size(simplex) <= tolerance) {
                break;
            }
            double[] centroid = new double[n];
            for (int i = 0; i < n; i++) {
                for (int d = 0; d < n; d++) {
                    centroid[d] += simplex[i][d] / n;
                }
            }
            double[] reflected = along(centroid, simplex[n], -1);
            double fr = f.applyAsDouble(reflected);
            evaluations++;
            if (fr < values[0]) {
                double[] expanded = along(centroid, simplex[n], -2);
                double fe = f.applyAsDouble(expanded);
                evaluations++;
                simplex[n] = fe < fr ? expanded : reflected;
                values[n] = Math.min(fe, fr);
            } else if (fr < values[n - 1]) {
                simplex[n] = reflected;
                values[n] = fr;
            } else {
                double[] contracted = fr < values[n] ? along(centroid, reflected, 0.5) : along(centroid, simplex[n], 0.5);
                double fc = f.applyAsDouble(contracted);
                evaluations++;
                if (fc < Math.min(fr, values[n])) {
                    simplex[n] = contracted;
                    values[n] = fc;
                } else {
                    for (int i = 1; i <= n && evaluations < maxEvaluations; i++) {
                        simplex[i] = along(simplex[0], simplex[i], 0.5);
                        values[i] = f.applyAsDouble(simplex[i]);
                        evaluations++;
                    }
                }
            }
        }
        int best = 0;
        for (int i = 1; i <= n; i++) {
            if (values[i] < values[best]) {
                best = i;
            }
        }
        return new Minimum(simplex[best], values[best], evaluations);
    }

    /** The point {@code from + t (to - from)}, clamped into the cube. */
    private static double[] along(double[] from, double[] to, double t) {
        double[] p = new double[from.length];
        for (int d = 0; d < p.length; d++) {
            p[d] = from[d] + t * (to[d] - from[d]);
        }
        return clamp(p);
    }

    private static double[] clamp(double[] p) {
        for (int d = 0; d < p.length; d++) {
            p[d] = Math.max(0, Math.min(1, p[d]));
        }
        return p;
    }

    private static double size(double[][] simplex) {
        double max = 0;
        for (int i = 1; i < simplex.length; i++) {
            for (int d = 0; d < simplex[0].length; d++) {
                max = Math.max(max, Math.abs(simplex[i][d] - simplex[0][d]));
            }
        }
        return max;
    }
}
