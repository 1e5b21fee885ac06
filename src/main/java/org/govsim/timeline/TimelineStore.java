package org.govsim.timeline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.axonframework.common.AxonException;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.UnknownSerializedType;
import org.govsim.model.GovernanceModel;
import org.govsim.naming.NameRule;
import org.govsim.scenario.InputException;
import org.govsim.simulation.DomainEvent;
import org.govsim.simulation.Model;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.Steps;
import org.govsim.simulation.World;

/**
 * Timelines kept in a database: the events in Axon's event store (one stream per timeline, keyed by its id, the
 * sequence number being the event's position), and a catalogue of timelines with their names and lineage beside it.
 * Each public call is one transaction, or joins the one its thread is already in ({@link #inTransaction}); a timeline
 * is written in one transaction together with its catalogue entry: it is stored whole or not at all. One store may be
 * used from many threads at once: each transaction has a connection of its own from a small pool.
 */
public final class TimelineStore implements AutoCloseable {

    private static final int READ_BATCH = 500;
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String SELECT_TIMELINE = "SELECT t.*, p.name AS parent_name FROM govsim_timeline t "
            + "LEFT JOIN govsim_timeline p ON p.id = t.parent_id";

    private final Database database;
    private final Model model;
    private final Snapshots snapshots;
    /** The pool (and the hold on an H2 directory), once the database is open and its schema up to date. */
    private final CompletableFuture<Opened> ready;
    private final Transactions transactions;
    /** Commits made through this store, each holding a stop of the process until the store is closed. */
    private final java.util.concurrent.atomic.AtomicInteger commits = new java.util.concurrent.atomic.AtomicInteger();
    private final JdbcEventStorageEngine engine;
    /** The events of timelines read lately, by id, in a server's store; null in a command's. */
    private final Map<String, List<Recorded>> keptEvents;
    private final Set<String> reserved = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** {@code owned}: the store made the pool and closes it; otherwise its maker (the web app's context) does. */
    private record Opened(DataSource pool, DirectoryLock lock, boolean owned) {
    }

    private TimelineStore(Database database, Model model, CompletableFuture<Opened> ready) {
        this(database, model, ready, true);
    }

    /**
     * {@code holdsUntilClosed}: a commit holds a stop of the process until the store closes (a command says "stored"
     * after closing); otherwise only until it has committed (the web app answers once it has).
     */
    private TimelineStore(Database database, Model model, CompletableFuture<Opened> ready, boolean holdsUntilClosed) {
        this.database = database;
        this.ready = ready;
        this.model = model;
        this.snapshots = Snapshots.of(model);
        this.transactions = new Transactions(this::pool, database.describe(),
                holdsUntilClosed ? commits::incrementAndGet : () -> Stopping.closed(1));
        // a command reads a timeline once; a server, over and over
        this.keptEvents = holdsUntilClosed ? null : keptEvents();
        this.engine = eventStorageEngine(transactions, Codec.of(model));
    }

    /** A store in memory, gone when closed: for checks that go through the store as a real command would, keeping nothing. */
    public static TimelineStore inMemory() {
        return open(new Database("jdbc:h2:mem:govsim-" + java.util.UUID.randomUUID(), "sa", ""));
    }

    /** The store of timelines of the standard governance model. */
    public static TimelineStore open(Database database) {
        return open(database, GovernanceModel.standard());
    }

    /** Connects to the database and brings its schema up to date; {@code model} names the event types it reads and writes. */
    public static TimelineStore open(Database database, Model model) {
        // the database is opened and its schema brought up to date on another thread while the caller goes on (a replay
        // runs its scenario in the meantime); the first use of the store waits for it, and meets its failure if it failed
        CompletableFuture<Opened> ready = new CompletableFuture<>();
        Thread opening = new Thread(() -> {
            HikariDataSource pool = null;
            DirectoryLock lock = null;
            try {
                if (database.directory() != null) {
                    DataDirectory.prepare(database.directory());
                    lock = DirectoryLock.acquire(database.directory());
                }
                pool = database.pool();
                Schema.upToDate(database, pool);
                ready.complete(new Opened(pool, lock, true));
            } catch (Throwable e) {
                HikariDataSource opened = pool;
                try {
                    if (lock != null) {
                        lock.release(() -> closePool(opened));
                    } else {
                        closePool(opened);
                    }
                } catch (RuntimeException closing) {
                    e.addSuppressed(closing);
                }
                ready.completeExceptionally(e instanceof StoreException ? e
                        : StoreFailures.of("cannot open the timeline store at " + database.describe(), e));
            }
        }, "govsim-store-opening");
        opening.setDaemon(true);
        opening.start();
        return new TimelineStore(database, model, ready);
    }

    /**
     * A store over a data source made and closed by someone else (the web app's context, which also brings the schema
     * up to date through {@link Schema#migrate}). An H2 directory must be held ({@link DataDirectory#hold}) while the
     * data source is open.
     */
    public static TimelineStore over(Database database, DataSource dataSource, Model model) {
        return new TimelineStore(database, model, CompletableFuture.completedFuture(new Opened(dataSource, null, false)),
                false);
    }

    /** The pool, waiting until the store is open; a failure to open is this store's failure, at each use. */
    private DataSource pool() {
        try {
            return ready.join().pool();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw StoreFailures.of("cannot open the timeline store at " + database.describe(), e.getCause());
        }
    }

    /** Axon's event store on the use case's connection, with the model's type names and the upcasters of old data. */
    private static JdbcEventStorageEngine eventStorageEngine(Transactions transactions, Codec codec) {
        EventSerializer serializer = EventSerializer.of(codec);
        return JdbcEventStorageEngine.builder()
                .connectionProvider(transactions::unclosableConnection)
                .transactionManager(transactions)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .upcasterChain(Upcasters.chain(codec))
                .batchSize(READ_BATCH)
                .build();
    }

    public Database database() {
        return database;
    }

    public Model model() {
        return model;
    }

    /**
     * Runs a use case as one transaction: every store call made inside it on this thread works on the same connection,
     * and nothing is committed before it returns; a failure inside rolls all of it back. Long computations belong
     * outside: the transaction holds one of the pool's few connections while it lasts.
     */
    public <T> T inTransaction(Supplier<T> work) {
        pool();
        return transactions.inTransaction(work);
    }

    interface Sql<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs statements in the thread's transaction; a failure is reported as {@code failure} and the database's reason. */
    <T> T sql(Supplier<String> failure, Sql<T> work) {
        return inTransaction(() -> {
            try {
                return work.run(transactions.connection());
            } catch (SQLException e) {
                throw StoreFailures.of(failure.get() + " at " + database.describe(), e);
            }
        });
    }

    /** Stores a new timeline whole: its catalogue entry and the events after its fork point, in one transaction. */
    public void save(TimelineInfo info, List<Recorded> ownEvents) {
        save(info, ownEvents, World::new);
    }

    /**
     * Stores a new timeline whole, with a world snapshot every {@link Snapshots#EVERY} events once it is long enough;
     * {@code atFork} gives the world before its first own event (an empty world for a replay), asked for only then.
     * A name another timeline holds fails with {@link NameTakenException}.
     */
    public void save(TimelineInfo info, List<Recorded> ownEvents, Supplier<World> atFork) {
        inTransaction(() -> {
            World start = ownEvents.size() < Snapshots.FROM_LENGTH ? null : atFork.get();
            try {
                insert(info);
                List<DomainEventMessage<?>> messages = new ArrayList<>(ownEvents.size());
                for (Recorded r : ownEvents) {
                    messages.add(toMessage(info.id(), r));
                }
                engine.appendEvents(messages);
                if (start != null) {
                    saveSnapshots(info.id(), ownEvents, start);
                }
                if (info.isBranch()) {
                    // last, so that the lock is held only for the commit
                    lockParent(info);
                }
            } catch (SQLException | AxonException e) {
                throw StoreFailures.of("could not store timeline '" + info.name() + "' at " + database.describe(), e);
            }
            transactions.afterCommit(() -> confirmStored(info));
            transactions.afterCommit(() -> keepStored(info, ownEvents));
            return null;
        });
    }

    /**
     * A server keeps a timeline it has just stored as it keeps one it has read: the events it stored read back equal
     * (a stored replay and a fork read back exactly as they ran: StoreContract, ForkContract), and the next request is
     * usually about it. Only when the parent's events are kept too: the branch is its parent's prefix and its own.
     */
    private void keepStored(TimelineInfo info, List<Recorded> ownEvents) {
        if (keptEvents == null) {
            return;
        }
        List<Recorded> prefix;
        synchronized (keptEvents) {
            prefix = info.isBranch() ? keptEvents.get(info.parentId()) : List.of();
        }
        if (prefix == null || prefix.size() < info.forkSeq()) {
            return;
        }
        List<Recorded> all = new ArrayList<>(prefix.subList(0, (int) info.forkSeq()));
        all.addAll(ownEvents);
        if (all.size() == info.events()) {
            synchronized (keptEvents) {
                keptEvents.put(info.id(), List.copyOf(all));
            }
        }
    }

    /**
     * Makes sure a committed timeline reads back whole and is on disk, before anyone is told it is stored: H2 writes a
     * commit to its file later, on another thread, and a failure there (a full disk) would be lost. So a connection of
     * its own reads the catalogue row and counts the events, and then the commit is forced to disk.
     */
    private void confirmStored(TimelineInfo info) {
        String failure = "timeline '" + info.name() + "' could not be stored at " + database.describe();
        try (Connection c = confirming()) {
            try {
                long catalogued = count(c, "SELECT events FROM govsim_timeline WHERE id = ?", info.id(), -1);
                long own = count(c, "SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?", info.id(), 0);
                if (catalogued != info.events() || own != info.events() - info.forkSeq()) {
                    throw new StoreException(failure + ": it reads back with " + (catalogued < 0 ? "no catalogue entry"
                            : catalogued + " events catalogued") + " and " + own + " events of its own instead of "
                            + info.events() + " and " + (info.events() - info.forkSeq()), null);
                }
            } finally {
                c.rollback();
            }
            // the reading's connection is back in the pool before the wait: forks waiting for a checkpoint hold none
        } catch (SQLException e) {
            throw StoreFailures.of(failure, e);
        }
        syncToDisk(failure);
    }

    /**
     * A connection other than the committed transaction's (which is back in the pool by now) to read a change back:
     * from the pool, since a server confirms every fork and a new connection costs more than the reading.
     */
    private Connection confirming() throws SQLException {
        Connection c = pool().getConnection();
        try {
            c.setAutoCommit(false);
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    private static long count(Connection c, String query, String id, long none) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(query)) {
            p.setString(1, id);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getLong(1) : none;
            }
        }
    }

