/**
 * Reading scenario and seed-world files (YAML) into a domain scenario plan, with errors that name file, line and field.
 * The only place that knows YAML.
 */
package org.govsim.scenario;
