package org.govsim.timeline;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.govsim.model.Outcome;
import org.govsim.scenario.InputException;
import org.govsim.scenario.WhatIfFile;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.Simulation;
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

    /** A branch and how it ended. {@code ownEvents} are the events after the fork point. */
    public record Branch(TimelineInfo timeline, long forkSeq, Instant forkTime, String note, List<Recorded> ownEvents,
                         Outcome outcome, World end, boolean stored) {
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
        TimelineInfo parent = new Replays(store).timeline(parentName);
        if (name != null && !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,199}")) {
            throw new InputException("--name", 0, "name", "a timeline name uses letters, digits, '.', '_' and '-'");
        }
        if (name != null && !dryRun && store.find(name).isPresent()) {
            throw new InputException("--name", 0, "name", "a timeline named '" + name + "' already exists");
        }
        ZoneId zone = store.worldAt(parent, 1).zone();
        long requested = requestedSeq(parent, atSeq, atTime, whatIfFile, zone);
        long forkSeq = snap(parent, requested);
        String note = forkSeq == requested ? null : "event " + requested + " lies inside a step; the fork point moves to "
                + "the step's last event, " + forkSeq;
        World world = store.worldAt(parent, forkSeq);
        if (world.hasEnded()) {
            throw new InputException("--at", 0, "at", "the run of '" + parent.name() + "' has ended at event " + forkSeq
                    + "; fork at an earlier event");
        }
        Instant forkTime = world.now();
        WhatIf whatIf = whatIfFile == null ? WhatIf.NONE : whatIfFile;
        List<Recorded> own = new ArrayList<>();
        Simulation sim = Simulation.resume(world, store.model(), own::add);
        sim.apply(whatIf);
        sim.runToEnd();
        Outcome outcome = Outcome.of(sim.world());
        String base = name != null ? name : parent.name() + "-" + (whatIfFile == null ? "fork" : whatIfFile.name());
        TimelineInfo info = new TimelineInfo(name != null ? name : store.freeName(base), parent.scenario(), parent.title(),
                parent.seed(), parent.name(), forkSeq, forkTime, whatIfFile == null ? null : whatIfFile.text(),
                Instant.now(), false, forkSeq + own.size());
        if (dryRun) {
            return new Branch(info, forkSeq, forkTime, note, own, outcome, sim.world(), false);
        }
        info = saveUnderFreeName(info, own, forkSeq, name == null ? base : null);
        return new Branch(info, forkSeq, forkTime, note, own, outcome, sim.world(), true);
    }

    /** Stores the branch; when its name was chosen here and another fork took it meanwhile, takes the next free one. */
    private TimelineInfo saveUnderFreeName(TimelineInfo info, List<Recorded> own, long forkSeq, String base) {
        for (int attempt = 0; ; attempt++) {
            try {
                String parent = info.parent();
                store.save(info, own, () -> store.worldAt(new Replays(store).timeline(parent), forkSeq));
                return info;
            } catch (StoreException e) {
                if (base == null || store.find(info.name()).isEmpty() || attempt > 20) {
                    throw e;
                }
                info = new TimelineInfo(store.freeName(base), info.scenario(), info.title(), info.seed(), info.parent(),
                        info.forkSeq(), info.forkTime(), info.whatIf(), info.createdAt(), info.readOnly(), info.events());
            }
        }
    }

    private long requestedSeq(TimelineInfo parent, Long atSeq, Instant atTime, WhatIfFile whatIf, ZoneId zone) {
        if (atSeq != null && atTime != null) {
            throw new InputException("--at", 0, "at", "give --at or --at-time, not both");
        }
        WhatIfFile.ForkPoint fromFile = whatIf == null ? null : whatIf.forkPoint(zone);
        if (atSeq == null && atTime == null && fromFile == null) {
            throw new InputException("--at", 0, "at", "no fork point: give --at SEQ, --at-time ISO, or forkAt in the what-if");
        }
        if (atSeq != null || atTime != null) {
            return checkedSeq(parent, atSeq, atTime, "--at", null);
        }
        if (fromFile.before() != null) {
            return seqBefore(parent, fromFile);
        }
        return checkedSeq(parent, fromFile.seq(), fromFile.time(), "forkAt", fromFile);
    }

    private long checkedSeq(TimelineInfo parent, Long seq, Instant time, String option, WhatIfFile.ForkPoint where) {
        long s = seq != null ? seq : store.seqAtTime(parent, time);
        if (s < 1 || s > parent.events()) {
            String msg = (seq != null ? "event " + seq : "time " + time) + " lies outside timeline '" + parent.name()
                    + "' (events 1 to " + parent.events() + ")";
            throw where != null ? where.error(msg) : new InputException(option, 0, option.substring(2), msg);
        }
        if (s == parent.events()) {
            String msg = "the fork point is the end of '" + parent.name() + "': nothing is left to change";
            throw where != null ? where.error(msg) : new InputException(option, 0, option.substring(2), msg);
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