    /**
     * A branch's parent, locked until the branch is stored: a parent deleted while the branch ran would otherwise leave
     * it an orphan. A deletion locks the row it deletes before it looks for branches, so whichever comes second waits:
     * the deletion then finds the branch, or the branch finds its parent gone and is not stored.
     */
    private void lockParent(TimelineInfo info) throws SQLException {
        // history (a timeline with no parent) is never deleted: a branch of it needs no lock, so a class forking the
        // case's history at once is not queued behind one lock
        try (PreparedStatement p = transactions.connection().prepareStatement(
                "SELECT parent_id FROM govsim_timeline WHERE id = ?")) {
            p.setString(1, info.parentId());
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next() && rs.getString(1) == null) {
                    return;
                }
            }
        }
        // PostgreSQL's shared lock lets branches of one parent be stored side by side; H2 has only the exclusive one
        try (PreparedStatement p = transactions.connection().prepareStatement(
                "SELECT id FROM govsim_timeline WHERE id = ? " + (database.isPostgres() ? "FOR SHARE" : "FOR UPDATE"))) {
            p.setString(1, info.parentId());
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    throw new UnknownTimeline("timeline", info.parentName() == null ? info.parentId() : info.parentName(),
                            ": it was deleted while the branch ran");
                }
            }
        }
    }

    private void insert(TimelineInfo info) throws SQLException {
        try (PreparedStatement p = transactions.connection().prepareStatement("INSERT INTO govsim_timeline "
                + "(id, name, scenario, title, seed, parent_id, fork_seq, fork_time, whatif, created_at, read_only, events, "
                + "owner) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            p.setString(1, info.id());
            p.setString(2, info.name());
            p.setString(3, info.scenario());
            p.setString(4, info.title());
            p.setLong(5, info.seed());
            p.setString(6, info.parentId());
            p.setLong(7, info.forkSeq());
            p.setString(8, info.forkTime() == null ? null : info.forkTime().toString());
            p.setString(9, info.whatIf());
            p.setString(10, info.createdAt().toString());
            p.setBoolean(11, info.readOnly());
            p.setLong(12, info.events());
            p.setString(13, info.owner());
            p.executeUpdate();
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new NameTakenException(info.name(), e);
            }
            throw e;
        }
    }

    private void saveSnapshots(String timelineId, List<Recorded> ownEvents, World world) throws SQLException {
        long bucket = world.seq() / Snapshots.EVERY;
        try (PreparedStatement p = transactions.connection().prepareStatement(
                "INSERT INTO govsim_snapshot (timeline, seq, world) VALUES (?,?,?)")) {
            for (int i = 0; i < ownEvents.size(); i++) {
                Recorded r = ownEvents.get(i);
                world.apply(r);
                // snapshots sit at step boundaries, where a run can also resume
                boolean boundary = i + 1 == ownEvents.size() || Steps.startsStep(r, ownEvents.get(i + 1));
                if (boundary && r.seq() / Snapshots.EVERY > bucket) {
                    bucket = r.seq() / Snapshots.EVERY;
                    p.setString(1, timelineId);
                    p.setLong(2, r.seq());
                    p.setBytes(3, snapshots.write(world));
                    p.addBatch();
                }
            }
            p.executeBatch();
        }
    }

    private static DomainEventMessage<?> toMessage(String timelineId, Recorded r) {
        Map<String, Object> meta = new HashMap<>(4);
        meta.put("cause", r.cause());
        meta.put("source", r.source());
        meta.put("action", r.action());
        return new GenericDomainEventMessage<>(r.aggregate(), timelineId, r.seq() - 1, r.event(), meta,
                eventId(timelineId, r.seq()), r.time());
    }

    /**
     * Unique because timeline ids are; ordered within a timeline, so the unique index grows at its end instead of
     * taking random inserts (random UUIDs halve the append rate on H2).
     */
    static String eventId(String timelineId, long seq) {
        // by hand: String.format was a tenth of a fork's storing
        String digits = Long.toString(seq);
        return timelineId + "#" + "0".repeat(Math.max(0, 12 - digits.length())) + digits;
    }

    /**
     * Gives a timeline a new name, under the same rules as a new timeline's; its id, events, snapshots and branches
     * stay as they are. An unknown old name or a taken new one is bad input.
     */
    public TimelineInfo rename(String oldName, String newName) {
        return rename(oldName, newName, t -> true);
    }

    /** The same, refused ({@link ChangeRefused}) when {@code mayChange} says the timeline is not the asker's. */
    public TimelineInfo rename(String oldName, String newName, java.util.function.Predicate<TimelineInfo> mayChange) {
        TimelineInfo.checkName("new", newName);
        return inTransaction(() -> {
            TimelineInfo t = find(oldName).orElseThrow(() -> new UnknownTimeline("old", oldName));
            if (!mayChange.test(t)) {
                throw new ChangeRefused(t.name(), "'" + t.name() + "' is not yours to rename");
            }
            if (newName.equals(oldName)) {
                return t;
            }
            if (find(newName).isPresent()) {
                throw TimelineInfo.nameTaken("new", newName);
            }
            try (PreparedStatement p = transactions.connection().prepareStatement(
                    "UPDATE govsim_timeline SET name = ? WHERE id = ?")) {
                p.setString(1, newName);
                p.setString(2, t.id());
                p.executeUpdate();
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw TimelineInfo.nameTaken("new", newName);
                }
                throw StoreFailures.of("could not rename timeline '" + oldName + "' at " + database.describe(), e);
            }
            transactions.afterCommit(() -> confirmRenamed(t.id(), newName));
            return t.named(newName);
        });
    }

    /**
     * Deletes a branch (found by name, else by id) with its events and snapshots; its own branches too when
     * {@code recursive}, else a branch that has any is refused. A timeline of history is never deleted. Returns what was
     * deleted, deepest first. Said done only once it is on disk.
     */
    public List<TimelineInfo> delete(String nameOrId, boolean recursive) {
        return delete(nameOrId, recursive, t -> true);
    }

    /**
     * The same, refused ({@link ChangeRefused}) when {@code mayChange} says the branch, or one of the branches deleted
     * with it, is not the asker's.
     */
    public List<TimelineInfo> delete(String nameOrId, boolean recursive,
                                     java.util.function.Predicate<TimelineInfo> mayChange) {
        return inTransaction(() -> {
            TimelineInfo t = find(nameOrId).or(() -> findById(nameOrId)).orElseThrow(
                    () -> new UnknownTimeline("timeline", nameOrId, " and none with that id"));
            if (!t.isBranch()) {
                throw InputException.request("timeline", "'" + t.name() + "' is history (of scenario '" + t.scenario()
                        + "'), not a branch; only branches can be deleted");
            }
            // a branch being stored holds this row until it commits: its branches are looked for after it has
            lockForDeletion(t);
            List<TimelineInfo> doomed = new ArrayList<>(List.of(t));
            for (int i = 0; i < doomed.size(); i++) {
                doomed.addAll(children(doomed.get(i)));
            }
            if (doomed.size() > 1 && !recursive) {
                List<String> names = doomed.subList(1, doomed.size()).stream().map(TimelineInfo::name).toList();
                throw InputException.request("timeline", "'" + t.name() + "' has branches (" + String.join(", ", names)
                        + "); give --recursive to delete them with it");
            }
            for (TimelineInfo d : doomed) {
                if (!mayChange.test(d)) {
                    throw new ChangeRefused(d.name(), d == t ? "'" + t.name() + "' is not yours to delete"
                            : "'" + t.name() + "' has a branch that is not yours ('" + d.name() + "'); it cannot be "
                            + "deleted with it");
                }
            }
            java.util.Collections.reverse(doomed);
            try {
                for (TimelineInfo d : doomed) {
                    for (String statement : new String[]{"DELETE FROM govsim_snapshot WHERE timeline = ?",
                            "DELETE FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                            "DELETE FROM govsim_timeline WHERE id = ?"}) {
                        try (PreparedStatement p = transactions.connection().prepareStatement(statement)) {
                            p.setString(1, d.id());
                            p.executeUpdate();
                        }
                    }
                }
            } catch (SQLException e) {
                throw StoreFailures.of("could not delete '" + t.name() + "' at " + database.describe(), e);
            }
            transactions.afterCommit(() -> confirmDeleted(doomed));
            return doomed;
        });
    }

    private void lockForDeletion(TimelineInfo t) {
        try (PreparedStatement p = transactions.connection().prepareStatement(
                "SELECT id FROM govsim_timeline WHERE id = ? FOR UPDATE")) {
            p.setString(1, t.id());
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    throw new UnknownTimeline("timeline", t.name());
                }
            }
        } catch (SQLException e) {
            throw StoreFailures.of("could not delete '" + t.name() + "' at " + database.describe(), e);
        }
    }

    private List<TimelineInfo> children(TimelineInfo parent) {
        return sql(() -> "cannot read the branches of '" + parent.name() + "'", c -> {
            try (PreparedStatement p = c.prepareStatement(SELECT_TIMELINE + " WHERE t.parent_id = ? ORDER BY t.created_at")) {
                p.setString(1, parent.id());
                List<TimelineInfo> out = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(info(rs));
                    }
                }
                return out;
            }
        });
    }

    /** The deletion on disk, and read back as gone, before anyone is told. */
    private void confirmDeleted(List<TimelineInfo> deleted) {
        String failure = "the deletion of '" + deleted.get(deleted.size() - 1).name() + "' could not be made durable at "
                + database.describe();
        try (Connection c = confirming()) {
            try {
                for (TimelineInfo d : deleted) {
                    if (count(c, "SELECT COUNT(*) FROM govsim_timeline WHERE id = ?", d.id(), 0) != 0) {
                        throw new StoreException(failure + ": '" + d.name() + "' reads back as still there", null);
                    }
                }
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw StoreFailures.of(failure, e);
        }
        syncToDisk(failure);
    }

    /** The new name on disk, and read back, before anyone is told. */
    private void confirmRenamed(String id, String newName) {
        String failure = "the new name '" + newName + "' could not be stored at " + database.describe();
        try (Connection c = confirming()) {
            try {
                try (PreparedStatement p = c.prepareStatement("SELECT name FROM govsim_timeline WHERE id = ?")) {
                    p.setString(1, id);
                    try (ResultSet rs = p.executeQuery()) {
                        if (!rs.next() || !newName.equals(rs.getString(1))) {
                            throw new StoreException(failure + ": the timeline does not read back under it", null);
                        }
                    }
                }
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw StoreFailures.of(failure, e);
        }
        syncToDisk(failure);
    }

    /** Once the thread's transaction has committed, its change is forced to disk before the caller goes on. */
    void durableOnCommit(String failure) {
        transactions.afterCommit(() -> syncToDisk(failure));
    }

    /**
     * Forces what was committed to disk. Called after a commit; one checkpoint covers every commit made before it
     * began, so a commit that a checkpoint begun since has covered needs none of its own: under many writers (a class
     * forking at once) the syncs are shared rather than queued one by one. One thread checkpoints while the others wait
     * for it together and go on together (not one by one through a monitor); only that thread takes a connection, so
     * that writers waiting here do not starve readers of the pool. A failed checkpoint fails its own thread; the others
     * try again.
     */
    private void syncToDisk(String failure) {
        if (!database.isH2()) {
            return;
        }
        long mine = committedBefore.incrementAndGet();
        while (syncedUpTo < mine) {
            if (!checkpointing.tryLock()) {
                CompletableFuture<Void> running = checkpointDone;
                if (running.isDone()) {
                    // another thread has the lock but not yet its new future: let it run
                    Thread.yield();
                } else {
                    running.join();
                }
                continue;
            }
            CompletableFuture<Void> done = new CompletableFuture<>();
            checkpointDone = done;
            try {
                if (syncedUpTo < mine) {
                    long covering = committedBefore.get();
                    try (Connection c = confirming(); Statement s = c.createStatement()) {
                        s.execute("CHECKPOINT SYNC");
                    } catch (SQLException e) {
                        throw StoreFailures.of(failure, e);
                    }
                    syncedUpTo = covering;
                }
            } finally {
                checkpointing.unlock();
                done.complete(null);
            }
        }
    }

    /** Tickets of commits waiting to be synced, each taken after its commit; the last ticket a checkpoint covered. */
    private final AtomicLong committedBefore = new AtomicLong();
    private volatile long syncedUpTo;
    private final ReentrantLock checkpointing = new ReentrantLock();
    /** Completed when the checkpoint running (or the last one) is over. */
    private volatile CompletableFuture<Void> checkpointDone = CompletableFuture.completedFuture(null);

    public List<TimelineInfo> list() {
        return sql(() -> "cannot list timelines", c -> {
            try (PreparedStatement p = c.prepareStatement(SELECT_TIMELINE + " ORDER BY t.created_at, t.name");
                 ResultSet rs = p.executeQuery()) {
                List<TimelineInfo> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(info(rs));
                }
                return out;
            }
        });
    }

    public Optional<TimelineInfo> find(String name) {
        return sql(() -> "cannot read timeline '" + name + "'", c -> one(c, "t.name", name));
    }

    /** The timeline with this id, whatever it is called now. */
    public Optional<TimelineInfo> findById(String id) {
        return sql(() -> "cannot read the timeline with id " + id, c -> one(c, "t.id", id));
    }

    private static Optional<TimelineInfo> one(Connection c, String column, String value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(SELECT_TIMELINE + " WHERE " + column + " = ?")) {
            p.setString(1, value);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(info(rs)) : Optional.empty();
            }
        }
    }

    private static TimelineInfo info(ResultSet rs) throws SQLException {
        String forkTime = rs.getString("fork_time");
        return new TimelineInfo(rs.getString("id"), rs.getString("name"), rs.getString("scenario"), rs.getString("title"),
                rs.getLong("seed"), rs.getString("parent_id"), rs.getString("parent_name"), rs.getLong("fork_seq"),
                forkTime == null ? null : Instant.parse(forkTime), rs.getString("whatif"),
                Instant.parse(rs.getString("created_at")), rs.getBoolean("read_only"), rs.getLong("events"),
                rs.getString("owner"));
    }

    /** The first name free among base, base-2, base-3, ... */
    public String freeName(String wanted) {
        return freeName(wanted, false);
    }

    /**
     * The same, held for the caller until {@link #release}: skips the names other saves of this store hold, so forks of
     * one parent taken at once (a class choosing the same option) take different names instead of colliding on the
     * unique name, where each would wait for the other's commit to learn that its name is taken.
     */
    public String reserveFreeName(String wanted) {
        return freeName(wanted, true);
    }

    /**
     * Gives back a name {@link #reserveFreeName} handed out, stored or not, once the thread's transaction has ended: a
     * name given back before its commit could be handed out again and collide.
     */
    public void release(String reservedName) {
        transactions.afterwards(() -> reserved.remove(reservedName));
    }

    private String freeName(String wanted, boolean reserve) {
        // a name derived from two names may be longer than the rule allows: cut, so that the counter still fits
        String base = NameRule.derived(wanted);
        Set<String> taken = sql(() -> "cannot read timeline names", c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT name FROM govsim_timeline WHERE name = ? OR name LIKE ? ESCAPE '!'")) {
                p.setString(1, base);
                p.setString(2, base.replace("!", "!!").replace("_", "!_").replace("%", "!%") + "-%");
                Set<String> names = new HashSet<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                }
                return names;
            }
        });
        for (int i = 1; ; i++) {
            String candidate = i == 1 ? base : base + "-" + i;
            if (!taken.contains(candidate) && !reserved.contains(candidate) && (!reserve || reserved.add(candidate))) {
                return candidate;
            }
        }
    }

    /** Every event of a timeline, its parents' shared prefix included. */
    public List<Recorded> events(TimelineInfo timeline) {
        return events(timeline, 1, Long.MAX_VALUE);
    }

    /** The events of a timeline up to and including {@code lastSeq}. */
    public List<Recorded> events(TimelineInfo timeline, long lastSeq) {
        return events(timeline, 1, lastSeq);
    }

    /** Events {@code from}..{@code to} of a timeline: the parent's up to the fork point, then its own. */
    public List<Recorded> events(TimelineInfo timeline, long from, long to) {
        List<Recorded> all = kept(timeline);
        if (all != null) {
            int first = (int) Math.max(0, Math.min(from - 1, all.size()));
            return new ArrayList<>(all.subList(first, (int) Math.max(first, Math.min(to, all.size()))));
        }
        return read(timeline, from, to);
    }

    /**
     * A server's store keeps the events of the timelines it read lately in memory: stored events never change, and a
     * class reads the same few timelines again and again (folding 400 events takes a fraction of reading them). Null
     * when this store keeps none; only a timeline read whole, as long as the catalogue says it is, is kept.
     */
    private List<Recorded> kept(TimelineInfo timeline) {
        if (keptEvents == null) {
            return null;
        }
        synchronized (keptEvents) {
            List<Recorded> all = keptEvents.get(timeline.id());
            if (all != null) {
                return all;
            }
        }
        List<Recorded> all = List.copyOf(read(timeline, 1, Long.MAX_VALUE));
        if (all.size() != timeline.events()) {
            return all;
        }
        synchronized (keptEvents) {
            keptEvents.put(timeline.id(), all);
        }
        return all;
    }

    /**
     * Enough for the timelines a few classes play at once (40 students make about 120 branches and read them back):
     * fewer, and a class's branches push each other out and are read from the database again and again. A branch kept
     * shares its prefix's events with its parent's list, so it costs about its own events (some 300, under 100 KB).
     */
    private static final int TIMELINES_KEPT = 1024;

    private static Map<String, List<Recorded>> keptEvents() {
        return new java.util.LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<Recorded>> eldest) {
                return size() > TIMELINES_KEPT;
            }
        };
    }

    private List<Recorded> read(TimelineInfo timeline, long from, long to) {
        return inTransaction(() -> {
            List<Recorded> out = new ArrayList<>();
            if (timeline.isBranch() && from <= timeline.forkSeq()) {
                out.addAll(read(parentOf(timeline), from, Math.min(to, timeline.forkSeq())));
            }
            long ownFrom = Math.max(from, timeline.forkSeq() + 1);
            if (to >= ownFrom) {
                try {
                    DomainEventStream stream = engine.readEvents(timeline.id(), ownFrom - 1);
                    while (stream.hasNext()) {
                        DomainEventMessage<?> m = stream.next();
                        if (m.getSequenceNumber() + 1 > to) {
                            break;
                        }
                        out.add(fromMessage(timeline, m));
                    }
                } catch (AxonException e) {
                    throw StoreFailures.of("cannot read timeline '" + timeline.name() + "' at " + database.describe(), e);
                }
            }
            return out;
        });
    }

    /**
     * The world after event {@code seq}: the nearest snapshot at or before it, then the events since. A snapshot written
     * in another format or by another model version is not misread: the world is folded from the events instead, and
     * once the read is over the snapshot is written again from that fold, so the next read finds it current.
     */
    public World worldAt(TimelineInfo timeline, long seq) {
        List<Recorded> all = kept(timeline);
        if (all != null) {
            World world = new World();
            all.subList(0, (int) Math.min(seq, all.size())).forEach(world::apply);
            return world;
        }
        return inTransaction(() -> {
            SnapshotRow row = nearestSnapshot(timeline, seq);
            World restored = row == null ? null : snapshots.read(row.world());
            World world = restored == null ? new World() : restored;
            for (Recorded r : events(timeline, world.seq() + 1, seq)) {
                world.apply(r);
                if (row != null && restored == null && r.seq() == row.seq()) {
                    byte[] rebuilt = snapshots.write(world);
                    // after the use case, in a transaction of its own: a read takes no row lock and fails on no write
                    transactions.afterwards(() -> {
                        try {
                            inTransaction(() -> rewrite(row, rebuilt));
                        } catch (StoreException ignored) {
                            // another reader or a writer got in the way: the snapshot stays ignored until one succeeds
                        }
                    });
                }
            }
            return world;
        });
    }

    /** A stored snapshot: whose it is (a parent's, for a branch), after which event, and its bytes. */
    private record SnapshotRow(String timelineId, long seq, byte[] world) {
    }

    private SnapshotRow nearestSnapshot(TimelineInfo timeline, long seq) {
        SnapshotRow own = sql(() -> "cannot read snapshots of '" + timeline.name() + "'", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT seq, world FROM govsim_snapshot WHERE timeline = ? "
                    + "AND seq <= ? AND seq > ? ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")) {
                p.setString(1, timeline.id());
                p.setLong(2, seq);
                p.setLong(3, timeline.forkSeq());
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? new SnapshotRow(timeline.id(), rs.getLong(1), rs.getBytes(2)) : null;
                }
            }
        });
        if (own != null || !timeline.isBranch()) {
            return own;
        }
        return nearestSnapshot(parentOf(timeline), Math.min(seq, timeline.forkSeq()));
    }

    /** Writes a stale snapshot again from the world folded to its event; readers doing the same write the same bytes. */
    private int rewrite(SnapshotRow row, byte[] world) {
        return sql(() -> "cannot rebuild the snapshot after event " + row.seq(), c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE govsim_snapshot SET world = ? WHERE timeline = ? AND seq = ?")) {
                p.setBytes(1, world);
                p.setString(2, row.timelineId());
                p.setLong(3, row.seq());
                return p.executeUpdate();
            }
        });
    }

    /** The last event at or before a simulated time, or 0 when the timeline begins after it. */
    public long seqAtTime(TimelineInfo timeline, Instant time) {
        Long own = sql(() -> "cannot search '" + timeline.name() + "'", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT MAX(sequenceNumber) FROM DomainEventEntry "
                    + "WHERE aggregateIdentifier = ? AND timeStamp <= ?")) {
                p.setString(1, timeline.id());
                p.setString(2, org.axonframework.common.DateTimeUtils.formatInstant(time));
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    long last = rs.getLong(1);
                    return rs.wasNull() ? null : last + 1;
                }
            }
        });
        if (own != null) {
            return own;
        }
        return timeline.isBranch() ? Math.min(seqAtTime(parentOf(timeline), time), timeline.forkSeq()) : 0;
    }

    private TimelineInfo parentOf(TimelineInfo timeline) {
        return findById(timeline.parentId()).orElseThrow(() -> new StoreException(
                "timeline '" + timeline.name() + "' names a missing parent (id " + timeline.parentId() + ")", null));
    }

    /** A stored event as the domain sees it; one this model cannot read is an error that names it, never a default. */
    private static Recorded fromMessage(TimelineInfo timeline, DomainEventMessage<?> m) {
        long seq = m.getSequenceNumber() + 1;
        Object payload;
        try {
            payload = m.getPayload();
        } catch (RuntimeException e) {
            throw new StoreException("timeline '" + timeline.name() + "', event " + seq + " (" + m.getPayloadType().getSimpleName()
                    + "): the stored payload does not read as this version's event: " + rootMessage(e), e);
        }
        if (!(payload instanceof DomainEvent event)) {
            throw new StoreException("timeline '" + timeline.name() + "', event " + seq + ": stored type "
                    + (payload instanceof UnknownSerializedType u ? "'" + u.serializedType().getName() + "' revision "
                    + u.serializedType().getRevision() : String.valueOf(payload)) + " is not an event this version knows", null);
        }
        var meta = m.getMetaData();
        Object action = meta.get("action");
        return new Recorded(seq, m.getTimestamp(), (String) meta.get("cause"), (String) meta.get("source"),
                action == null ? 0 : ((Number) action).longValue(), event);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.toString() : root.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /**
     * Closes the pool; a transaction still running on another thread fails. The last store of the process on an H2
     * directory shuts the database down and reports what it could not write, then lets the next process in.
     */
    @Override
    public void close() {
        Opened opened;
        try {
            opened = ready.join();
        } catch (CompletionException e) {
            // the store never opened: there is nothing to close, and its use has reported why
            return;
        }
        if (!opened.owned()) {
            // the data source is its maker's to close; so is the accounting of what was committed through it
            return;
        }
        try {
            HikariDataSource pool = (HikariDataSource) opened.pool();
            if (opened.lock() == null) {
                pool.close();
            } else {
                opened.lock().release(() -> shutDown(pool));
            }
        } finally {
            Stopping.closed(commits.getAndSet(0));
        }
    }

    /**
     * Shuts an H2 database down on a connection of its own, so that what it could not write fails here instead of
     * in the pool's closing, which would swallow it; the connection keeps the database open while the pool closes.
     */
    private void shutDown(HikariDataSource pool) {
        try (Connection c = database.connect()) {
            pool.close();
            try (Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
        } catch (SQLException e) {
            throw StoreFailures.of("cannot close the timeline store at " + database.describe(), e);
        } finally {
            pool.close();
        }
    }

    private static void closePool(HikariDataSource pool) {
        if (pool != null) {
            pool.close();
        }
    }
}
