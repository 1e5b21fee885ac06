package org.govsim.timeline;

/**
 * The store could not be reached, read or written. Either a condition of the user's environment that the user can
 * fix (a full disk, a read-only or locked directory, a file where a directory should be, a server that refuses), or
 * a fault of govsim itself (a stored event it cannot read, a broken invariant).
 */
public class StoreException extends RuntimeException {

    private final boolean environment;

    public StoreException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private StoreException(String message, Throwable cause, boolean environment) {
        super(message, cause);
        this.environment = environment;
    }

    /** A condition of the environment the user can fix; adapters report it as such (the CLI exits 2). */
    public static StoreException environment(String message, Throwable cause) {
        return new StoreException(message, cause, true);
    }

    public boolean isEnvironment() {
        return environment;
    }
}
