/**
 * Tells a timeline as a story for readers: what happened, the rule or policy behind it, the source.
 * Domain-side rendering: uses the domain packages, never the CLI, the web, YAML or a database.
 */
package org.govsim.narrative;
