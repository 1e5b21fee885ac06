/**
 * The application layer: govsim's use cases (replay, fork, diff, state, story, export, why, sweep, validate, the
 * scenario library) as services that take plain requests and return records. Every adapter (the command line, the web
 * app) calls these and only renders what they return. Errors name request fields neutrally ("at", "name"); adapters map
 * them to their own options. May use the domain, the scenario loader, the timeline store and experiments; never an
 * adapter.
 */
package org.govsim.app;
