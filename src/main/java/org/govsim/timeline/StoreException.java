package org.govsim.timeline;

/** The store could not be reached or written: an internal error, not bad input. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
