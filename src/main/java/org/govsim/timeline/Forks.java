package org.govsim.timeline;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.govsim.scenario.InputException;
import org.govsim.scenario.WhatIfFile;
import org.govsim.model.Outcome;
import org.govsim.naming.NameRule;
import org.govsim.narrative.Narrator;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.Simulation;
import org.govsim.simulation.SimulationEvents.ActionCancelled;
import org.govsim.simulation.SimulationEvents.ActionLapsed;
import org.govsim.simulation.SimulationEvents.ActionScheduled;
import org.govsim.simulation.SimulationEvents.SimulationEnded;
import org.govsim.simulation.Steps;
import org.govsim.simulation.WhatIf;
import org.govsim.simulation.World;

/**
 * Branches of timelines. A branch shares its parent's events up to the fork point and stores only its own: the world
 * at the fork point comes from the nearest snapshot and the few events after it, so the cost of a fork does not grow
 * with the length of the shared prefix. The policies resume exactly where they stood: their pending actions, the
 * thresholds and the keyed random draws are all part of that world.
 */
public final class Forks {

    /**
     * A branch and how it ended. {@code ownEvents} are the events after the fork point; {@code story} tells them, each
     * line naming the event that set it off (the parent's, for actions scheduled before the fork).
     */
    public record Branch(TimelineInfo timeline, long forkSeq, Instant forkTime, String note, List<Recorded> ownEvents,
                         Outcome outcome, World end, boolean stored, List<Narrator.Line> story) {
    }

    private final TimelineStore store;

    public Forks(TimelineStore store) {
        this.store = store;
    }

    /**
     * Forks {@code parentName} after {@code atSeq} or {@code atTime} (or where the what-if file says), applies the
     * what-if and runs on. With {@code dryRun} nothing is stored.
     */
    public Branch fork(String parentName, Long atSeq, Instant atTime, WhatIfFile whatIfFile, String name, boolean dryRun) {
        return fork(parentName, atSeq, atTime, whatIfFile, name, dryRun, null);
    }

    /** The same, the branch owned by {@code owner} (see {@link TimelineInfo#owner()}). */
    public Branch fork(String parentName, Long atSeq, Instant atTime, WhatIfFile whatIfFile, String name, boolean dryRun,
                       String owner) {
        if (name != null) {
            TimelineInfo.checkName("name", name);
        }
        Start start = store.inTransaction(() -> start(parentName, atSeq, atTime, whatIfFile, name, dryRun));
        TimelineInfo parent = start.parent();
        long forkSeq = start.forkSeq();
        Instant forkTime = start.world().now();
        Map<Long, Long> triggers = Narrator.triggers(start.world());
        WhatIf whatIf = whatIfFile == null ? WhatIf.NONE : whatIfFile;
        List<Recorded> own = new ArrayList<>();
        // the run holds no connection: the store's transactions stay short while the branch plays out
        Simulation sim = Simulation.resume(start.world(), store.model(), own::add);
        sim.apply(whatIf);
        sim.runToEnd();
        Outcome outcome = Outcome.of(sim.world());
        String base = name != null ? name : parent.name() + "-" + (whatIfFile == null ? "fork" : whatIfFile.name());
        // a stored branch takes its free name as it is saved; a dry run says which it would take now
        String named = name != null ? name : dryRun ? store.freeName(base) : NameRule.derived(base);
        TimelineInfo info = TimelineInfo.branch(named, parent, parent.seed(), forkSeq,
                forkTime, whatIfFile == null ? null : whatIfFile.text(), forkSeq + own.size()).ownedBy(owner);
        List<Narrator.Line> story = Narrator.tell(sim.world(), triggers, own);
        if (dryRun) {
            return new Branch(info, forkSeq, forkTime, start.note(), own, outcome, sim.world(), false, story);
        }
        info = saveUnderFreeName(info, parent, own, name == null ? base : null);
        return new Branch(info, forkSeq, forkTime, start.note(), own, outcome, sim.world(), true, story);
    }

    /**
     * Checks a what-if against {@code parentName} exactly as {@link #fork} would, up to applying it at the fork point:
     * every reference to people, steps and parameters is resolved there. Nothing runs on and nothing is stored.
     * Returns the fork point.
     */
    public long check(String parentName, WhatIfFile whatIfFile) {
        Start start = store.inTransaction(() -> start(parentName, null, null, whatIfFile, null, true));
        Simulation.resume(start.world(), store.model(), r -> { }).apply(whatIfFile);
        return start.forkSeq();
    }

    /** The parent, where the branch starts, and the world there; read in one transaction. */
    private record Start(TimelineInfo parent, long forkSeq, String note, World world) {
    }

    private Start start(String parentName, Long atSeq, Instant atTime, WhatIfFile whatIfFile, String name, boolean dryRun) {
        TimelineInfo parent = new Replays(store).timeline(parentName);
        if (name != null && !dryRun && store.find(name).isPresent()) {
            throw TimelineInfo.nameTaken("name", name);
        }
        World first = store.worldAt(parent, 1);
        Resumption.check(store.model(), first, parent.name(), "timeline");
        ZoneId zone = first.zone();
        long requested = requestedSeq(parent, atSeq, atTime, whatIfFile, zone);
        long forkSeq = snap(parent, requested);
        String note = forkSeq == requested ? null : "event " + requested + " lies inside a step; the fork point moves to "
                + "the step's last event, " + forkSeq;
        World world = store.worldAt(parent, forkSeq);
        if (world.hasEnded()) {
            throw InputException.request("at", "the run of '" + parent.name() + "' has ended at event " + forkSeq
                    + "; fork at an earlier event");
        }
        return new Start(parent, forkSeq, note, world);
    }

