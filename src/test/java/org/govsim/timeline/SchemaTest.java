package org.govsim.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaTest {

    @TempDir
    Path dir;

    @Test
    void bothDatabasesHaveTheSameMigrationsAndTheNewestIsTheVersionCheckedOnOpening() throws Exception {
        TreeSet<Integer> h2 = versions("h2");
        assertThat(versions("postgresql")).isEqualTo(h2);
        assertThat(h2.last()).isEqualTo(Schema.LATEST);
        assertThat(h2).as("no gap").hasSize(Schema.LATEST).first().isEqualTo(1);
    }

    @Test
    void storesOpenedAtOnceOnANewH2DatabaseMigrateItOnce() throws Exception {
        Database database = Database.h2(dir);
        openAtOnce(database, 6);
        assertThat(history(database)).containsExactly("1", "2", "3", "4", "5", "6", "7");
    }

    @Test
    void storesOpenedAtOnceOnANewPostgresDatabaseMigrateItOnce() throws Exception {
        Database server = SharedPostgres.database();
        for (int round = 0; round < 3; round++) {
            String name = "fresh_" + System.nanoTime();
            try (Connection c = DriverManager.getConnection(server.url(), server.user(), server.password());
                 Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            Database fresh = new Database(server.url().replaceFirst("/postgres\\?", "/" + name + "?"), server.user(),
                    server.password());
            assertThat(fresh.url()).contains("/" + name);
            openAtOnce(fresh, 8);
            assertThat(history(fresh)).containsExactly("1", "2", "3", "4", "5", "6", "7");
        }
    }

    @Test
    void theEventsGlobalIndexOnH2HandsOutNumbersFromALargeCache() throws Exception {
        Database database = Database.h2(dir);
        TimelineStore.open(database).close();
        try (Connection c = database.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT IDENTITY_CACHE FROM INFORMATION_SCHEMA.COLUMNS "
                     + "WHERE UPPER(TABLE_NAME) = 'DOMAINEVENTENTRY' AND UPPER(COLUMN_NAME) = 'GLOBALINDEX'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(4096);
        }
    }

    @Test
    void axonsUnusedSnapshotTableIsGone() throws Exception {
        Database database = Database.h2(dir);
        TimelineStore.open(database).close();
        try (Connection c = database.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE UPPER(TABLE_NAME) IN ('SNAPSHOTEVENTENTRY', 'DOMAINEVENTENTRY')")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    private static void openAtOnce(Database database, int stores) throws Exception {
        CyclicBarrier start = new CyclicBarrier(stores);
        ExecutorService pool = Executors.newFixedThreadPool(stores);
        List<Future<Integer>> opened = new ArrayList<>();
        for (int i = 0; i < stores; i++) {
            opened.add(pool.submit(() -> {
                start.await();
                try (TimelineStore store = TimelineStore.open(database)) {
                    return store.list().size();
                }
            }));
        }
        for (Future<Integer> f : opened) {
            assertThat(f.get()).isZero();
        }
        pool.shutdown();
    }

    private static List<String> history(Database database) throws Exception {
        try (Connection c = database.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" "
                     + "WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            List<String> versions = new ArrayList<>();
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
            return versions;
        }
    }

    private static TreeSet<Integer> versions(String vendor) throws Exception {
        Pattern script = Pattern.compile("V(\\d+)__\\w+\\.sql");
        TreeSet<Integer> out = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration", vendor))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = script.matcher(f.getFileName().toString());
                assertThat(m.matches()).as(f.toString()).isTrue();
                out.add(Integer.parseInt(m.group(1)));
            }
        }
        return out;
    }
}
