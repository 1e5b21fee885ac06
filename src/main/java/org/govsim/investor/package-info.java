/**
 * One aggregate per investor: stake, votes and leverage kept apart, and its stance in a crisis.
 * Domain only: may use Axon's aggregate annotations and the simulation's message types.
 */
package org.govsim.investor;
