/**
 * The board of directors aggregate: bylaws, motions, votes, quorum and majorities, directors' resolve under pressure,
 * settlements. Domain only: may use Axon's aggregate annotations and the simulation's message types.
 */
package org.govsim.board;
