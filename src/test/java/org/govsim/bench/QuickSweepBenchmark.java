package org.govsim.bench;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.govsim.web.Served;

/**
 * The slider's answer: a quick sweep of 200 runs of the OpenAI case over HTTP, median of N after warming up, beside the
 * baseline of the same run: the rate of a full sweep of the same experiment on the same server at the same time (what
 * 200 runs cost the sweep engine with its files). Every position is new, so none is answered from the kept ones.
 * <p>
 * Usage: {@code java -cp ... org.govsim.bench.QuickSweepBenchmark [N]}
 */
public final class QuickSweepBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        try (Served served = Served.start()) {
            for (int i = 0; i < 30; i++) {
                quick(served, 1 + i / 100.0);
            }
            double before = engineRate(served);
            double[] ms = new double[n];
            double[] inside = new double[n];
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                JsonNode r = quick(served, 0.5 + i / 100.0);
                ms[i] = (System.nanoTime() - t0) / 1e6;
                inside[i] = r.get("milliseconds").asDouble();
            }
            double engine = Math.min(before, engineRate(served));
            Arrays.sort(ms);
            Arrays.sort(inside);
            System.out.printf(Locale.ROOT, "quick sweep, 200 runs of outside-offer over HTTP: median %.1f ms (runs alone "
                            + "%.1f ms; least %.1f, most %.1f), target < 250 ms%n", median(ms), median(inside), ms[0],
                    ms[n - 1]);
            System.out.printf(Locale.ROOT, "baseline: the full sweep of the same experiment on the same server, %.0f "
                    + "runs/s, so 200 runs in %.1f ms%n", engine, 200 / engine * 1000);
        }
        System.exit(0);
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static JsonNode quick(Served served, double multiplier) throws Exception {
        HttpResponse<String> r = served.send("POST", "/api/v1/sweeps/quick", "application/json",
                "{\"experiment\": \"outside-offer\", \"parameter\": \"model.outsideOfferMultiplier\", \"value\": "
                        + multiplier + ", \"runs\": 200}");
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.body());
        }
        return JSON.readTree(r.body());
    }

    private static double engineRate(Served served) throws Exception {
        String id = JSON.readTree(served.send("POST", "/api/v1/sweeps", "application/json",
                "{\"experiment\": \"outside-offer\"}").body()).get("id").asText();
        while (true) {
            JsonNode p = JSON.readTree(served.get("/api/v1/sweeps/" + id).body());
            if (!p.get("status").asText().equals("running")) {
                return p.get("runsPerSecond").asDouble();
            }
            Thread.sleep(50);
        }
    }
}
