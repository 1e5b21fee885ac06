/**
 * Reading scenario and seed-world files (YAML) into a domain scenario plan, with errors that name file, line and field.
 * The only place that knows YAML. Reads a strict subset of it ({@link org.govsim.scenario.StrictReader}) and holds
 * every input to the limits of {@link org.govsim.scenario.Limits}; names follow {@link org.govsim.naming.NameRule}.
 */
package org.govsim.scenario;
