package org.govsim.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.govsim.timeline.Database;
import org.govsim.timeline.SharedPostgres;
import org.govsim.web.Served;

/**
 * A class's load on govsim serve over loopback: N clients each loop over 10 state reads at successive events, 5 event
 * pages and 1 fork, thinking 200 ms between requests, for S seconds; the load generator in the same JVM. The baseline,
 * measured in the same run by one more client, is the health endpoint: what the HTTP stack alone costs under that load.
 * Then every fork made is read back: a branch missing or shorter than its fork said is a lost event.
 * <p>
 * Usage: {@code java -cp ... org.govsim.bench.ServeLoad h2|postgres [clients] [seconds] [thinkMs] [staggered|together]}:
 * staggered (the default), each client begins at a random moment of its first loop; together, all at once, so that
 * their forks come in bursts of one per client.
 */
public final class ServeLoad {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        String db = args.length > 0 ? args[0] : "h2";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int thinkMs = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        boolean staggered = args.length <= 4 || args[4].equals("staggered");
        Database database = db.equals("postgres") ? freshPostgres() : Database.h2(Files.createTempDirectory("govsim-load"));
        try (Served served = Served.start(database, null)) {
            long events = JSON.readTree(served.get("/api/v1/timelines/openai-2023-board-crisis").body()).get("events").asLong();
            run(served, 4, 5, 0, false, events, new Stats());   // warm-up: classes loaded, JIT at work, caches filled
            Stats stats = new Stats();
            long start = System.nanoTime();
            run(served, clients, seconds, thinkMs, staggered, events, stats);
            double elapsed = (System.nanoTime() - start) / 1e9;
            int lost = lostEvents(served, stats.forks);
            System.out.printf(Locale.ROOT, "%s, %d clients (%s), %d s, think %d ms: %d requests in %.1f s (%.0f/s), %d errors, "
                            + "%d forks stored, %d lost events%n", db, clients,
                    staggered ? "starting over one loop" : "starting together", seconds, thinkMs, stats.requests.get(),
                    elapsed, stats.requests.get() / elapsed, stats.errors.get(), stats.forks.size(), lost);
            for (String kind : List.of("state", "events", "fork", "baseline: health")) {
                List<Double> ms = stats.latencies.getOrDefault(kind, List.of());
                System.out.printf(Locale.ROOT, "  %-17s n=%6d  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms%n",
                        kind, ms.size(), q(ms, 0.50), q(ms, 0.95), q(ms, 0.99), q(ms, 1.0));
            }
            stats.firstErrors.forEach(e -> System.out.println("  error: " + e));
        }
        if (database.isH2()) {
            try (java.util.stream.Stream<java.nio.file.Path> all = Files.walk(database.directory())) {
                all.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.exit(0);
    }

    static final class Stats {
        final Map<String, List<Double>> latencies = new ConcurrentHashMap<>();
        final Map<String, Long> forks = new ConcurrentHashMap<>();
        final AtomicInteger requests = new AtomicInteger();
        final AtomicInteger errors = new AtomicInteger();
        final List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());

        void record(String kind, long startNanos, HttpResponse<String> r, int expected) {
            latencies.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>()))
                    .add((System.nanoTime() - startNanos) / 1e6);
            requests.incrementAndGet();
            if (r.statusCode() != expected) {
                errors.incrementAndGet();
                if (firstErrors.size() < 5) {
                    firstErrors.add(kind + " " + r.statusCode() + " " + r.body().substring(0, Math.min(200, r.body().length())));
                }
            }
        }
    }

    private static void run(Served served, int clients, int seconds, int thinkMs, boolean staggered, long events,
                            Stats stats)
            throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads.add(new Thread(() -> {
                Random random = new Random(client);
                if (staggered) {
                    // a class arrives over a few seconds, not in one millisecond: each client begins somewhere in
                    // its first loop, so the forks are spread over the loop as they would be
                    think(random.nextInt(16 * Math.max(thinkMs, 1)));
                }
                int round = 0;
                while (System.nanoTime() < end) {
                    long seq = 1 + random.nextInt((int) events - 10);
                    for (int i = 0; i < 10 && System.nanoTime() < end; i++) {
                        long t = System.nanoTime();
                        stats.record("state", t, served.get("/api/v1/timelines/openai-2023-board-crisis/state?at="
                                + (seq + i)), 200);
                        think(thinkMs);
                    }
                    for (int i = 0; i < 5 && System.nanoTime() < end; i++) {
                        long t = System.nanoTime();
                        stats.record("events", t, served.get("/api/v1/timelines/openai-2023-board-crisis/events?offset="
                                + (i * 100) + "&limit=100"), 200);
                        think(thinkMs);
                    }
                    if (System.nanoTime() < end) {
                        String name = "load-" + client + "-" + round++ + "-" + System.nanoTime();
                        double rate = 0.30 + random.nextInt(30) / 100.0;
                        String whatIf = "{\"whatif\": \"load\", \"question\": \"What if the staff signed at another rate?\", "
                                + "\"set\": {\"workforce.signRateDay\": " + rate + "}}";
                        long t = System.nanoTime();
                        HttpResponse<String> r = served.send("POST", "/api/v1/timelines/openai-2023-board-crisis/forks?at="
                                + (50 + random.nextInt(300)) + "&name=" + name, "application/json", whatIf);
                        stats.record("fork", t, r, 201);
                        if (r.statusCode() == 201) {
                            try {
                                stats.forks.put(name, JSON.readTree(r.body()).get("events").asLong());
                            } catch (Exception e) {
                                stats.errors.incrementAndGet();
                            }
                        }
                        think(thinkMs);
                    }
                }
            }, "client-" + c));
        }
        Thread baseline = new Thread(() -> {
            while (System.nanoTime() < end) {
                long t = System.nanoTime();
                stats.record("baseline: health", t, served.send(HttpRequest.newBuilder(
                        URI.create(served.base() + "/actuator/health")).GET()), 200);
                think(Math.max(thinkMs, 50));
            }
        }, "baseline");
        threads.add(baseline);
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
    }

    /** Branches whose stored events fall short of what their fork said it stored, or that are missing. */
    private static int lostEvents(Served served, Map<String, Long> forks) throws Exception {
        int lost = 0;
        for (Map.Entry<String, Long> f : forks.entrySet()) {
            HttpResponse<String> r = served.get("/api/v1/timelines/" + f.getKey());
            long stored = r.statusCode() == 200 ? JSON.readTree(r.body()).get("events").asLong() : 0;
            JsonNode page = JSON.readTree(served.get("/api/v1/timelines/" + f.getKey() + "/events?limit=1&offset="
                    + (f.getValue() - 1)).body());
            if (stored != f.getValue() || page.path("events").size() != 1) {
                lost += (int) Math.max(1, f.getValue() - stored);
            }
        }
        return lost;
    }

    private static void think(int ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double q(List<Double> values, double quantile) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int i = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    static Database freshPostgres() throws Exception {
        Database server = SharedPostgres.database();
        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("DROP DATABASE IF EXISTS serve_load");
            s.execute("CREATE DATABASE serve_load");
        }
        return new Database(server.url().replaceFirst("/postgres(\\?|$)", "/serve_load$1"), server.user(), server.password());
    }
}
