package org.govsim.simulation;

/** A fact that happened in the simulated world. Its aggregate names the actor's stream ("board", "investor/microsoft"). */
public interface DomainEvent {
    String aggregate();
}
