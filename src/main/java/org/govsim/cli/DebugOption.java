package org.govsim.cli;

import picocli.CommandLine.Option;

/** --debug, before or after the command: a fault prints its stack trace after the one-line message. */
final class DebugOption {

    @Option(names = "--debug", description = "On an error, also print the stack trace.")
    boolean debug;
}
