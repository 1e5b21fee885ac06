/**
 * The board of directors aggregate: bylaws, motions, votes, quorum and majorities, directors' resolve under pressure,
 * settlements. The rules default to Delaware's (a quorum of the authorised seats, DGCL 141(b); vacancies filled below
 * quorum, 223; written consent, 141(f); notice waived by attending except to object, 229) and each is a parameter of
 * {@link org.govsim.board.Bylaws}; {@link org.govsim.board.Board} says how they combine.
 * Domain only: may use Axon's aggregate annotations and the simulation's message types.
 */
package org.govsim.board;
