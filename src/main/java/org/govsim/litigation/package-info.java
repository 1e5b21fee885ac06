/**
 * Lawsuits as an actor: a suit is filed with the relief it asks (directors removed, a holder's right to designate
 * directors voided), then stayed, decided or settled. A suit pending changes nothing on the board; a judgment for the
 * plaintiff grants the relief, which other actors carry out. Domain only: may use the simulation's message types.
 */
package org.govsim.litigation;
