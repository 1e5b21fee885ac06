package org.govsim.timeline;

/**
 * A rename or deletion of a branch that whoever asked may not make: the branch is someone else's. Refused inside the
 * transaction that would have made the change, so a branch made meanwhile under one being deleted is checked too.
 */
public final class ChangeRefused extends RuntimeException {

    private final String timeline;

    public ChangeRefused(String timeline, String message) {
        super(message);
        this.timeline = timeline;
    }

    /** The name of the branch that may not be changed. */
    public String timeline() {
        return timeline;
    }
}
