package org.govsim.cli;

import org.govsim.app.Results;
import org.govsim.app.TimelineService;
import org.govsim.timeline.TimelineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "rename", mixinStandardHelpOptions = true,
        description = "Give a timeline a new name. Its events and its branches stay as they are.",
        footer = {"%nExample:", "  govsim rename openai-2023-board-crisis history"})
final class RenameCommand extends ReportCommand {

    @Parameters(index = "0", paramLabel = "OLD")
    String oldName;

    @Parameters(index = "1", paramLabel = "NEW")
    String newName;

    @Override
    public Integer call() {
        Output.only(format, Format.text, Format.json);
        Results.Timeline renamed;
        try (TimelineStore store = storeOptions.open()) {
            renamed = new TimelineService(store).rename(oldName, newName);
        }
        if (json()) {
            Output.json(out(), renamed);
            return Main.OK;
        }
        out().println("Renamed timeline '" + oldName + "' to '" + renamed.name() + "'.");
        return Main.OK;
    }
}
