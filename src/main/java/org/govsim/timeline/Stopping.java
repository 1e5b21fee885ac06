package org.govsim.timeline;

import java.time.Duration;

/**
 * Ctrl-C and the end of the process, against writes: a write that has not committed when the process is told to stop
 * rolls back (the store stays as it was), and one that has committed holds the stop until its store is closed, after
 * the confirmation that it is on disk, so that a process never ends between a change made and its store closed. The
 * hold is bounded: a stop is delayed, never refused. An adapter that tells the user after the store has closed (the
 * command line prints "stored" then) runs its command {@link #reportedBy reported by} it: the hold lasts until it
 * returns.
 */
public final class Stopping {

    private static final Duration HOLD = Duration.ofSeconds(10);
    private static final Object LOCK = new Object();
    private static boolean stopping;
    private static int committed;
    /** Adapters running a command that reports after closing its store; commits of closed stores wait for them. */
    private static int reporting;
    private static int closedUnreported;

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(Stopping::hold, "govsim-store-stopping"));
        } catch (IllegalStateException alreadyStopping) {
            stopping = true;
        }
    }

    private Stopping() {
    }

    /** Before a commit: false once the process is stopping, and the write must roll back instead. */
    static boolean mayCommit() {
        synchronized (LOCK) {
            if (stopping) {
                return false;
            }
            committed++;
            return true;
        }
    }

    /** A commit allowed by {@link #mayCommit} failed: the stop need not wait for it. */
    static void failed() {
        synchronized (LOCK) {
            committed--;
            LOCK.notifyAll();
        }
    }

    /** A store that made {@code commits} has closed: the stop waits no longer for them, or until they are reported. */
    static void closed(int commits) {
        synchronized (LOCK) {
            if (reporting > 0) {
                closedUnreported += commits;
            } else {
                committed -= commits;
            }
            LOCK.notifyAll();
        }
    }

    /** Runs an adapter's command, which tells the user what it stored once the store has closed. */
    public static <T> T reportedBy(java.util.function.Supplier<T> command) {
        synchronized (LOCK) {
            reporting++;
        }
        try {
            return command.get();
        } finally {
            synchronized (LOCK) {
                if (--reporting == 0) {
                    committed -= closedUnreported;
                    closedUnreported = 0;
                }
                LOCK.notifyAll();
            }
        }
    }

    private static void hold() {
        synchronized (LOCK) {
            stopping = true;
            long deadline = System.nanoTime() + HOLD.toNanos();
            try {
                while (committed > 0 && System.nanoTime() < deadline) {
                    LOCK.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
