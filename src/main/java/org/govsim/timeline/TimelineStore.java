package org.govsim.timeline;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.UnknownSerializedType;
import org.govsim.model.GovernanceModel;
import org.govsim.simulation.DomainEvent;
import org.govsim.simulation.Model;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.Steps;
import org.govsim.simulation.World;

/**
 * Timelines kept in a database: the events in Axon's event store (one stream per timeline, keyed by its name, the
 * sequence number being the event's position), and a catalogue of timelines with their lineage beside it.
 * A timeline is written in one transaction together with its catalogue entry: it is stored whole or not at all.
 */
public final class TimelineStore implements AutoCloseable {

    private static final int READ_BATCH = 500;

    private final Database database;
    private final Model model;
    private final Snapshots snapshots;
    private final Connection connection;
    private final JdbcEventStorageEngine engine;

    private TimelineStore(Database database, Model model, Connection connection) {
        this.database = database;
        this.model = model;
        this.snapshots = Snapshots.of(model);
        this.connection = connection;
        this.engine = engine(connection);
    }

    /** Axon's event store over the store's connection, with the model's type names and the upcasters of old data. */
    private JdbcEventStorageEngine engine(Connection connection) {
        Codec codec = Codec.of(model);
        EventSerializer serializer = EventSerializer.of(codec);
        return JdbcEventStorageEngine.builder()
                .connectionProvider(() -> unclosable(connection))
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .upcasterChain(Upcasters.chain(codec))
                .batchSize(READ_BATCH)
                .build();
    }

    /** The store of timelines of the standard governance model. */
    public static TimelineStore open(Database database) {
        return open(database, GovernanceModel.standard());
    }

    /** The store of timelines of {@code model}, whose event types it reads and writes. */
    public static TimelineStore open(Database database, Model model) {
        try {
            Connection c = database.connect();
            TimelineStore store = new TimelineStore(database, model, c);
            store.createSchema();
            return store;
        } catch (SQLException e) {
            throw new StoreException("cannot open the timeline store at " + database.describe() + ": " + e.getMessage(), e);
        }
    }

    public Database database() {
        return database;
    }

    public Model model() {
        return model;
    }

    public Snapshots snapshots() {
        return snapshots;
    }

