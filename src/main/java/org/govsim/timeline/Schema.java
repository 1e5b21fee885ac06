package org.govsim.timeline;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The store's tables, brought up to date by the versioned migrations in db/migration/h2 and db/migration/postgresql.
 * A store written before migrations existed (govsim 0.1) is taken as version 0 and migrated from there. Processes
 * opening one database at once migrate it once.
 */
public final class Schema {

    /** The newest migration's version, the same for both databases; {@code SchemaTest} holds it to the scripts. */
    static final int LATEST = 7;

    private Schema() {
    }

    /** Brings the database's schema up to date, for users of the database that open no store (the sweep queue). */
    public static void upToDate(Database database) {
        try (HikariDataSource pool = database.pool()) {
            upToDate(database, pool);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw StoreFailures.of("cannot open the timeline store at " + database.describe(), e);
        }
    }

    /**
     * Brings the schema up to date through {@code migration} (a Flyway the caller configured, as the web app's context
     * does), under the same serialisation as the store's own migrations and only when something is to do.
     */
    public static void migrate(Database database, DataSource dataSource, Runnable migration) {
        upToDate(database, dataSource, migration);
    }

    static void upToDate(Database database, DataSource dataSource) {
        upToDate(database, dataSource, () -> migrate(database, dataSource));
    }

    /** The locations of the migrations of {@code database}, for a Flyway configured elsewhere. */
    public static String locations(Database database) {
        return "classpath:db/migration/" + (database.isPostgres() ? "postgresql" : "h2");
    }

    private static void upToDate(Database database, DataSource dataSource, Runnable migration) {
        if (version(database, dataSource) >= LATEST) {
            return;
        }
        // Flyway locks its history while it migrates, but not its first look at a new database: two processes can both
        // set out to create the history, and the second then fails. So migrations are serialised here too: across
        // processes on PostgreSQL by an advisory lock, within this process (all an embedded H2 file allows) by a monitor.
        synchronized (Schema.class) {
            try (Connection lock = dataSource.getConnection()) {
                if (database.isPostgres()) {
                    try (Statement s = lock.createStatement()) {
                        s.execute("SELECT pg_advisory_xact_lock(hashtext('govsim_schema'))");
                    }
                }
                if (version(database, dataSource) < LATEST) {
                    try {
                        migration.run();
                    } catch (FlywayException e) {
                        throw StoreFailures.of("cannot bring the timeline store at " + database.describe() + " up to date", e);
                    }
                }
                lock.commit();
            } catch (SQLException e) {
                throw StoreFailures.of("cannot lock the timeline store at " + database.describe() + " to migrate it", e);
            }
        }
    }

    private static void migrate(Database database, DataSource dataSource) {
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations(locations(database))
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .baselineDescription("store written by govsim 0.1")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw StoreFailures.of("cannot bring the timeline store at " + database.describe() + " up to date", e);
        }
    }

    /**
     * The schema's version by one query on Flyway's history, or -1 when it has none (a new store, or one of govsim 0.1).
     * Every command opens the store, and starting Flyway to find nothing to do costs more than the command's own work.
     */
    static int version(Database database, DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" "
                         + "WHERE \"success\" AND \"version\" IS NOT NULL")) {
                int newest = -1;
                while (rs.next()) {
                    newest = Math.max(newest, Integer.parseInt(rs.getString(1)));
                }
                return newest;
            } catch (SQLException e) {
                return -1;
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw StoreFailures.of("cannot reach the timeline store at " + database.describe(), e);
        }
    }
}
