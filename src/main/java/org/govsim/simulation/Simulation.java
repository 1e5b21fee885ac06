package org.govsim.simulation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.govsim.board.Board;
import org.govsim.board.BoardCommands.RecordPressure;
import org.govsim.ceo.CeoOffice;
import org.govsim.investor.Investor;
import org.govsim.organisation.Organisation;
import org.govsim.simulation.SimulationEvents.*;
import org.govsim.workforce.Workforce;

/**
 * Runs a world forward: always executes the earliest pending action, records the events its command produced,
 * then lets every policy react. Every reaction is itself recorded as a scheduled action, so the stream holds the
 * whole future and a run can stop and resume at any event with the same outcome. Single-threaded and in memory.
 */
public final class Simulation {

    public static final String CAUSE_SCRIPT = "script";
    public static final String CAUSE_EPILOGUE = "epilogue";

    private final World world;
    private final List<Policy> policies;
    private final Consumer<Recorded> sink;

    private Simulation(List<Policy> policies, Consumer<Recorded> sink) {
        this(new World(), policies, sink);
    }

    private Simulation(World world, List<Policy> policies, Consumer<Recorded> sink) {
        this.world = world;
        this.policies = policies;
        this.sink = sink;
    }

    /** Start a scenario: the seed world and the script become the first events of the stream. */
    public static Simulation begin(ScenarioPlan plan, List<Policy> policies, Consumer<Recorded> sink) {
        Simulation s = new Simulation(policies, sink);
        Instant t = plan.start();
        s.record(new SimulationStarted(plan.id(), plan.title(), plan.seed(), plan.zone().getId(), plan.start(),
                plan.horizon(), plan.parameters()), t, "scenario", "scenario", 0);
        for (ScenarioPlan.SeedFact fact : plan.seedWorld()) {
            s.record(fact.event(), t, "seed", fact.source(), 0);
        }
        for (ScenarioPlan.ScriptStep step : plan.script()) {
            String cause = step.epilogue() ? CAUSE_EPILOGUE : CAUSE_SCRIPT;
            s.record(new ActionScheduled(s.world.nextActionId(), step.at(), step.command(), cause, step.source()), t, cause,
                    step.source(), 0);
        }
        return s;
    }

    /** Rebuild a world from its history and go on from its last event. */
    public static Simulation resume(List<Recorded> history, List<Policy> policies, Consumer<Recorded> sink) {
        Simulation s = new Simulation(policies, sink);
        history.forEach(s.world::apply);
        return s;
    }

    /** Go on from a world restored from a snapshot. */
    public static Simulation resume(World world, List<Policy> policies, Consumer<Recorded> sink) {
        return new Simulation(world, policies, sink);
    }

    public World world() {
        return world;
    }

    /** Applies a what-if at the current point: its events are recorded with cause "whatif" and the policies react. */
    public void apply(WhatIf whatIf) {
        String source = "whatif:" + whatIf.name();
        whatIf.apply(world, new WhatIf.Edits() {
            public void record(DomainEvent event) {
                react(Simulation.this.record(event, world.now(), "whatif", source, 0));
            }

            public void schedule(Instant due, Command command) {
                Simulation.this.record(new ActionScheduled(world.nextActionId(), due, command, "whatif", source), world.now(),
                        "whatif", source, 0);
            }

            public void cancel(long actionId, String reason) {
                Simulation.this.record(new ActionCancelled(actionId, reason), world.now(), "whatif", source, 0);
            }

            public void replace(long actionId, Command command, String reason) {
                Simulation.this.record(new ActionReplaced(actionId, command, "whatif", source, reason), world.now(),
                        "whatif", source, 0);
            }
        });
    }

    public void runToEnd() {
        while (step()) {
            // each step executes one action
        }
    }

    /** Execute the next due action; false once the run has ended. */
    public boolean step() {
        if (world.hasEnded()) {
            return false;
        }
        ScheduledAction next = world.nextDue();
        Instant horizon = world.started().horizon();
        if (next != null && next.due().isAfter(horizon) && !CAUSE_EPILOGUE.equals(next.cause())) {
            next = firstEpilogue();
        }
        if (next == null) {
            Instant end = world.now().isAfter(horizon) ? world.now() : horizon;
            record(new SimulationEnded("horizon reached", Summary.of(world)), end, "simulation", "model", 0);
            return false;
        }
        execute(next);
        return true;
    }

