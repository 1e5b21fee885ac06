/**
 * One aggregate per investor: stake, votes and leverage kept apart, and its stance in a crisis.
 * Domain only: may use Axon's aggregate annotations, the simulation's message types and, for its state view, the
 * board's observer seats.
 */
package org.govsim.investor;
