package org.govsim.timeline;

import java.io.IOException;
import java.sql.SQLException;

/** Tells a failure of the environment (disk, permissions, a lock) from a fault of govsim, for store errors. */
final class StoreFailures {

    /** H2's codes for a file it could not read or write, a database closed under it, and one another process holds. */
    private static final int[] H2_ENVIRONMENT = {90028, 90031, 90098, 90020, 90096, 90097, 90101, 90121};

    /** H2 closes a database whose file it failed to write; its users then learn only that it is closed. */
    private static final int H2_CLOSED_AFTER_FAILURE = 90098;

    private StoreFailures() {
    }

    /** {@code what} failed because of {@code cause}: a store failure, marked as the environment's when it is. */
    static StoreException of(String what, Throwable cause) {
        String message = what + ": " + reason(cause);
        return isEnvironment(cause) ? StoreException.environment(message, cause) : new StoreException(message, cause);
    }

    static boolean isEnvironment(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StoreException s) {
                return s.isEnvironment();
            }
            if (t instanceof IOException || isH2WriteFailure(t)) {
                return true;
            }
            if (t instanceof SQLException s) {
                for (int code : H2_ENVIRONMENT) {
                    if (s.getErrorCode() == code) {
                        return true;
                    }
                }
                String state = s.getSQLState();
                // PostgreSQL: insufficient resources (disk full), connection failures, and a read-only transaction
                if (state != null && (state.startsWith("53") || state.startsWith("08") || state.equals("25006"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * H2 sometimes passes on a failure to write its file as the text of a new exception, without the disk's own
     * exception as its cause.
     */
    private static boolean isH2WriteFailure(Throwable t) {
        String message = t.getMessage();
        return message != null && message.contains("MVStoreException: Writing to") && message.contains("failed");
    }

    /** The innermost message of a failure on one line: what the disk, the file system or the server said. */
    static String reason(Throwable e) {
        Throwable root = e;
        String message = null;
        boolean h2WriteFailure = false;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            root = t;
            h2WriteFailure |= isH2WriteFailure(t);
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        if (!(root instanceof IOException) && h2WriteFailure) {
            return "the database file could not be written (is the disk full, or the directory read-only?)";
        }
        if (root instanceof SQLException s && s.getErrorCode() == H2_CLOSED_AFTER_FAILURE) {
            return "the database closed itself after a failure to write its file (is the disk full, or the directory "
                    + "read-only?)";
        }
        if (message == null) {
            message = root.toString();
        }
        message = message.strip();
        int newline = message.indexOf('\n');
        message = newline < 0 ? message : message.substring(0, newline);
        return message.endsWith("; SQL statement:") ? message.substring(0, message.length() - 16) : message;
    }
}
