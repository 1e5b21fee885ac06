package org.govsim.simulation;

import java.time.Instant;
import java.util.List;

/** Events of the simulation itself: its start, its agenda of future actions, facts without governance effect, its end. */
public interface SimulationEvents {

    String AGGREGATE = "simulation";

    record SimulationStarted(String scenario, String title, long seed, String timezone, Instant start, Instant horizon,
                             ModelParameters parameters) implements DomainEvent {
        public String aggregate() { return AGGREGATE; }
    }

    /** The future lives in the stream: a pending action is an event, so a fork resumes with the same agenda. */
    record ActionScheduled(long actionId, Instant due, Command command, String cause, String source) implements DomainEvent {
        public String aggregate() { return AGGREGATE; }
    }

    record ActionCancelled(long actionId, String reason) implements DomainEvent {
        public String aggregate() { return AGGREGATE; }
    }

    /** A what-if changes a pending action's command; it keeps its place in the agenda. */
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
     * A scripted command that presupposes states of the world: "ceo-removed" (a CEO removed in this run has not
     * returned), "ceo-returned", "ceo-is:PERSON", "not-director:PERSON", "available:PERSON" (not committed elsewhere).
     * When one does not hold at its time, the step lapses with the reason, so a what-if that removes a cause also
     * removes the scripted steps that only made sense because of it.
     */
    record OnlyIf(List<String> conditions, Command command) implements Command {
        public static final String CEO_REMOVED = "ceo-removed";
        public static final String CEO_RETURNED = "ceo-returned";
        public static final List<String> WITH_PERSON = List.of("ceo-is", "not-director", "available");

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
}
