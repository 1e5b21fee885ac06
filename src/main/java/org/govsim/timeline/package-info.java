/**
 * Stored timelines: Axon's JDBC event store on H2 or PostgreSQL behind a small HikariCP pool, with one transaction
 * per use case; the schema's Flyway migrations; the catalogue of timelines (a fixed id, a name that may change) and
 * their lineage; JSON encoding; and state views; imports of exports. What the store promises on disk: a timeline said
 * stored is on disk, a failure of the environment is told as such, the H2 data directory is a checked path that
 * processes take turns on, and a stop never tears a write. May use the domain, the scenario loader, JDBC, HikariCP and
 * Flyway; never the CLI.
 */
package org.govsim.timeline;
