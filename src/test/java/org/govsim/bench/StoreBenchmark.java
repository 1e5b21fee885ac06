package org.govsim.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.govsim.scenario.ScenarioLoader;
import org.govsim.simulation.Recorded;
import org.govsim.timeline.Codec;
import org.govsim.timeline.Database;
import org.govsim.timeline.Replays;
import org.govsim.timeline.TimelineInfo;
import org.govsim.timeline.TimelineStore;

/**
 * Event-store throughput: storing whole runs of the historical scenario (one transaction per run, as govsim does)
 * against a baseline that appends the same events one per transaction through the same Axon storage engine.
 * Usage: StoreBenchmark h2|postgres [runs]
 */
public final class StoreBenchmark {

    public static void main(String[] args) throws Exception {
        String db = args.length > 0 ? args[0] : "h2";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        List<Recorded> run = Replays.run(ScenarioLoader.load(Path.of("scenarios/openai-2023-board-crisis.yaml")));
        EmbeddedPostgres pg = null;
        Database database;
        if (db.equals("postgres")) {
            pg = EmbeddedPostgres.builder().start();
            database = new Database(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } else {
            Path dir = Files.createTempDirectory("govsim-bench");
            database = Database.h2(dir);
        }
        try (TimelineStore store = TimelineStore.open(database)) {
            // warm-up
            for (int i = 0; i < 20; i++) {
                store.save(info("warm-" + i, run.size()), run);
            }
            double[] rates = new double[3];
            long events = (long) runs * run.size();
            for (int round = 0; round < rates.length; round++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < runs; i++) {
                    store.save(info("run-" + round + "-" + i, run.size()), run);
                }
                rates[round] = events / ((System.nanoTime() - t0) / 1e9);
            }
            java.util.Arrays.sort(rates);
            System.out.printf("govsim-store db=%s runs=%d events=%d per round, one transaction per run: "
                    + "events_per_second median %.0f (rounds %.0f, %.0f, %.0f)%n", db, runs, events, rates[1], rates[0],
                    rates[1], rates[2]);
        }
        double baseline = onePerTransaction(database, run, Math.max(2, runs / 10));
        System.out.printf("baseline-one-event-per-transaction db=%s events_per_second=%.0f%n", db, baseline);
        if (pg != null) {
            pg.close();
        }
    }

    private static TimelineInfo info(String name, long events) {
        return TimelineInfo.replay(name, "bench", "bench", 1, events);
    }

    /** The same events through the same Axon engine, each appended and committed on its own. */
    private static double onePerTransaction(Database database, List<Recorded> run, int runs) throws Exception {
        try (Connection c = database.connect()) {
            JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(Codec.mapper()).build();
            JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                    .connectionProvider(() -> unclosable(c)).transactionManager(NoTransactionManager.INSTANCE)
                    .eventSerializer(serializer).snapshotSerializer(serializer).build();
            long t0 = System.nanoTime();
            long n = 0;
            for (int i = 0; i < runs; i++) {
                String id = "single-" + UUID.randomUUID();
                for (Recorded r : run) {
                    Map<String, Object> meta = new HashMap<>();
                    meta.put("cause", r.cause());
                    meta.put("source", r.source());
                    meta.put("action", r.action());
                    engine.appendEvents(List.of(new GenericDomainEventMessage<>(r.aggregate(), id, r.seq() - 1, r.event(), meta,
                            UUID.randomUUID().toString(), r.time())));
                    c.commit();
                    n++;
                }
            }
            return n / ((System.nanoTime() - t0) / 1e9);
        }
    }

    private static Connection unclosable(Connection c) {
        return (Connection) java.lang.reflect.Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[]{Connection.class}, (proxy, method, a) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(c, a);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