    private ScheduledAction firstEpilogue() {
        for (ScheduledAction a : world.agenda()) {
            if (CAUSE_EPILOGUE.equals(a.cause())) {
                return a;
            }
        }
        return null;
    }

    private void execute(ScheduledAction action) {
        Instant at = action.due().isBefore(world.now()) ? world.now() : action.due();
        Command command = action.command();
        if (command instanceof OnlyIf conditional) {
            String unmet = null;
            for (String condition : conditional.conditions()) {
                unmet = unmet == null ? unmet(condition) : unmet;
            }
            if (unmet != null) {
                record(new ActionLapsed(action.id(), unmet), at, action.cause(), action.source(), action.id());
                return;
            }
            command = conditional.command();
        }
        command = prepare(command);
        List<DomainEvent> events = dispatch(command);
        if (events.isEmpty()) {
            events = List.of(new ActionLapsed(action.id(), "nothing changed"));
        }
        List<Recorded> batch = new ArrayList<>(events.size());
        for (DomainEvent e : events) {
            batch.add(record(e, at, action.cause(), action.source(), action.id()));
        }
        if (CAUSE_EPILOGUE.equals(action.cause())) {
            return;
        }
        for (Recorded r : batch) {
            react(r);
        }
    }

    /** Why a scripted step's condition does not hold, or null when it does. */
    private String unmet(String condition) {
        String person = condition.contains(":") ? condition.substring(condition.indexOf(':') + 1) : null;
        String kind = person == null ? condition : condition.substring(0, condition.indexOf(':'));
        String name = person == null ? null : world.organisation().nameOf(person);
        return switch (kind) {
            case OnlyIf.CEO_REMOVED -> world.crisisOpen() ? null : "skipped: the step presupposes a removed CEO who has not returned";
            case OnlyIf.CEO_RETURNED -> world.ceoReturnedAt() != null ? null : "skipped: the step presupposes the CEO's return";
            case "ceo-is" -> person.equals(world.ceo().holder()) ? null : "skipped: the step presupposes " + name + " as CEO";
            case "not-director" -> !world.board().isDirector(person) ? null
                    : "skipped: the step presupposes that " + name + " is off the board";
            case "available" -> !world.ceo().unavailable().contains(person) ? null
                    : "skipped: " + name + " has committed elsewhere";
            default -> throw new IllegalArgumentException("unknown condition " + condition);
        };
    }

    /** Commands that read the world carry the reading taken when they run, not when they were planned. */
    private Command prepare(Command command) {
        if (command instanceof RecordPressure rp) {
            return rp.withReading(PressureGauge.read(world));
        }
        return command;
    }

    private List<DomainEvent> dispatch(Command command) {
        String target = command.target();
        switch (target) {
            case Board.AGGREGATE:
                return world.board().decide(command);
            case CeoOffice.AGGREGATE:
                return world.ceo().decide(command);
            case Workforce.AGGREGATE:
                return world.workforce().decide(command);
            case SimulationEvents.AGGREGATE:
                if (command instanceof NoteFact n) {
                    return List.of(new FactNoted(n.actor(), n.text(), n.disputed()));
                }
                break;
            case Organisation.AGGREGATE:
                break;
            default:
                if (target.startsWith(Investor.AGGREGATE_PREFIX)) {
                    Investor investor = world.investors().get(target.substring(Investor.AGGREGATE_PREFIX.length()));
                    if (investor != null) {
                        return investor.decide(command);
                    }
                }
        }
        throw new IllegalArgumentException("No actor handles " + command.getClass().getSimpleName() + " for " + target);
    }

    private void react(Recorded r) {
        if (r.event() instanceof ActionScheduled || r.event() instanceof ActionLapsed) {
            return;
        }
        Reactions out = new Reactions(r.time());
        for (Policy policy : policies) {
            out.clear();
            policy.react(r, world, out);
            String cause = "policy:" + policy.name();
            for (Reactions.Reaction x : out.list()) {
                record(new ActionScheduled(world.nextActionId(), x.due(), x.command(), cause, x.source()), r.time(), cause,
                        x.source(), 0);
            }
        }
    }

    private Recorded record(DomainEvent event, Instant time, String cause, String source, long action) {
        Recorded r = new Recorded(world.seq() + 1, time, cause, source, action, event);
        world.apply(r);
        sink.accept(r);
        return r;
    }
}
