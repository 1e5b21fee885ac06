package org.govsim.cli;

import picocli.CommandLine.Option;

/** A store command that reports as text for people or as JSON for programs. */
abstract class ReportCommand extends StoreCommand {

    @Option(names = "--format", defaultValue = "text", completionCandidates = Formats.TextOrJson.class,
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). JSON goes alone to standard output; "
                    + "messages go to standard error.")
    Format format;

    boolean json() {
        return format == Format.json;
    }
}
