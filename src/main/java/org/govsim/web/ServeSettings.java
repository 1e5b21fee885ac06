package org.govsim.web;

import org.govsim.app.CaseLibrary;
import org.govsim.timeline.Database;

/**
 * How {@code govsim serve} runs: where it listens, which database holds the timelines, the library of cases it offers,
 * the admin token that guards changes when it listens beyond this machine (null on loopback), the log level, and
 * how long it warms up its play path in the background once it serves ({@link org.govsim.app.PlayWarmUp}; zero: not).
 */
public record ServeSettings(String bind, int port, Database database, CaseLibrary library, String adminToken,
                            String logLevel, java.time.Duration warmUp) {

    /** How long {@code govsim serve} warms up unless told otherwise. */
    public static final java.time.Duration WARM_UP = java.time.Duration.ofSeconds(20);

    /** The same, warming up for the default time. */
    public ServeSettings(String bind, int port, Database database, CaseLibrary library, String adminToken,
                         String logLevel) {
        this(bind, port, database, library, adminToken, logLevel, WARM_UP);
    }

    /** Whether the address admits only this machine. */
    public static boolean isLoopback(String bind) {
        return bind.equals("localhost") || bind.equals("::1") || bind.startsWith("127.");
    }
}
