package org.govsim.cli;

import picocli.CommandLine.Option;

/** A store command that reports as text for people or as JSON for programs. */
abstract class ReportCommand extends StoreCommand {

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;
}
