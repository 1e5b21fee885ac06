package org.govsim.simulation;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.govsim.simulation.SimulationEvents.*;

/**
 * The whole simulated world after some event: a pure fold of the timeline's events over an empty world.
 * It holds every actor (one state per stream, created by the stream's first event), the simulated clock and the agenda
 * of pending actions, so the state at any event is everything a run needs to go on from there. It knows no actor by
 * name: each event names the kind of actor that folds it.
 */
public final class World {

    private static final Comparator<ScheduledAction> BY_DUE =
            Comparator.comparing(ScheduledAction::due).thenComparingLong(ScheduledAction::id);

    private long seq;
    private Instant now;
    private SimulationStarted started;
    private SimulationEnded ended;
    private long lastActionId;
    /** Every actor by its stream, in the order the streams began. */
    private final Map<String, Actor> actors = new LinkedHashMap<>();
    /** Indexes rebuilt rather than stored: the agenda by due time, and the actors of each keyed kind. */
    private final transient TreeSet<ScheduledAction> agenda = new TreeSet<>(BY_DUE);
    private final transient Map<String, Map<String, Actor>> byKind = new HashMap<>();
    private final transient Map<String, Map<String, Actor>> byKindViews = new HashMap<>();
    /** The actor of each unkeyed kind by the kind's index: policies ask for them on every event. */
    private transient Actor[] unkeyed = new Actor[8];
    private final Map<Long, ScheduledAction> agendaById = new HashMap<>();

    public void apply(Recorded r) {
        seq = r.seq();
        now = r.time();
        if (r.action() != 0) {
            ScheduledAction done = agendaById.remove(r.action());
            if (done != null) {
                agenda.remove(done);
            }
        }
        DomainEvent e = r.event();
        ActorKind<?> kind = e.actorKind();
        if (kind == null) {
            evolveSimulation(e);
            return;
        }
        Actor actor = !kind.keyed() && kind.index() < unkeyed.length ? unkeyed[kind.index()] : actors.get(e.aggregate());
        if (actor == null) {
            actor = kind.create();
            actors.put(e.aggregate(), actor);
            index(e.aggregate(), actor, kind);
        }
        actor.evolve(e, r.time());
    }

    private void index(String stream, Actor actor, ActorKind<?> kind) {
        if (!kind.keyed()) {
            if (kind.index() >= unkeyed.length) {
                unkeyed = java.util.Arrays.copyOf(unkeyed, Math.max(kind.index() + 1, unkeyed.length * 2));
            }
            unkeyed[kind.index()] = actor;
            return;
        }
        byKind.computeIfAbsent(kind.name(), k -> {
            Map<String, Actor> of = new LinkedHashMap<>();
            byKindViews.put(k, Collections.unmodifiableMap(of));
            return of;
        }).put(kind.keyOf(stream), actor);
    }

    private void evolveSimulation(DomainEvent e) {
        if (e instanceof SimulationStarted s) {
            started = s;
        } else if (e instanceof ActionScheduled s) {
            ScheduledAction a = new ScheduledAction(s.actionId(), s.due(), s.command(), s.cause(), s.source(), s.trigger());
            agenda.add(a);
            agendaById.put(a.id(), a);
            lastActionId = Math.max(lastActionId, s.actionId());
        } else if (e instanceof ActionReplaced c) {
            ScheduledAction old = agendaById.get(c.actionId());
            if (old != null) {
                agenda.remove(old);
                ScheduledAction changed = new ScheduledAction(old.id(), old.due(), c.command(), c.cause(), c.source(),
                        old.trigger());
                agenda.add(changed);
                agendaById.put(changed.id(), changed);
            }
        } else if (e instanceof ActionCancelled c) {
            ScheduledAction a = agendaById.remove(c.actionId());
            if (a != null) {
                agenda.remove(a);
            }
        } else if (e instanceof SimulationEnded s) {
            ended = s;
        } else if (e instanceof ModelParametersChanged m) {
            started = started.with(m.parameters(), started.horizon());
        } else if (e instanceof HorizonMoved h) {
            started = started.with(started.parameters(), h.horizon());
        }
    }

    /** Rebuilds what is derived rather than stored, after the state was restored from a snapshot. */
    public void restoreDerived(Iterable<ActorKind<?>> kinds) {
        agenda.clear();
        agenda.addAll(agendaById.values());
        byKind.clear();
        byKindViews.clear();
        unkeyed = new Actor[8];
        actors.forEach((stream, actor) -> {
            for (ActorKind<?> kind : kinds) {
                if (kind.stateType().isInstance(actor) && kind.keyOf(stream) != null) {
                    index(stream, actor, kind);
                }
            }
            actor.restoreDerived();
        });
    }

    /** The actor of an unkeyed kind; an empty one (not kept) before its stream began. */
    public <A extends Actor> A actor(ActorKind<A> kind) {
        int i = kind.index();
        Actor a = i < unkeyed.length ? unkeyed[i] : null;
        return kind.stateType().cast(a != null ? a : kind.create());
    }

    /** The actors of a keyed kind by key, in the order their streams began. */
    @SuppressWarnings("unchecked")
    public <A extends Actor> Map<String, A> actors(ActorKind<A> kind) {
        Map<String, Actor> of = byKindViews.get(kind.name());
        return of == null ? Map.of() : (Map<String, A>) of;
    }

    /** Every actor by stream, in the order the streams began. */
    public Map<String, Actor> actors() {
        return Collections.unmodifiableMap(actors);
    }

    /**
     * The names of people and investors, from the actors that keep a directory (the organisation, each investor), and
     * the world's zone for times.
     */
    public Names names() {
        List<Names> directories = new ArrayList<>();
        for (Actor a : actors.values()) {
            if (a instanceof Names n) {
                directories.add(n);
            }
        }
        return directories.isEmpty() && started == null ? Names.IDS
                : Names.of(directories, started == null ? ZoneId.of("UTC") : zone());
    }

    public long seq() { return seq; }

    public Instant now() { return now; }

    public SimulationStarted started() { return started; }

    public ModelParameters parameters() { return started.parameters(); }

    public ZoneId zone() { return ZoneId.of(started.timezone()); }

    public boolean hasEnded() { return ended != null; }

    public long nextActionId() { return lastActionId + 1; }

    /** Pending actions, earliest first. */
    public Iterable<ScheduledAction> agenda() { return agenda; }

    public ScheduledAction nextDue() {
        return agenda.isEmpty() ? null : agenda.first();
    }

    public boolean hasPending(Class<? extends Command> type) {
        for (ScheduledAction a : agenda) {
            if (type.isInstance(a.command())) {
                return true;
            }
        }
        return false;
    }
}