    /** Axon closes the connection after each operation; the store keeps one connection and its transaction open. */
    private static Connection unclosable(Connection c) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> method.getName().equals("close") ? null : invoke(c, method, args));
    }

    private static Object invoke(Connection c, java.lang.reflect.Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(c, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private void createSchema() throws SQLException {
        String blob = database.isPostgres() ? "BYTEA" : "VARBINARY(1000000000)";
        try (Statement s = connection.createStatement()) {
            if (database.isPostgres()) {
                // CREATE TABLE IF NOT EXISTS is not safe against a second process doing the same at once
                s.execute("SELECT pg_advisory_xact_lock(hashtext('govsim_schema'))");
            }
            // Axon's table, but for the unique index on eventIdentifier: the ids are derived from (timeline, seq),
            // which the (aggregateIdentifier, sequenceNumber) key already keeps unique; a second index halves appends.
            s.execute("CREATE TABLE IF NOT EXISTS DomainEventEntry ("
                    + "globalIndex BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                    + "eventIdentifier VARCHAR(255) NOT NULL,"
                    + "aggregateIdentifier VARCHAR(255) NOT NULL,"
                    + "sequenceNumber BIGINT NOT NULL,"
                    + "type VARCHAR(255),"
                    + "timeStamp VARCHAR(255) NOT NULL,"
                    + "payloadType VARCHAR(255) NOT NULL,"
                    + "payloadRevision VARCHAR(255),"
                    + "payload " + blob + " NOT NULL,"
                    + "metaData " + blob + ","
                    + "UNIQUE (aggregateIdentifier, sequenceNumber))");
            s.execute("CREATE TABLE IF NOT EXISTS SnapshotEventEntry ("
                    + "aggregateIdentifier VARCHAR(255) NOT NULL,"
                    + "sequenceNumber BIGINT NOT NULL,"
                    + "type VARCHAR(255) NOT NULL,"
                    + "eventIdentifier VARCHAR(255) NOT NULL UNIQUE,"
                    + "metaData " + blob + ","
                    + "payload " + blob + " NOT NULL,"
                    + "payloadRevision VARCHAR(255),"
                    + "payloadType VARCHAR(255) NOT NULL,"
                    + "timeStamp VARCHAR(255) NOT NULL,"
                    + "PRIMARY KEY (aggregateIdentifier, sequenceNumber))");
            s.execute("CREATE TABLE IF NOT EXISTS govsim_snapshot ("
                    + "timeline VARCHAR(200) NOT NULL,"
                    + "seq BIGINT NOT NULL,"
                    + "world " + blob + " NOT NULL,"
                    + "PRIMARY KEY (timeline, seq))");
            s.execute("CREATE TABLE IF NOT EXISTS govsim_timeline ("
                    + "name VARCHAR(200) PRIMARY KEY,"
                    + "scenario VARCHAR(200) NOT NULL,"
                    + "title VARCHAR(1000),"
                    + "seed BIGINT NOT NULL,"
                    + "parent VARCHAR(200),"
                    + "fork_seq BIGINT NOT NULL,"
                    + "fork_time VARCHAR(64),"
                    + "whatif VARCHAR(1000000),"
                    + "created_at VARCHAR(64) NOT NULL,"
                    + "read_only BOOLEAN NOT NULL,"
                    + "events BIGINT NOT NULL)");
        }
        connection.commit();
    }

    /** Stores a new timeline whole: its catalogue entry and the events after its fork point, in one transaction. */
    public void save(TimelineInfo info, List<Recorded> ownEvents) {
        save(info, ownEvents, World::new);
    }

    /**
     * Stores a new timeline whole, with a world snapshot every {@link Snapshots#EVERY} events once it is long enough;
     * {@code atFork} gives the world before its first own event (an empty world for a replay), asked for only then.
     */
    public void save(TimelineInfo info, List<Recorded> ownEvents, java.util.function.Supplier<World> atFork) {
        // reads commit this connection's transaction, so whatever must be read is read before the first write
        World start = ownEvents.size() < Snapshots.FROM_LENGTH ? null : atFork.get();
        try {
            try (PreparedStatement p = connection.prepareStatement("INSERT INTO govsim_timeline "
                    + "(name, scenario, title, seed, parent, fork_seq, fork_time, whatif, created_at, read_only, events) "
                    + "VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
                p.setString(1, info.name());
                p.setString(2, info.scenario());
                p.setString(3, info.title());
                p.setLong(4, info.seed());
                p.setString(5, info.parent());
                p.setLong(6, info.forkSeq());
                p.setString(7, info.forkTime() == null ? null : info.forkTime().toString());
                p.setString(8, info.whatIf());
                p.setString(9, info.createdAt().toString());
                p.setBoolean(10, info.readOnly());
                p.setLong(11, info.events());
                p.executeUpdate();
            }
            List<DomainEventMessage<?>> messages = new ArrayList<>(ownEvents.size());
            for (Recorded r : ownEvents) {
                messages.add(toMessage(info.name(), r));
            }
            engine.appendEvents(messages);
            if (start != null) {
                saveSnapshots(info.name(), ownEvents, start);
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollback();
            if (e instanceof SQLException s) {
                throw new StoreException("could not store timeline '" + info.name() + "': " + s.getMessage(), s);
            }
            throw (RuntimeException) e;
        }
    }

    private void saveSnapshots(String timeline, List<Recorded> ownEvents, World world) throws SQLException {
        long bucket = world.seq() / Snapshots.EVERY;
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO govsim_snapshot (timeline, seq, world) VALUES (?,?,?)")) {
            for (int i = 0; i < ownEvents.size(); i++) {
                Recorded r = ownEvents.get(i);
                world.apply(r);
                // snapshots sit at step boundaries, where a run can also resume
                boolean boundary = i + 1 == ownEvents.size() || Steps.startsStep(r, ownEvents.get(i + 1));
                if (boundary && r.seq() / Snapshots.EVERY > bucket) {
                    bucket = r.seq() / Snapshots.EVERY;
                    p.setString(1, timeline);
                    p.setLong(2, r.seq());
                    p.setBytes(3, snapshots.write(world));
                    p.addBatch();
                }
            }
            p.executeBatch();
        }
    }

    private static DomainEventMessage<?> toMessage(String timeline, Recorded r) {
        Map<String, Object> meta = new HashMap<>(4);
        meta.put("cause", r.cause());
        meta.put("source", r.source());
        meta.put("action", r.action());
        return new GenericDomainEventMessage<>(r.aggregate(), timeline, r.seq() - 1, r.event(), meta,
                eventId(timeline, r.seq()), r.time());
    }

    /**
     * Unique because timeline names are; ordered within a timeline, so the unique index grows at its end instead of
     * taking random inserts (random UUIDs halve the append rate on H2).
     */
    static String eventId(String timeline, long seq) {
        return timeline + "#" + String.format("%012d", seq);
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the original failure is what the caller needs to see
        }
    }

    public List<TimelineInfo> list() {
        try (PreparedStatement p = connection.prepareStatement("SELECT * FROM govsim_timeline ORDER BY created_at, name");
             ResultSet rs = p.executeQuery()) {
            List<TimelineInfo> out = new ArrayList<>();
            while (rs.next()) {
                out.add(info(rs));
            }
            connection.commit();
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot list timelines: " + e.getMessage(), e);
        }
    }

    public Optional<TimelineInfo> find(String name) {
        try (PreparedStatement p = connection.prepareStatement("SELECT * FROM govsim_timeline WHERE name = ?")) {
            p.setString(1, name);
            try (ResultSet rs = p.executeQuery()) {
                Optional<TimelineInfo> out = rs.next() ? Optional.of(info(rs)) : Optional.empty();
                connection.commit();
                return out;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read timeline '" + name + "': " + e.getMessage(), e);
        }
    }

    private static TimelineInfo info(ResultSet rs) throws SQLException {
        String forkTime = rs.getString("fork_time");
        return new TimelineInfo(rs.getString("name"), rs.getString("scenario"), rs.getString("title"), rs.getLong("seed"),
                rs.getString("parent"), rs.getLong("fork_seq"), forkTime == null ? null : Instant.parse(forkTime),
                rs.getString("whatif"), Instant.parse(rs.getString("created_at")), rs.getBoolean("read_only"),
                rs.getLong("events"));
    }

    /** The first name free among base, base-2, base-3, ... */
    public String freeName(String base) {
        if (find(base).isEmpty()) {
            return base;
        }
        for (int i = 2; ; i++) {
            String candidate = base + "-" + i;
            if (find(candidate).isEmpty()) {
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
        List<Recorded> out = new ArrayList<>();
        if (timeline.isBranch() && from <= timeline.forkSeq()) {
            out.addAll(events(parentOf(timeline), from, Math.min(to, timeline.forkSeq())));
        }
        long ownFrom = Math.max(from, timeline.forkSeq() + 1);
        if (to >= ownFrom) {
            DomainEventStream stream = engine.readEvents(timeline.name(), ownFrom - 1);
            while (stream.hasNext()) {
                DomainEventMessage<?> m = stream.next();
                if (m.getSequenceNumber() + 1 > to) {
                    break;
                }
                out.add(fromMessage(timeline, m));
            }
        }
        commitRead(timeline);
        return out;
    }

    /** The world after event {@code seq}: the nearest snapshot at or before it, then the events since. */
    public World worldAt(TimelineInfo timeline, long seq) {
        byte[] snapshot = nearestSnapshot(timeline, seq);
        World restored = snapshot == null ? null : snapshots.read(snapshot);
        World world = restored == null ? new World() : restored;
        for (Recorded r : events(timeline, world.seq() + 1, seq)) {
            world.apply(r);
        }
        return world;
    }

    private byte[] nearestSnapshot(TimelineInfo timeline, long seq) {
        try (PreparedStatement p = connection.prepareStatement("SELECT world FROM govsim_snapshot WHERE timeline = ? "
                + "AND seq <= ? AND seq > ? ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")) {
            p.setString(1, timeline.name());
            p.setLong(2, seq);
            p.setLong(3, timeline.forkSeq());
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next()) {
                    byte[] bytes = rs.getBytes(1);
                    connection.commit();
                    return bytes;
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new StoreException("cannot read snapshots of '" + timeline.name() + "': " + e.getMessage(), e);
        }
        return timeline.isBranch() ? nearestSnapshot(parentOf(timeline), Math.min(seq, timeline.forkSeq())) : null;
    }

    /** The last event at or before a simulated time, or 0 when the timeline begins after it. */
    public long seqAtTime(TimelineInfo timeline, Instant time) {
        try (PreparedStatement p = connection.prepareStatement("SELECT MAX(sequenceNumber) FROM DomainEventEntry "
                + "WHERE aggregateIdentifier = ? AND timeStamp <= ?")) {
            p.setString(1, timeline.name());
            p.setString(2, org.axonframework.common.DateTimeUtils.formatInstant(time));
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                long last = rs.getLong(1);
                boolean found = !rs.wasNull();
                connection.commit();
                if (found) {
                    return last + 1;
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot search '" + timeline.name() + "': " + e.getMessage(), e);
        }
        return timeline.isBranch() ? Math.min(seqAtTime(parentOf(timeline), time), timeline.forkSeq()) : 0;
    }

    private TimelineInfo parentOf(TimelineInfo timeline) {
        return find(timeline.parent()).orElseThrow(() -> new StoreException(
                "timeline '" + timeline.name() + "' names a missing parent '" + timeline.parent() + "'", null));
    }

    private void commitRead(TimelineInfo timeline) {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw new StoreException("cannot read timeline '" + timeline.name() + "': " + e.getMessage(), e);
        }
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

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing left to protect: every write was committed or rolled back
        }
    }
}
