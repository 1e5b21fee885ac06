/**
 * Handouts: what a printed page about a timeline says ({@link org.govsim.handout.Handout}, plain text and numbers), and
 * its two renderings, Markdown and one self-contained HTML page with an SVG chart drawn here. Uses nothing of govsim:
 * the application layer fills a handout from its results, and the adapters serve or write what these render.
 */
package org.govsim.handout;
