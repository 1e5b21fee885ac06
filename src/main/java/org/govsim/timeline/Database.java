package org.govsim.timeline;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Where timelines are kept: an H2 file database in a data directory by default, or any JDBC URL (PostgreSQL for
 * shared and larger use). {@code directory} is the H2 data directory, null for a database given by its URL.
 */
public record Database(String url, String user, String password, Path directory) {

    /** A database given by its URL. */
    public Database(String url, String user, String password) {
        this(url, user, password, null);
    }

    /** An H2 database in {@code dataDir}; a directory H2 would read as connection settings is refused. */
    public static Database h2(Path dataDir) {
        return h2(dataDir.toString(), "data");
    }

    /** The same for a directory named in the request field {@code field} (an option or an environment variable). */
    public static Database h2(String dataDir, String field) {
        Path dir = DataDirectory.checked(dataDir, field);
        // new data goes at the end of the file, never over space freed earlier: a write that fails on a full disk
        // then cannot damage what the file held (H2 falls back to its last whole chunk), and the file is compacted
        // when the database closes
        return new Database("jdbc:h2:file:" + dir.resolve("govsim") + ";DB_CLOSE_ON_EXIT=FALSE;REUSE_SPACE=FALSE", "sa", "", dir);
    }

    /**
     * The database the environment selects: GOVSIM_DB_URL (with GOVSIM_DB_USER, GOVSIM_DB_PASSWORD) when set, else H2
     * under {@code dataDir}, else under GOVSIM_DATA, else under ./data.
     */
    public static Database select(Path dataDir) {
        String url = System.getenv("GOVSIM_DB_URL");
        if (dataDir == null && url != null && !url.isBlank()) {
            return new Database(url, env("GOVSIM_DB_USER", ""), env("GOVSIM_DB_PASSWORD", ""));
        }
        if (dataDir != null) {
            return h2(dataDir);
        }
        String env = System.getenv("GOVSIM_DATA");
        return env == null || env.isBlank() ? h2(Path.of("data")) : h2(env, "GOVSIM_DATA");
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }

    public boolean isH2() {
        return url.startsWith("jdbc:h2:");
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** A new connection of its own, outside any pool. */
    public Connection connect() throws SQLException {
        Properties props = driverProperties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        Connection c = DriverManager.getConnection(url, props);
        c.setAutoCommit(false);
        return c;
    }

    /**
     * A small pool: a command opens one store and mostly works on one thread, so the pool starts with the connection
     * that checks the database is there (kept, because an embedded H2 database closes with its last connection) and
     * grows to a few only under concurrent use.
     */
    HikariDataSource pool() {
        HikariConfig config = new HikariConfig();
        config.setPoolName("govsim");
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setDataSourceProperties(driverProperties());
        config.setAutoCommit(false);
        config.setMinimumIdle(1);
        config.setMaximumPoolSize(4);
        return new HikariDataSource(config);
    }

    private Properties driverProperties() {
        Properties props = new Properties();
        if (isPostgres() && !url.contains("reWriteBatchedInserts")) {
            // lets the driver send a batch of appended events as multi-row inserts
            props.setProperty("reWriteBatchedInserts", "true");
        }
        return props;
    }

    /** Where the data is, for messages: the H2 directory, or the URL without credentials. */
    public String describe() {
        if (directory != null) {
            return directory.toString();
        }
        return url.replaceAll("password=[^&;]*", "password=***");
    }
}
