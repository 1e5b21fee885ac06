package org.govsim.bench;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.govsim.timeline.Database;
import org.govsim.web.Served;

/**
 * A class of N students playing the board over loopback: each reads where the play stands, then chooses at each
 * decision (a prediction with the first), reading where it stands after each. {@code together}: all start in the same
 * instant and choose without pause (the worst case: every fork at once); {@code class}: each starts at a random moment
 * of the first 20 s (a class joining) and reads for 5 s before each choice. The baseline, measured in the same run, is
 * the same number of students reading the case's state at one event at once.
 * <p>
 * Usage: {@code java [-Dwarmup=N] [-DnoWarmUp=true] -cp ... org.govsim.bench.PlayLoad [students] [together|class] [h2|postgres]}: the
 * server warms up as {@code govsim serve} does (-DnoWarmUp=true: not), then serves N students' plays all at once
 * (default 2), so that N=300 measures a server whose compiler has done its work.
 */
public final class PlayLoad {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CASE = "openai-2023-board-crisis";

    public static void main(String[] args) throws Exception {
        int students = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        boolean together = args.length < 2 || args[1].equals("together");
        boolean postgres = args.length > 2 && args[2].equals("postgres");
        Database database = postgres ? ServeLoad.freshPostgres()
                : Database.h2(Files.createTempDirectory("govsim-play-load"));
        try (Served served = Served.start(database, null,
                Boolean.getBoolean("noWarmUp") ? java.time.Duration.ZERO : org.govsim.web.ServeSettings.WARM_UP)) {
            long warm = System.nanoTime();
            int plays = served.awaitWarmUp();
            System.out.printf(Locale.ROOT, "  the server's warm-up: %d plays in memory, over %.1f s after start%n", plays,
                    (System.nanoTime() - warm) / 1e9);
            play(served, Integer.getInteger("warmup", 2), new ArrayList<>(), new AtomicInteger(), true);   // warm-up
            List<Double> baseline = Collections.synchronizedList(new ArrayList<>());
            together(students, s -> {
                long t = System.nanoTime();
                served.get("/api/v1/timelines/" + CASE + "/state?at=" + (100 + s));
                baseline.add((System.nanoTime() - t) / 1e6);
            });
            List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger errors = new AtomicInteger();
            long start = System.nanoTime();
            long cpuBefore = cpuNanos();
            play(served, students, latencies, errors, together);
            double cpuSeconds = (cpuNanos() - cpuBefore) / 1e9;
            System.out.printf(Locale.ROOT, "%s: %d students playing the board %s: %d requests in %.1f s, %d errors%n",
                    postgres ? "PostgreSQL" : "H2", students, together ? "all at once" : "as a class (starts over 20 s, 5 s to read before a choice)",
                    latencies.size(), (System.nanoTime() - start) / 1e9, errors.get());
            System.out.printf(Locale.ROOT, "  turns and choices  p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms%n",
                    q(latencies, 0.5), q(latencies, 0.95), q(latencies, 1.0));
            // the whole process: server and clients share it, so this is an upper bound on the server's share
            System.out.printf(Locale.ROOT, "  CPU of the process %.1f s over %.1f s of %d cores: %.0f%% busy, %.1f ms a request%n",
                    cpuSeconds, (System.nanoTime() - start) / 1e9, Runtime.getRuntime().availableProcessors(),
                    100 * cpuSeconds / ((System.nanoTime() - start) / 1e9) / Runtime.getRuntime().availableProcessors(),
                    cpuSeconds * 1000 / Math.max(1, latencies.size()));
            System.out.printf(Locale.ROOT, "  baseline: state   p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms%n",
                    q(baseline, 0.5), q(baseline, 0.95), q(baseline, 1.0));
        }
        System.exit(0);
    }

    interface Student {
        void run(int student) throws Exception;
    }

    private static void play(Served served, int students, List<Double> latencies, AtomicInteger errors,
                             boolean together) throws InterruptedException {
        String[][] choices = {{"as-history", "hold-off", "give-reasons", "invite-brockman", "without-sutskever"},
                {"as-history", "keep-murati"}, {"as-history", "give-way-now", "hold-the-line"}};
        together(students, s -> {
            java.util.Random random = new java.util.Random(s);
            if (!together) {
                Thread.sleep(random.nextInt(20_000));
            }
            String at = CASE;
            JsonNode turn = timed(latencies, errors, () -> served.get("/api/v1/plays/" + at + "?role=board"), 200);
            for (int d = 0; turn != null && !turn.path("decision").isNull() && !turn.path("decision").isMissingNode();
                 d++) {
                String decision = turn.get("decision").get("decision").asText();
                String[] options = choices[Math.min(d, choices.length - 1)];
                String option = options[(s + d) % options.length];
                String body = "{\"decision\": \"" + decision + "\", \"option\": \"" + option + "\", \"role\": \"board\""
                        + (d == 0 ? ", \"prediction\": {\"ceoReturns\": true, \"signatures\": " + (500 + s) + "}" : "")
                        + "}";
                String from = turn.get("timeline").asText();
                if (!together) {
                    Thread.sleep(5_000);
                }
                turn = timed(latencies, errors, () -> served.send("POST", "/api/v1/plays/" + from + "/choices",
                        "application/json", body), 201);
            }
        });
    }

    private static JsonNode timed(List<Double> latencies, AtomicInteger errors,
                                  java.util.function.Supplier<HttpResponse<String>> request, int expected)
            throws Exception {
        long t = System.nanoTime();
        HttpResponse<String> r = request.get();
        latencies.add((System.nanoTime() - t) / 1e6);
        if (r.statusCode() != expected) {
            errors.incrementAndGet();
            System.out.println("  error: " + r.statusCode() + " " + r.body().substring(0, Math.min(200, r.body().length())));
            return null;
        }
        return JSON.readTree(r.body());
    }

    private static void together(int students, Student student) throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int s = 0; s < students; s++) {
            int id = s;
            threads.add(new Thread(() -> {
                try {
                    go.await();
                    student.run(id);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        threads.forEach(Thread::start);
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double q(List<Double> values, double quantile) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int i = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
