/**
 * Stored timelines: Axon's JDBC event store on H2 or PostgreSQL, the catalogue of timelines and their lineage,
 * JSON encoding, and state views. May use the domain, the scenario loader and JDBC; never the CLI.
 */
package org.govsim.timeline;
