/**
 * The command line (picocli): thin commands over the timeline and scenario packages, exit codes 0, 1 and 2.
 */
package org.govsim.cli;
