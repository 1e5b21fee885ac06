package org.govsim.cli;

import java.nio.file.Path;

import org.govsim.app.Results;
import org.govsim.app.TimelineService;
import org.govsim.timeline.TimelineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Store a timeline from an export ('govsim export TIMELINE --format jsonl'), into this store or "
                + "any other: the way to back up and to move between H2 and PostgreSQL. A broken file stores nothing.",
        footer = {"%nExample:", "  govsim --data ./backup import history.jsonl --name history"})
final class ImportCommand extends ReportCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "An export, one event a line (JSON lines).")
    Path file;

    @Option(names = "--name", description = "Name of the stored timeline (default: the file's name, numbered if taken).")
    String name;

    @Override
    public Integer call() {
        Output.only(format, Format.text, Format.json);
        Results.Imported imported;
        try (TimelineStore store = storeOptions.open()) {
            imported = new TimelineService(store).importTimeline(file, name);
        }
        if (json()) {
            Output.json(out(), imported);
            return Main.OK;
        }
        out().println("Stored as timeline '" + imported.name() + "' (" + imported.events() + " events, imported from "
                + imported.file() + ").");
        return Main.OK;
    }
}
