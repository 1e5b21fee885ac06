package org.govsim.simulation;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import org.govsim.board.Board;
import org.govsim.ceo.CeoOffice;
import org.govsim.investor.Investor;
import org.govsim.investor.InvestorEvents.InvestorRegistered;
import org.govsim.organisation.Organisation;
import org.govsim.simulation.SimulationEvents.*;
import org.govsim.workforce.Workforce;

/**
 * The whole simulated world after some event: a pure fold of the timeline's events over an empty world.
 * It holds every actor, the simulated clock and the agenda of pending actions, so the state at any event is
 * everything a run needs to go on from there.
 */
public final class World {

    private static final Comparator<ScheduledAction> BY_DUE =
            Comparator.comparing(ScheduledAction::due).thenComparingLong(ScheduledAction::id);

    private long seq;
    private Instant now;
    private SimulationStarted started;
    private SimulationEnded ended;
    private long lastActionId;
    private Instant ceoRemovedAt;
    private Instant letterOpenedAt;
    private Instant ceoReturnedAt;
    private int peakSignatures;
    private final Organisation organisation = new Organisation();
    private final Board board = new Board();
    private final CeoOffice ceo = new CeoOffice();
    private final Workforce workforce = new Workforce();
    private final Map<String, Investor> investors = new LinkedHashMap<>();
    /** An index over agendaById, ordered by due time; rebuilt rather than stored. */
    private final transient TreeSet<ScheduledAction> agenda = new TreeSet<>(BY_DUE);
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
        if (e instanceof org.govsim.ceo.CeoEvents.CeoRemoved) {
            ceoRemovedAt = r.time();
        } else if (e instanceof org.govsim.workforce.WorkforceEvents.LetterOpened) {
            letterOpenedAt = r.time();
        } else if (e instanceof org.govsim.ceo.CeoEvents.CeoAppointed a && a.returning() && ceoReturnedAt == null) {
            ceoReturnedAt = r.time();
        } else if (e instanceof org.govsim.workforce.WorkforceEvents.LetterSigned s) {
            peakSignatures = Math.max(peakSignatures, s.total());
        }
        String aggregate = e.aggregate();
        switch (aggregate) {
            case Board.AGGREGATE -> board.evolve(e);
            case CeoOffice.AGGREGATE -> ceo.evolve(e);
            case Workforce.AGGREGATE -> workforce.evolve(e);
            case Organisation.AGGREGATE -> organisation.evolve(e);
            default -> {
                if (aggregate.startsWith(Investor.AGGREGATE_PREFIX)) {
                    Investor investor = e instanceof InvestorRegistered
                            ? investors.computeIfAbsent(aggregate.substring(Investor.AGGREGATE_PREFIX.length()), k -> new Investor())
                            : investors.get(aggregate.substring(Investor.AGGREGATE_PREFIX.length()));
                    investor.evolve(e);
                } else {
                    evolveSimulation(e);
                }
            }
        }
    }

    private void evolveSimulation(DomainEvent e) {
        if (e instanceof SimulationStarted s) {
            started = s;
        } else if (e instanceof ActionScheduled s) {
            ScheduledAction a = new ScheduledAction(s.actionId(), s.due(), s.command(), s.cause(), s.source());
            agenda.add(a);
            agendaById.put(a.id(), a);
            lastActionId = Math.max(lastActionId, s.actionId());
        } else if (e instanceof ActionReplaced c) {
            ScheduledAction old = agendaById.get(c.actionId());
            if (old != null) {
                agenda.remove(old);
                ScheduledAction changed = new ScheduledAction(old.id(), old.due(), c.command(), c.cause(), c.source());
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
            started = new SimulationStarted(started.scenario(), started.title(), started.seed(), started.timezone(),
                    started.start(), started.horizon(), m.parameters());
        } else if (e instanceof HorizonMoved h) {
            started = new SimulationStarted(started.scenario(), started.title(), started.seed(), started.timezone(),
                    started.start(), h.horizon(), started.parameters());
        }
    }

    /** Rebuilds what is derived rather than stored, after the state was restored from a snapshot. */
    public void restoreDerived() {
        agenda.clear();
        agenda.addAll(agendaById.values());
        workforce.restoreDerived();
    }

    public long seq() { return seq; }

    public Instant now() { return now; }

    public SimulationStarted started() { return started; }

    public ModelParameters parameters() { return started.parameters(); }

    public ZoneId zone() { return ZoneId.of(started.timezone()); }

    public boolean hasEnded() { return ended != null; }

    /** When the last CEO was removed, or null. */
    public Instant ceoRemovedAt() { return ceoRemovedAt; }

    public Instant letterOpenedAt() { return letterOpenedAt; }

    /** When a removed CEO first returned, or null. */
    public Instant ceoReturnedAt() { return ceoReturnedAt; }

    public int peakSignatures() { return peakSignatures; }

    public long nextActionId() { return lastActionId + 1; }

    public Organisation organisation() { return organisation; }

    public Board board() { return board; }

    public CeoOffice ceo() { return ceo; }

    public Workforce workforce() { return workforce; }

    public Map<String, Investor> investors() { return investors; }

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

    /** A CEO removed in this run has not (yet) returned: the actors are still in crisis. */
    public boolean crisisOpen() {
        return !ceo.removed().isEmpty() && ended == null;
    }
}
