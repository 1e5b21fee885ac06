package org.govsim.simulation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.govsim.simulation.SimulationEvents.*;

/**
 * Runs a world forward: always executes the earliest pending action, records the events its command produced,
 * then lets every policy react. Every reaction is itself recorded as a scheduled action, so the stream holds the
 * whole future and a run can stop and resume at any event with the same outcome. Single-threaded and in memory.
 * It knows no actor: commands go to the actor of their target stream, and the model supplies the policies.
 */
public final class Simulation {

    public static final String CAUSE_SCRIPT = "script";
    public static final String CAUSE_EPILOGUE = "epilogue";

    /** The most events one timeline may hold, its shared prefix included: a hard stop for a run that runs away. */
    public static final long MAX_EVENTS = 500_000;

    private final World world;
    private final Model model;
    private final Consumer<Recorded> sink;

    private Simulation(World world, Model model, Consumer<Recorded> sink) {
        this.world = world;
        this.model = model;
        this.sink = sink;
    }

    /** Start a scenario: the seed world and the script become the first events of the stream. */
    public static Simulation begin(ScenarioPlan plan, Model model, Consumer<Recorded> sink) {
        Simulation s = new Simulation(new World(), model, sink);
        Instant t = plan.start();
        s.record(new SimulationStarted(plan.id(), plan.title(), plan.seed(), plan.zone().getId(), plan.start(),
                plan.horizon(), plan.parameters(), model.stamp(), plan.reports()), t, "scenario", "scenario", 0);
        for (ScenarioPlan.SeedFact fact : plan.seedWorld()) {
            s.record(fact.event(), t, "seed", fact.source(), 0);
        }
        for (ScenarioPlan.ScriptStep step : plan.script()) {
            String cause = step.epilogue() ? CAUSE_EPILOGUE : CAUSE_SCRIPT;
            s.record(new ActionScheduled(s.world.nextActionId(), step.at(), step.command(), cause, step.source(), 0L), t,
                    cause, step.source(), 0);
        }
        return s;
    }

    /** Rebuild a world from its history and go on from its last event. */
    public static Simulation resume(List<Recorded> history, Model model, Consumer<Recorded> sink) {
        World world = new World();
        history.forEach(world::apply);
        return new Simulation(world, model, sink);
    }

    /** Go on from a world restored from a snapshot. */
    public static Simulation resume(World world, Model model, Consumer<Recorded> sink) {
        return new Simulation(world, model, sink);
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
                Simulation.this.record(new ActionScheduled(world.nextActionId(), due, command, "whatif", source, 0L), world.now(),
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
            record(new SimulationEnded("horizon reached", model.summarise(world)), end, "simulation", "model", 0);
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

    /** Why a scripted step's condition ("name" or "name:person") does not hold, or null when it does. */
    private String unmet(String condition) {
        int colon = condition.indexOf(':');
        String name = colon < 0 ? condition : condition.substring(0, colon);
        Condition c = model.conditions().get(name);
        if (c == null) {
            throw new IllegalArgumentException("the model knows no condition '" + condition + "'");
        }
        return c.check(colon < 0 ? null : condition.substring(colon + 1), world);
    }

    private Command prepare(Command command) {
        for (CommandPreparer p : model.preparers()) {
            command = p.prepare(command, world);
        }
        return command;
    }

    private List<DomainEvent> dispatch(Command command) {
        if (command instanceof NoteFact n) {
            return List.of(new FactNoted(n.actor(), n.text(), n.disputed()));
        }
        Actor actor = world.actors().get(command.target());
        if (actor == null) {
            throw new IllegalArgumentException("No actor handles " + command.getClass().getSimpleName() + " for "
                    + command.target());
        }
        return actor.decide(command);
    }

    /**
     * Lets every policy react to an event. An action that changed nothing is shown to them too, so that a recurring
     * reaction (a tally that counted nobody) goes on from it rather than from whatever happens next.
     */
    private void react(Recorded r) {
        if (r.event() instanceof ActionScheduled) {
            return;
        }
        Reactions out = new Reactions(r.time());
        for (Policy policy : model.policies()) {
            out.clear();
            policy.react(r, world, out);
            if (out.list().isEmpty()) {
                continue;
            }
            String cause = "policy:" + policy.name();
            for (Reactions.Reaction x : out.list()) {
                record(new ActionScheduled(world.nextActionId(), x.due(), x.command(), cause, x.source(), r.seq()),
                        r.time(), cause, x.source(), 0);
            }
        }
    }

    private Recorded record(DomainEvent event, Instant time, String cause, String source, long action) {
        if (world.seq() >= MAX_EVENTS) {
            throw new EventBudgetExceeded(world.seq(), world.started() == null ? "?" : world.started().scenario());
        }
        Recorded r = new Recorded(world.seq() + 1, time, cause, source, action, event);
        world.apply(r);
        sink.accept(r);
        return r;
    }
}
