package org.govsim.cli;

import org.govsim.app.Results;
import org.govsim.app.TimelineService;
import org.govsim.timeline.TimelineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "delete", mixinStandardHelpOptions = true,
        description = "Delete a branch (a fork) with its events. A timeline of history (a replay, an import) is never "
                + "deleted; a branch with branches of its own only with --recursive.",
        footer = {"%nExample:", "  govsim delete openai-2023-board-crisis-sutskever-stays-away --recursive"})
final class DeleteCommand extends ReportCommand {

    @Parameters(index = "0", paramLabel = "TIMELINE", description = "The branch's name or its id.")
    String timeline;

    @Option(names = "--recursive", description = "Delete the branch's own branches with it.")
    boolean recursive;

    @Override
    public Integer call() {
        Output.only(format, Format.text, Format.json);
        Results.Deleted deleted;
        try (TimelineStore store = storeOptions.open()) {
            deleted = new TimelineService(store).delete(timeline, recursive);
        }
        if (json()) {
            Output.json(out(), deleted);
            return Main.OK;
        }
        for (Results.Timeline t : deleted.timelines()) {
            out().println("Deleted timeline '" + t.name() + "' (" + t.events() + " events, id " + t.id() + ").");
        }
        return Main.OK;
    }
}
