package org.govsim.experiment;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.govsim.timeline.Database;
import org.govsim.timeline.Schema;

/**
 * A sweep shared by any number of processes through PostgreSQL: the runs are published once as rows, and each worker
 * claims a few at a time with FOR UPDATE SKIP LOCKED, so no run is done twice while a claim is alive. A claim older
 * than {@link #CLAIM_TIMEOUT_SECONDS} is taken to belong to a stopped worker and is claimed again. Every process ends
 * by writing the same runs.csv, read back from the table in run order.
 */
public final class SweepQueue {

    static final int CLAIM_TIMEOUT_SECONDS = 300;
    private static final int CLAIM = 25;

    private final Database database;
    private final Sweep sweep;
    private final String key;
    private final String worker = ManagementFactory.getRuntimeMXBean().getName();

    public SweepQueue(Database database, Sweep sweep) {
        this.database = database;
        this.sweep = sweep;
        this.key = sweep.fingerprint().substring(0, 64);
    }

    public void run(Path dir, int threads, Sweep.Progress progress) throws Exception {
        sweep.writeManifest(dir);
        int total = sweep.experiment().runCount();
        publish(total);
        AtomicInteger doneHere = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                work(doneHere, total, start, progress);
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        String[] rows = awaitAll(total);
        progress.finish(doneHere.get(), total, (System.nanoTime() - start) / 1e9);
        sweep.writeResults(dir, rows);
    }

    private void publish(int total) throws SQLException {
        // the queue's table is one of the store's
        Schema.upToDate(database);
        try (Connection c = database.connect()) {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO govsim_sweep_run (sweep, run) "
                    + "SELECT ?, g FROM generate_series(0, ?) g ON CONFLICT DO NOTHING")) {
                p.setString(1, key);
                p.setInt(2, total - 1);
                p.executeUpdate();
            }
            c.commit();
        }
    }

    private void work(AtomicInteger doneHere, int total, long start, Sweep.Progress progress) throws SQLException {
        work(doneHere, total, start, progress::update, false);
    }

    /** Receives the count of runs done here. */
    private interface Tally {
        void update(int done, int total, double runsPerSecond);
    }

    /** Claims and does runs until none are left to claim; {@code once} stops after the first claim. */
    private void work(AtomicInteger doneHere, int total, long start, Tally progress, boolean once) throws SQLException {
        try (Connection c = database.connect();
             PreparedStatement claim = c.prepareStatement("UPDATE govsim_sweep_run SET worker = ?, claimed_at = now() "
                     + "WHERE sweep = ? AND run IN (SELECT run FROM govsim_sweep_run WHERE sweep = ? AND row_csv IS NULL "
                     + "AND (worker IS NULL OR claimed_at < now() - make_interval(secs => ?)) ORDER BY run LIMIT ? "
                     + "FOR UPDATE SKIP LOCKED) RETURNING run");
             PreparedStatement save = c.prepareStatement("UPDATE govsim_sweep_run SET row_csv = ? WHERE sweep = ? AND run = ?")) {
            while (true) {
                claim.setString(1, worker + "/" + Thread.currentThread().getName());
                claim.setString(2, key);
                claim.setString(3, key);
                claim.setInt(4, CLAIM_TIMEOUT_SECONDS);
                claim.setInt(5, CLAIM);
                List<Integer> runs = new ArrayList<>();
                try (ResultSet rs = claim.executeQuery()) {
                    while (rs.next()) {
                        runs.add(rs.getInt(1));
                    }
                }
                c.commit();
                if (runs.isEmpty()) {
                    return;
                }
                for (int run : runs) {
                    save.setString(1, Csv.line(sweep.row(run, r -> { })));
                    save.setString(2, key);
                    save.setInt(3, run);
                    save.addBatch();
                }
                save.executeBatch();
                c.commit();
                int done = doneHere.addAndGet(runs.size());
                synchronized (this) {
                    progress.update(done, total, done / Math.max((System.nanoTime() - start) / 1e9, 1e-9));
                }
                if (once) {
                    return;
                }
            }
        }
    }

    /** Waits for the other workers to finish their claims, then reads every row in run order. */
    private String[] awaitAll(int total) throws SQLException, InterruptedException {
        try (Connection c = database.connect()) {
            while (true) {
                try (PreparedStatement p = c.prepareStatement("SELECT run, row_csv FROM govsim_sweep_run WHERE sweep = ? "
                        + "ORDER BY run")) {
                    p.setString(1, key);
                    String[] rows = new String[total];
                    int missing = 0;
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            rows[rs.getInt(1)] = rs.getString(2);
                            missing += rs.getString(2) == null ? 1 : 0;
                        }
                    }
                    c.commit();
                    if (missing == 0) {
                        return rows;
                    }
                }
                Thread.sleep(200);
                if (hasStaleClaims(c)) {
                    work(new AtomicInteger(), total, System.nanoTime(), (d, t, r) -> { }, true);
                }
            }
        }
    }

    private boolean hasStaleClaims(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM govsim_sweep_run WHERE sweep = ? AND row_csv IS NULL "
                + "AND (worker IS NULL OR claimed_at < now() - make_interval(secs => ?))")) {
            p.setString(1, key);
            p.setInt(2, CLAIM_TIMEOUT_SECONDS);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                boolean stale = rs.getLong(1) > 0;
                c.commit();
                return stale;
            }
        }
    }
}
