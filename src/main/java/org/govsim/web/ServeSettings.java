package org.govsim.web;

import org.govsim.app.CaseLibrary;
import org.govsim.timeline.Database;

/**
 * How {@code govsim serve} runs: where it listens, which database holds the timelines, the library of cases it offers,
 * the admin token that guards changes when it listens beyond this machine (null on loopback), and the log level.
 */
public record ServeSettings(String bind, int port, Database database, CaseLibrary library, String adminToken,
                            String logLevel) {

    /** Whether the address admits only this machine. */
    public static boolean isLoopback(String bind) {
        return bind.equals("localhost") || bind.equals("::1") || bind.startsWith("127.");
    }
}
