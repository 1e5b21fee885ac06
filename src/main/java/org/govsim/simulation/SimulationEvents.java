package org.govsim.simulation;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;

/** Events of the simulation itself: its start, its agenda of future actions, facts without governance effect, its end. */
public interface SimulationEvents {

    String AGGREGATE = "simulation";

    /**
     * {@code model} is the behaviour model that ran; null in streams written before models were recorded.
     * {@code reports} (revision 3) what the sources say about the scenario's history; none in older streams.
     */
    @Revision("3")
    record SimulationStarted(String scenario, String title, long seed, String timezone, Instant start, Instant horizon,
                             ModelParameters parameters, Model.Stamp model, Reports reports) implements DomainEvent {
        public SimulationStarted {
            reports = reports == null ? Reports.NONE : reports;
        }

        public SimulationStarted(String scenario, String title, long seed, String timezone, Instant start,
                                 Instant horizon, ModelParameters parameters, Model.Stamp model) {
            this(scenario, title, seed, timezone, start, horizon, parameters, model, Reports.NONE);
        }

        public String aggregate() { return AGGREGATE; }

        SimulationStarted with(ModelParameters newParameters, Instant newHorizon) {
            return new SimulationStarted(scenario, title, seed, timezone, start, newHorizon, newParameters, model,
                    reports);
        }
    }

    /**
     * The future lives in the stream: a pending action is an event, so a fork resumes with the same agenda.
     * {@code trigger} is the seq of the event a policy reacted to (0 for the script, the seed and what-if edits; null in
     * streams written before triggers were recorded), so every event's causes can be followed back to the givens.
     * Revision 3: a command's settlement terms name the board's seats.
     */
    @Revision("3")
    record ActionScheduled(long actionId, Instant due, Command command, String cause, String source, Long trigger)
            implements DomainEvent {
        public String aggregate() { return AGGREGATE; }
    }

    record ActionCancelled(long actionId, String reason) implements DomainEvent {
        public String aggregate() { return AGGREGATE; }
    }

    /** A what-if changes a pending action's command; it keeps its place in the agenda (revision 3: as ActionScheduled). */
    @Revision("3")
    record ActionReplaced(long actionId, Command command, String cause, String source, String reason) implements DomainEvent {
        public String aggregate() { return AGGREGATE; }
    }

    /** An action whose command changed nothing: recorded so that the agenda stays a fold of the stream. */
    record ActionLapsed(long actionId, String reason) implements DomainEvent {
        public String aggregate() { return AGGREGATE; }
    }

    /** A sourced historical fact the model records but does not simulate. {@code disputed} marks a claim the sources contradict. */
    record FactNoted(String actor, String text, boolean disputed) implements DomainEvent {
        public String aggregate() { return actor == null || actor.isBlank() ? AGGREGATE : actor; }
    }

    /**
     * Someone playing a role chose at a decision point of the scenario: {@code decides} is the role (the board, a
     * director, an investor, the staff's organisers, the CEO), {@code label} the option in words. The option's changes
     * follow it in the stream, so the branch says what was chosen as well as what it changed.
     */
    record DecisionTaken(String decision, String option, String decides, String label) implements DomainEvent {
        public String aggregate() { return AGGREGATE; }
    }

    /**
     * What someone playing a role expects, recorded with their first choice, before the run goes on, and scored against
     * the outcome afterwards: whether the removed CEO returns and by when, how many staff sign the letter, which
     * directors leave the board. An item left out is null (or, for the directors, an empty list not given: null).
     */
    record PredictionRecorded(String by, Boolean ceoReturns, Instant returnBy, Integer signatures, List<String> leaving)
            implements DomainEvent {
        public String aggregate() { return AGGREGATE; }
    }

    record SimulationEnded(String reason, List<String> summary) implements DomainEvent {
        public String aggregate() { return AGGREGATE; }
    }

    /** A what-if changes the behaviour model's weights and rates from this point on. */
    record ModelParametersChanged(ModelParameters parameters, String reason) implements DomainEvent {
        public String aggregate() { return AGGREGATE; }
    }

    /** A what-if moves the end of the simulation. */
    record HorizonMoved(Instant horizon, String reason) implements DomainEvent {
        public String aggregate() { return AGGREGATE; }
    }

    /**
     * A scripted command that presupposes states of the world, each a {@link Condition} of some actor ("ceo-removed",
     * "not-director:PERSON"). When one does not hold at its time, the step lapses with the reason, so a what-if that
     * removes a cause also removes the scripted steps that only made sense because of it.
     */
    record OnlyIf(List<String> conditions, Command command) implements Command {
        public String target() { return command.target(); }

        /** The command itself, unwrapped from any condition. */
        public static Command inner(Command c) {
            return c instanceof OnlyIf o ? o.command() : c;
        }
    }

    /** Command to record a fact (script only). */
    record NoteFact(String actor, String text, boolean disputed) implements Command {
        public String target() { return AGGREGATE; }
    }

    /** One line of the story for one of the engine's own events, or null for bookkeeping a reader can skip. */
    static String tell(DomainEvent event, Names names) {
        if (event instanceof SimulationStarted e) {
            return "Scenario begins: " + e.title() + " (seed " + e.seed() + ")";
        } else if (event instanceof FactNoted e) {
            return (e.disputed() ? "[disputed] " : "") + e.text();
        } else if (event instanceof DecisionTaken e) {
            return "Decision (" + e.decides() + "): " + e.label();
        } else if (event instanceof PredictionRecorded e) {
            List<String> items = new java.util.ArrayList<>();
            if (e.ceoReturns() != null) {
                items.add(e.ceoReturns() ? "the CEO returns" + (e.returnBy() == null ? "" : " by " + names.when(e.returnBy()))
                        : "the CEO does not return");
            }
            if (e.signatures() != null) {
                items.add(e.signatures() + " sign the letter");
            }
            if (e.leaving() != null) {
                items.add((e.leaving().isEmpty() ? "no director" : names.list(e.leaving())) + " leave"
                        + (e.leaving().size() == 1 ? "s" : "") + " the board");
            }
            return "Prediction (" + e.by() + "): " + String.join("; ", items);
        } else if (event instanceof ModelParametersChanged e) {
            return "The behaviour model's weights and rates change (" + e.reason() + ")";
        } else if (event instanceof HorizonMoved e) {
            return "The simulation now ends at " + names.when(e.horizon()) + " (" + e.reason() + ")";
        } else if (event instanceof ActionReplaced e) {
            return "A planned step changes: " + e.reason();
        } else if (event instanceof ActionCancelled e) {
            return "A planned step is dropped: " + e.reason();
        } else if (event instanceof SimulationEnded e) {
            return "End of the run: " + String.join(" | ", e.summary());
        }
        return null;
    }

    /** One line of the story for any event: the engine's own, or told by the event's kind of actor. */
    static String describe(DomainEvent event, Names names) {
        ActorKind<?> kind = event.actorKind();
        return kind == null ? tell(event, names) : kind.tell(event, names);
    }

    static List<Class<? extends DomainEvent>> eventTypes() {
        return ActorKind.nested(DomainEvent.class, SimulationEvents.class);
    }

    static List<Class<? extends Command>> commandTypes() {
        return ActorKind.nested(Command.class, SimulationEvents.class);
    }
}
