package org.govsim.timeline;

/**
 * This process's turn at a database, held while a data source made outside the store (the web app's) is open: for an
 * H2 directory the directory's lock, which other processes wait for; nothing for a database server, which admits many.
 */
public final class DatabaseHold implements AutoCloseable {

    private final DirectoryLock lock;

    private DatabaseHold(DirectoryLock lock) {
        this.lock = lock;
    }

    /** Takes the turn, creating an H2 directory that is missing; waits for another process as a command would. */
    public static DatabaseHold take(Database database) {
        if (database.directory() == null) {
            return new DatabaseHold(null);
        }
        DataDirectory.prepare(database.directory());
        return new DatabaseHold(DirectoryLock.acquire(database.directory()));
    }

    /** Refuses, as the user's to fix, an H2 directory that cannot be made or is a file; takes nothing. */
    public static void check(Database database) {
        if (database.directory() != null) {
            DataDirectory.prepare(database.directory());
        }
    }

    /** Lets the next process in; the data source must be closed first, which closes an embedded H2 database. */
    @Override
    public void close() {
        if (lock != null) {
            lock.release(() -> { });
        }
    }
}
