package org.govsim.cli;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.govsim.scenario.InputException;
import org.govsim.timeline.Database;
import org.govsim.timeline.TimelineStore;
import picocli.CommandLine.Option;

/** Where timelines live: --data DIR (H2), --db-url URL (any JDBC database, e.g. PostgreSQL), or the environment. */
public final class StoreOptions {

    @Option(names = "--data", paramLabel = "DIR",
            description = "Directory of the H2 database (default: $GOVSIM_DATA, else ./data).")
    Path data;

    @Option(names = "--db-url", paramLabel = "JDBC_URL",
            description = "A JDBC URL such as jdbc:postgresql://host/db (default: $GOVSIM_DB_URL). "
                    + "User and password from $GOVSIM_DB_USER and $GOVSIM_DB_PASSWORD.")
    String dbUrl;

    /** Takes what this command line left unset from the options given before the command. */
    void inherit(StoreOptions before) {
        if (data == null && dbUrl == null) {
            data = before.data;
            dbUrl = before.dbUrl;
        }
    }

    Database database() {
        if (dbUrl != null) {
            // asked without connecting; else an empty URL fails deep in the connection pool, as a fault of govsim
            try {
                DriverManager.getDriver(dbUrl);
            } catch (SQLException e) {
                throw new InputException("--db-url", 0, "db-url", "'" + dbUrl + "' is not a JDBC URL of H2 or "
                        + "PostgreSQL, such as jdbc:postgresql://host/db");
            }
            return new Database(dbUrl, env("GOVSIM_DB_USER"), env("GOVSIM_DB_PASSWORD"));
        }
        return Database.select(data);
    }

    TimelineStore open() {
        return TimelineStore.open(database());
    }

    private static String env(String name) {
        String v = System.getenv(name);
        return v == null ? "" : v;
    }
}
