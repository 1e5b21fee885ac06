/**
 * The chief executive's office and the other officers, who serve at the board's pleasure. Domain only: may use Axon's
 * aggregate annotations and the simulation's message types.
 */
package org.govsim.ceo;
