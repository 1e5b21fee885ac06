package org.govsim.timeline;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns among processes for one H2 directory. An embedded H2 database admits one process at a time and refuses the
 * others at once; so a process holds a lock on {@code govsim.lock} in the directory while it has the database open,
 * and another waits for it (saying so after a second) up to a bound. Stores of one process share the lock: they share
 * the open database too.
 */
final class DirectoryLock {

    static final String FILE = "govsim.lock";
    /** How long a process waits for another; a command of govsim rarely holds the database for seconds. */
    static final Duration WAIT = Duration.ofSeconds(Long.getLong("govsim.lockWaitSeconds", 60));
    private static final Duration SAY_AFTER = Duration.ofSeconds(1);

    private static final Map<Path, DirectoryLock> HELD = new HashMap<>();

    private final Path dir;
    private int users;
    private FileChannel channel;
    private FileLock lock;

    private DirectoryLock(Path dir) {
        this.dir = dir;
    }

    /** Takes the directory's lock for this process, or joins the process's hold on it. */
    static DirectoryLock acquire(Path dir) {
        DirectoryLock held;
        synchronized (HELD) {
            held = HELD.computeIfAbsent(dir, DirectoryLock::new);
            held.users++;
        }
        try {
            held.lockFile();
            return held;
        } catch (RuntimeException e) {
            held.release(() -> { });
            throw e;
        }
    }

    private synchronized void lockFile() {
        if (lock != null) {
            return;
        }
        Path file = dir.resolve(FILE);
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            long start = System.nanoTime();
            boolean said = false;
            while ((lock = channel.tryLock()) == null) {
                Duration waited = Duration.ofNanos(System.nanoTime() - start);
                if (waited.compareTo(WAIT) >= 0) {
                    throw StoreException.environment("another govsim process has been using " + dir + " for more than "
                            + WAIT.toSeconds() + " s; try again when it has finished, or use PostgreSQL (--db-url) "
                            + "for many processes at once", null);
                }
                if (!said && waited.compareTo(SAY_AFTER) >= 0) {
                    System.err.println("waiting for another govsim process using " + dir);
                    said = true;
                }
                Thread.sleep(50);
            }
        } catch (IOException e) {
            closeChannel();
            throw StoreException.environment("cannot lock the data directory " + dir + " (" + file + "): "
                    + StoreFailures.reason(e), e);
        } catch (InterruptedException e) {
            closeChannel();
            Thread.currentThread().interrupt();
            throw StoreException.environment("interrupted while waiting for another govsim process using " + dir, e);
        } catch (RuntimeException e) {
            closeChannel();
            throw e;
        }
    }

    /**
     * Leaves the process's hold; the last store of the process to leave runs {@code lastOut} (closing the database)
     * before the lock is let go, so that the next process finds the database closed.
     */
    void release(Runnable lastOut) {
        synchronized (HELD) {
            if (--users > 0) {
                return;
            }
            HELD.remove(dir);
            try {
                lastOut.run();
            } finally {
                synchronized (this) {
                    closeChannel();
                }
            }
        }
    }

    private void closeChannel() {
        try {
            if (channel != null) {
                // closing the channel lets go of its lock
                channel.close();
            }
        } catch (IOException e) {
            throw StoreException.environment("cannot release the lock on " + dir.resolve(FILE) + ": "
                    + StoreFailures.reason(e), e);
        } finally {
            channel = null;
            lock = null;
        }
    }
}
