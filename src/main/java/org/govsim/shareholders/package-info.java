/**
 * The stockholders as one body: share classes with their votes per share, holders (single holders or blocks of them)
 * with how their votes lean, meetings and their elections, and the advice and campaigns that move the votes. An election
 * is tallied from the holders' votes: under plurality voting an unopposed nominee is elected whatever is withheld, so a
 * withhold vote is a signal (DGCL 216), which other actors may answer. Domain only: may use the simulation's message
 * types.
 */
package org.govsim.shareholders;
