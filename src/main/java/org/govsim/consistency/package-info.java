/**
 * The contradiction checker: reads any timeline and reports the lines that contradict their own branch (an offer that
 * was never made, a person in an office they do not hold, a return that did not happen, an approach to a new CEO after
 * one accepted, an act on a person who holds no such seat or office). Uses the domain and the narrative; never the
 * CLI, YAML or a database.
 */
package org.govsim.consistency;
