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
 * shared and larger use).
 */
public record Database(String url, String user, String password) {

    public static Database h2(Path dataDir) {
        Path file = dataDir.toAbsolutePath().resolve("govsim");
        return new Database("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
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
        if (dataDir == null) {
            String env = System.getenv("GOVSIM_DATA");
            dataDir = Path.of(env == null || env.isBlank() ? "data" : env);
        }
        return h2(dataDir);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

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

    /** The URL without credentials, for messages. */
    public String describe() {
        return url.replaceAll("password=[^&;]*", "password=***");
    }
}
