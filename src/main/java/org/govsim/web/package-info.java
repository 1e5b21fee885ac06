/**
 * The web adapter: {@code govsim serve}, a Spring Boot application over the application layer ({@code org.govsim.app})
 * and the store ({@code org.govsim.timeline}), with the REST API under {@code /api/v1}, its problem+json errors, the
 * guards on every request, and the UI's static files. Like the command line it only calls application services and
 * renders their results; it may use Spring, the app, timeline and scenario packages, never the command line's.
 */
package org.govsim.web;
