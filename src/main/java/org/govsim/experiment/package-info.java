/**
 * Experiments: sweeps of many runs over varied parameters and seeds, in memory on all cores or shared between
 * processes through a PostgreSQL work queue, with per-run metrics, summaries with intervals, and a chart.
 * Uses the domain, the scenario loader and the timeline store; never the CLI.
 */
package org.govsim.experiment;
