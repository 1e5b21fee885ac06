package org.govsim.timeline;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.govsim.naming.NameRule;
import org.govsim.scenario.InputException;

/**
 * A stored timeline: a replay of a scenario, or a branch of another timeline that shares its events up to
 * {@code forkSeq} and stores only what follows. {@code events} counts the whole timeline, shared prefix included.
 * The {@code id} keys its events, snapshots and branches and never changes; the {@code name} is what people call it and
 * may be changed. A branch's parent is {@code parentId}; {@code parentName} is that parent's name when it was read.
 * {@code owner} says who besides the administrator may rename or delete a branch: an opaque token an adapter gives
 * (a web branch's key, hashed), or null for history and for branches made on this machine's command line.
 */
public record TimelineInfo(String id, String name, String scenario, String title, long seed, String parentId,
                           String parentName, long forkSeq, Instant forkTime, String whatIf, Instant createdAt,
                           boolean readOnly, long events, String owner) {

    /** A new replay of a scenario, not stored yet. */
    public static TimelineInfo replay(String name, String scenario, String title, long seed, long events) {
        return new TimelineInfo(newId(), name, scenario, title, seed, null, null, 0, null, null, Instant.now(), true, events, null);
    }

    /** A timeline brought in from an export, not stored yet: it stands on its own and, like a replay, is history. */
    public static TimelineInfo imported(String name, String scenario, String title, long seed, long events) {
        return new TimelineInfo(newId(), name, scenario, title, seed, null, null, 0, null, null, Instant.now(), true, events, null);
    }

    /** A new branch of {@code parent} after event {@code forkSeq}, not stored yet. */
    public static TimelineInfo branch(String name, TimelineInfo parent, long seed, long forkSeq, Instant forkTime,
                                      String whatIf, long events) {
        return new TimelineInfo(newId(), name, parent.scenario(), parent.title(), seed, parent.id(), parent.name(), forkSeq,
                forkTime, whatIf, Instant.now(), false, events, null);
    }

    public TimelineInfo named(String newName) {
        return new TimelineInfo(id, newName, scenario, title, seed, parentId, parentName, forkSeq, forkTime, whatIf,
                createdAt, readOnly, events, owner);
    }

    public TimelineInfo ownedBy(String newOwner) {
        return new TimelineInfo(id, name, scenario, title, seed, parentId, parentName, forkSeq, forkTime, whatIf,
                createdAt, readOnly, events, newOwner);
    }

    public boolean isBranch() {
        return parentId != null;
    }

    /** Refuses a name that breaks the one rule for names ({@link NameRule}), as bad input in the request field {@code field}. */
    public static void checkName(String field, String name) {
        NameRule.problem(name).ifPresent(problem -> {
            throw InputException.request(field, problem);
        });
    }

    public static InputException nameTaken(String field, String name) {
        return InputException.request(field, "a timeline named '" + name + "' already exists");
    }

    /**
     * A UUID laid out as version 7: the time in milliseconds first, so that a new timeline's events are appended at the
     * end of the (aggregateIdentifier, sequenceNumber) index instead of at a random place in it.
     */
    private static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (System.currentTimeMillis() << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
