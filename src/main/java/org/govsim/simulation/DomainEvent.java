package org.govsim.simulation;

/**
 * A fact that happened in the simulated world. Its aggregate names the stream ("board", "investor/microsoft"); its kind
 * is the actor that folds it, or null for the engine's own events.
 */
public interface DomainEvent {
    String aggregate();

    default ActorKind<?> actorKind() {
        return null;
    }
}