    /**
     * Stores the branch, reading the parent's world at the fork point for its snapshots in the same transaction. A name
     * chosen here ({@code base} given) is the first one neither stored nor held by another save of this store; when a
     * save elsewhere (another process on the same database) takes it first, the next attempt takes the next free one.
     */
    private TimelineInfo saveUnderFreeName(TimelineInfo branch, TimelineInfo parent, List<Recorded> own, String base) {
        for (int attempt = 1; ; attempt++) {
            String reserved = base == null ? null : store.reserveFreeName(base);
            try {
                TimelineInfo named = base == null ? branch : branch.named(reserved);
                store.save(named, own, () -> store.worldAt(parent, named.forkSeq()));
                return named;
            } catch (NameTakenException e) {
                if (base == null) {
                    throw TimelineInfo.nameTaken("name", branch.name());
                }
                if (attempt == 100) {
                    throw e;
                }
            } finally {
                if (reserved != null) {
                    store.release(reserved);
                }
            }
        }
    }

    /** Where a what-if's fork point falls in a timeline: after event {@code seq} (null for a time), or why it is missing. */
    public record Moment(Long seq, String missing) {
    }

    /**
     * Where a what-if's fork point falls in a stored timeline, or why it does not come about there. A fork point before a
     * scripted step is not there when the step never ran in that timeline (a what-if took it out, or the run ended
     * first) or lapsed (what it presupposes did not hold): a decision taken there does not arise. A time or an event
     * is there as long as the run is (checked when forking).
     */
    public Moment moment(String timelineName, WhatIfFile whatIf) {
        return store.inTransaction(() -> {
            TimelineInfo timeline = new Replays(store).timeline(timelineName);
            WhatIfFile.ForkPoint point = whatIf.forkPoint(store.worldAt(timeline, 1).zone());
            if (point == null || point.before() == null) {
                return new Moment(null, null);
            }
            Long action = null;
            for (Recorded r : store.events(timeline)) {
                if (action == null && r.event() instanceof ActionScheduled a && !a.cause().startsWith("policy:")
                        && point.before().matches(a.due(), a.command(), a.cause())) {
                    action = a.actionId();
                } else if (action != null && r.event() instanceof ActionCancelled c && c.actionId() == action) {
                    return new Moment(null, "the step '" + point.before() + "' was taken out (" + c.reason() + ")");
                } else if (action != null && r.action() == action) {
                    return r.event() instanceof ActionLapsed l
                            ? new Moment(null, "the step '" + point.before() + "' lapsed: " + l.reason())
                            : new Moment(r.seq() - 1, null);
                }
            }
            return new Moment(null, action == null ? "there is no step '" + point.before() + "'"
                    : "the step '" + point.before() + "' never ran");
        });
    }

    private long requestedSeq(TimelineInfo parent, Long atSeq, Instant atTime, WhatIfFile whatIf, ZoneId zone) {
        if (atSeq != null && atTime != null) {
            throw InputException.request("at", "give an event or a time to fork at, not both");
        }
        WhatIfFile.ForkPoint fromFile = whatIf == null ? null : whatIf.forkPoint(zone);
        if (atSeq == null && atTime == null && fromFile == null) {
            throw InputException.request("at", "no fork point: give an event, a time, or forkAt in the what-if");
        }
        if (atSeq != null || atTime != null) {
            return checkedSeq(parent, atSeq, atTime, atSeq != null ? "at" : "atTime", null);
        }
        if (fromFile.before() != null) {
            return seqBefore(parent, fromFile);
        }
        return checkedSeq(parent, fromFile.seq(), fromFile.time(), "forkAt", fromFile);
    }

    private long checkedSeq(TimelineInfo parent, Long seq, Instant time, String field, WhatIfFile.ForkPoint where) {
        long s = seq != null ? seq : store.seqAtTime(parent, time);
        if (s < 1 || s > parent.events()) {
            String msg = (seq != null ? "event " + seq : "time " + time) + " lies outside timeline '" + parent.name()
                    + "' (events 1 to " + parent.events() + ")";
            throw where != null ? where.error(msg) : InputException.request(field, msg);
        }
        if (s == parent.events()) {
            String msg = "the fork point is the end of '" + parent.name() + "': nothing is left to change";
            throw where != null ? where.error(msg) : InputException.request(field, msg);
        }
        return s;
    }

    /** Just before the step that executes the referenced scripted action. */
    private long seqBefore(TimelineInfo parent, WhatIfFile.ForkPoint point) {
        List<Recorded> events = store.events(parent);
        Long action = null;
        for (Recorded r : events) {
            if (action == null && r.event() instanceof ActionScheduled a && !a.cause().startsWith("policy:")
                    && point.before().matches(a.due(), a.command(), a.cause())) {
                action = a.actionId();
            } else if (action != null && r.action() == action) {
                return r.seq() - 1;
            }
        }
        throw point.error(action == null ? "no scripted step '" + point.before() + "' in timeline '" + parent.name() + "'"
                : "the step '" + point.before() + "' never ran in timeline '" + parent.name() + "'");
    }

    /** The last event of the step holding event {@code seq}: where a run can resume. */
    public long snap(TimelineInfo parent, long seq) {
        long window = 64;
        while (true) {
            List<Recorded> around = store.events(parent, seq, seq + window);
            for (int i = 0; i + 1 < around.size(); i++) {
                if (Steps.startsStep(around.get(i), around.get(i + 1))) {
                    return around.get(i).seq();
                }
            }
            if (around.size() <= window) {
                Recorded last = around.get(around.size() - 1);
                return last.event() instanceof SimulationEnded ? last.seq() - 1 : last.seq();
            }
            window *= 4;
        }
    }
}
