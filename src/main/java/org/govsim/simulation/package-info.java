/**
 * The simulation engine: the world as a fold of events, the agenda of scheduled actions, counter-based randomness, the
 * loop that executes the earliest due action and lets policies react, and the contract every actor plugs into
 * ({@link org.govsim.simulation.Actor}, {@link org.govsim.simulation.ActorKind}, {@link org.govsim.simulation.Model}).
 * It names no actor and no policy. Domain only: may use Axon's message annotations; never Spring, the web, the CLI,
 * YAML or JDBC.
 */
package org.govsim.simulation;
