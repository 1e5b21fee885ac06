package org.govsim.cli;

import org.govsim.timeline.TimelineInfo;
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
        TimelineInfo renamed;
        try (TimelineStore store = storeOptions.open()) {
            renamed = store.rename(oldName, newName);
        }
        out().println("Renamed timeline '" + oldName + "' to '" + renamed.name() + "'.");
        return Main.OK;
    }
}
