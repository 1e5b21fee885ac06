package org.govsim.simulation;

import java.util.SplittableRandom;

/**
 * Counter-based randomness: every draw is keyed by (run seed, purpose, key), never by a hidden position in one
 * sequential generator. A fork therefore re-draws only what it changed, and a resumed run draws what the original drew.
 */
public final class Rng {
    private Rng() {
    }

    public static SplittableRandom of(long seed, String purpose, long key) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        h = mix(h ^ purpose.hashCode());
        h = mix(h ^ key);
        return new SplittableRandom(h);
    }

    /** Number of successes in n trials of probability p. */
    public static int binomial(SplittableRandom random, int n, double p) {
        if (n <= 0 || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (random.nextDouble() < p) {
                k++;
            }
        }
        return k;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
