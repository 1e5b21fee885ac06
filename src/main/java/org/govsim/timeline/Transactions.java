package org.govsim.timeline;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

/**
 * One transaction per use case, on a connection bound to the thread. The first store call of a use case takes a
 * connection from the pool and begins the transaction; every call made inside it, Axon's reads and appends included,
 * joins it. Only the outermost call commits, so a read never commits a use case halfway, and a failure anywhere inside
 * rolls the whole use case back even when a caller catches it: on PostgreSQL the transaction could not go on anyway,
 * and on H2 it would commit half a timeline.
 */
final class Transactions implements TransactionManager {

    private static final class Bound {
        final Connection connection;
        boolean rollbackOnly;
        final java.util.List<Runnable> afterwards = new java.util.ArrayList<>();
        final java.util.List<Runnable> afterCommit = new java.util.ArrayList<>();

        Bound(Connection connection) {
            this.connection = connection;
        }
    }

    private final Supplier<? extends DataSource> pool;
    private final String where;
    private final Runnable committed;
    private final ThreadLocal<Bound> current = new ThreadLocal<>();

    /**
     * {@code pool} gives the data source once it is ready (a store opens it in the background); {@code where} names
     * the database in messages; {@code committed} is told of each commit (the store holds a stop until it closes).
     */
    Transactions(Supplier<? extends DataSource> pool, String where, Runnable committed) {
        this.pool = pool;
        this.where = where;
        this.committed = committed;
    }

    /** Runs {@code work} in the thread's transaction, beginning one (and committing it) when there is none. */
    <T> T inTransaction(Supplier<T> work) {
        return fetchInTransaction(work);
    }

    /** Runs {@code task} once the thread's transaction has ended (at once when there is none), outside it. */
    void afterwards(Runnable task) {
        Bound bound = current.get();
        if (bound == null) {
            task.run();
        } else {
            bound.afterwards.add(task);
        }
    }

    /**
     * Runs {@code check} once the thread's transaction has committed, outside it; its failure is the use case's failure.
     * Nothing runs when the transaction rolls back.
     */
    void afterCommit(Runnable check) {
        Bound bound = current.get();
        if (bound == null) {
            throw new IllegalStateException("a check after commit needs a transaction");
        }
        bound.afterCommit.add(check);
    }

    /** The connection of the thread's transaction. */
    Connection connection() {
        Bound bound = current.get();
        if (bound == null) {
            throw new IllegalStateException("the store is used outside a transaction");
        }
        return bound.connection;
    }

    /** The same, for Axon, which closes the connection it is given after each call: here that close is ignored. */
    Connection unclosableConnection() {
        Connection c = connection();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> method.getName().equals("close") ? null : invoke(c, method, args));
    }

    private static Object invoke(Connection c, Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(c, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public Transaction startTransaction() {
        Bound outer = current.get();
        if (outer != null) {
            return new Transaction() {
                @Override
                public void commit() {
                    // the outermost call commits
                }

                @Override
                public void rollback() {
                    outer.rollbackOnly = true;
                }
            };
        }
        Bound bound = new Bound(take());
        current.set(bound);
        return new Transaction() {
            private boolean ended;

            @Override
            public void commit() {
                if (ended) {
                    return;
                }
                boolean holds = !bound.afterCommit.isEmpty();
                try {
                    if (bound.rollbackOnly) {
                        bound.connection.rollback();
                        throw new StoreException("a failure inside the transaction was caught and ignored; "
                                + "the transaction was rolled back", null);
                    }
                    // only a write to be confirmed (a timeline stored, a branch deleted) holds a stop
                    if (holds && !Stopping.mayCommit()) {
                        bound.connection.rollback();
                        throw StoreException.environment("govsim was stopped; nothing was stored at " + where, null);
                    }
                } catch (SQLException e) {
                    end(false);
                    throw StoreFailures.of("cannot roll back the timeline store at " + where, e);
                } catch (RuntimeException e) {
                    end(false);
                    throw e;
                }
                try {
                    bound.connection.commit();
                } catch (SQLException e) {
                    if (holds) {
                        Stopping.failed();
                    }
                    end(false);
                    throw StoreFailures.of("cannot commit to the timeline store at " + where, e);
                } catch (RuntimeException e) {
                    if (holds) {
                        Stopping.failed();
                    }
                    end(false);
                    throw e;
                }
                if (holds) {
                    committed.run();
                }
                end(true);
                bound.afterCommit.forEach(Runnable::run);
            }

            @Override
            public void rollback() {
                if (ended) {
                    return;
                }
                try {
                    bound.connection.rollback();
                } catch (SQLException ignored) {
                    // the failure that led here is what the caller needs to see; the pool discards the connection
                } finally {
                    end(false);
                }
            }

            /** Gives the connection back; a failure to do so fails a committed use case, not one already failing. */
            private void end(boolean committed) {
                ended = true;
                current.remove();
                SQLException closing = null;
                try {
                    bound.connection.close();
                } catch (SQLException e) {
                    closing = e;
                }
                bound.afterwards.forEach(Runnable::run);
                if (closing != null && committed) {
                    throw StoreFailures.of("cannot close a connection to the timeline store at " + where, closing);
                }
            }
        };
    }

    private Connection take() {
        try {
            return pool.get().getConnection();
        } catch (SQLException e) {
            throw StoreFailures.of("cannot reach the timeline store at " + where, e);
        }
    }
}
