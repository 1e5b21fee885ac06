package org.govsim.simulation;

/**
 * An actor's standing reaction: given an event and the world after it, the commands the actor issues,
 * now or later. Policies hold no state of their own; what they remember is in the world, so a resumed run
 * reacts as the original did.
 */
public interface Policy {

    /** The name the stream records as the cause, "policy:NAME". */
    String name();

    void react(Recorded event, World world, Reactions out);
}
