/**
 * The organisation of the seed world: its people, loyalties between them and the outsiders who might be asked to lead.
 * Domain only: depends on the simulation's event type and nothing else.
 */
package org.govsim.organisation;
