/**
 * The governance model as one piece: which kinds of actor and which policies make it up, its versions, and the
 * projections that sum a run up (outcome tables, the closing summary). Composes the actor and policy packages; the
 * engine knows it only as a {@link org.govsim.simulation.Model}. Domain only.
 */
package org.govsim.model;
