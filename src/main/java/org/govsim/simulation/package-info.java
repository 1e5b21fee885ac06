/**
 * The simulation engine: the world as a fold of events, the agenda of scheduled actions, counter-based randomness,
 * and the loop that executes the earliest due action and lets policies react. Domain only: may use the actor packages
 * and Axon's messaging annotations through them; never Spring, the web, the CLI, YAML or JDBC.
 */
package org.govsim.simulation;
