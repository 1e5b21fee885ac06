/**
 * Voting power: who is pivotal for a motion, as the Banzhaf and Shapley-Shubik indices of a weighted voting game
 * (weights and a quota). Exact: every coalition is counted, so the games are limited to 15 voters, more than any board
 * has. Plain Java; it uses nothing else of govsim, so the board, the state view and the web adapter can all ask it.
 */
package org.govsim.power;
