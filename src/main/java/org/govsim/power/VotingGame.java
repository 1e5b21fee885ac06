package org.govsim.power;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A weighted voting game: each voter's weight and the quota a coalition's weight must reach to carry a motion. A voter
 * is pivotal (a swing) for a coalition that loses without them and wins with them.
 */
public final class VotingGame {

    /** Counting every coalition is exact and quick up to here: 2^15 coalitions. */
    public static final int MAX_VOTERS = 15;

    private final List<String> voters;
    private final int[] weights;
    private final int quota;

    /** Voters in order with their weights (whole votes); {@code quota} the votes a motion needs. */
    public VotingGame(Map<String, Integer> weights, int quota) {
        if (weights.isEmpty() || weights.size() > MAX_VOTERS) {
            throw new IllegalArgumentException("a voting game has 1 to " + MAX_VOTERS + " voters, not " + weights.size());
        }
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        if (quota < 1 || quota > total) {
            throw new IllegalArgumentException("the quota must be from 1 to the " + total + " votes cast, not " + quota);
        }
        if (weights.values().stream().anyMatch(w -> w < 0)) {
            throw new IllegalArgumentException("a voter's weight cannot be negative");
        }
        this.voters = List.copyOf(weights.keySet());
        this.weights = weights.values().stream().mapToInt(Integer::intValue).toArray();
        this.quota = quota;
    }

    /** Equal votes, one each, and a quota: a board voting by head count. */
    public static VotingGame oneVoteEach(List<String> voters, int quota) {
        Map<String, Integer> w = new LinkedHashMap<>();
        voters.forEach(v -> w.put(v, 1));
        return new VotingGame(w, quota);
    }

    public int quota() { return quota; }

    /**
     * The normalised Banzhaf index: each voter's share of all swings. A voter who is never a swing has none, however
     * many votes they hold.
     */
    public Map<String, Double> banzhaf() {
        long[] swings = new long[weights.length];
        long all = 0;
        for (int s = 0; s < 1 << weights.length; s++) {
            int w = weight(s);
            if (w < quota) {
                continue;
            }
            for (int i = 0; i < weights.length; i++) {
                if ((s & 1 << i) != 0 && w - weights[i] < quota) {
                    swings[i]++;
                    all++;
                }
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < weights.length; i++) {
            out.put(voters.get(i), all == 0 ? 0 : (double) swings[i] / all);
        }
        return out;
    }

    /**
     * The Shapley-Shubik index: the share of the orders in which voters join that each voter is the one who brings the
     * coalition to the quota. A coalition S joined by i counts |S|! (n - |S| - 1)! orders.
     */
    public Map<String, Double> shapleyShubik() {
        int n = weights.length;
        double[] orders = new double[n + 1];
        orders[0] = 1;
        for (int k = 1; k <= n; k++) {
            orders[k] = orders[k - 1] * k;
        }
        double[] index = new double[n];
        for (int s = 0; s < 1 << n; s++) {
            int w = weight(s);
            if (w >= quota) {
                continue;
            }
            int size = Integer.bitCount(s);
            for (int i = 0; i < n; i++) {
                if ((s & 1 << i) == 0 && w + weights[i] >= quota) {
                    index[i] += orders[size] * orders[n - size - 1] / orders[n];
                }
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            out.put(voters.get(i), index[i]);
        }
        return out;
    }

    private int weight(int coalition) {
        int w = 0;
        for (int i = 0; i < weights.length; i++) {
            if ((coalition & 1 << i) != 0) {
                w += weights[i];
            }
        }
        return w;
    }
}
