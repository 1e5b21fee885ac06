/**
 * Tells a timeline as a story for readers: what happened, the rule or policy behind it, the source; and the short story
 * ({@code Brief}): running counts at their milestones, an act told once, like events in one line. Generic: each kind
 * of actor tells its own events and says which are counts, acts, echoes or told together. Uses the simulation engine and provenance only; never an actor package, the CLI, the web, YAML or a
 * database.
 */
package org.govsim.narrative;
