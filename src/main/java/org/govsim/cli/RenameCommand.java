package org.govsim.cli;

import org.govsim.app.Results;
import org.govsim.app.TimelineService;
import org.govsim.timeline.TimelineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "rename", mixinStandardHelpOptions = true,
        description = "Give a timeline a new name. Its events and its branches stay as they are.")
final class RenameCommand extends StoreCommand {

    @Parameters(index = "0", paramLabel = "OLD")
    String oldName;

    @Parameters(index = "1", paramLabel = "NEW")
    String newName;

    @Override
    public Integer call() {
        Results.Timeline renamed;
        try (TimelineStore store = storeOptions.open()) {
            renamed = new TimelineService(store).rename(oldName, newName);
        }
        out().println("Renamed timeline '" + oldName + "' to '" + renamed.name() + "'.");
        return Main.OK;
    }
}
