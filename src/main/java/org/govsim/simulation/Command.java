package org.govsim.simulation;

/** An intention addressed to one actor. The target names the actor's stream, as {@link DomainEvent#aggregate()} does. */
public interface Command {
    String target();
}
