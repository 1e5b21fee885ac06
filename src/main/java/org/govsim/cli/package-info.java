/**
 * The command line (picocli): thin commands over the application services of {@code app}, rendering the records they
 * return as text or as the versioned JSON documents of schema/output/ (docs/cli-json.md). Exit codes 0 done, 1 a fault
 * of govsim, 2 input or an environment the user can fix, 3 a what-if whose expectations did not all hold. May use
 * {@code app} and the records it returns, and the input and store exceptions it maps to exit codes.
 */
package org.govsim.cli;
