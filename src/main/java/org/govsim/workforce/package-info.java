/**
 * The employees as a body: Granovetter thresholds, the open letter and its signatures, resignations, outside offers.
 * Domain only: may use Axon's aggregate annotations and the simulation's message types and randomness.
 */
package org.govsim.workforce;
