/**
 * Tells a timeline as a story for readers: what happened, the rule or policy behind it, the source. Generic: each kind
 * of actor tells its own events. Uses the simulation engine and provenance only; never an actor package, the CLI, the web, YAML or a
 * database.
 */
package org.govsim.narrative;
