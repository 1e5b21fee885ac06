package org.govsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.govsim.app.ScenarioLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a scenario, seed world, what-if or experiment file without running or storing anything. "
                + "The kind of file is told by its first field (scenario, organisation, whatif, experiment). A what-if "
                + "is checked for form here; its references are checked against the timeline it forks.")
final class ValidateCommand extends StoreCommand {

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
        ScenarioLibrary.Entry entry = new ScenarioLibrary(storeOptions::open).validate(file);
        out().println(file + ": ok (" + switch (entry.kind()) {
            case "whatif" -> "what-if '" + entry.name() + "': " + entry.summary();
            case "experiment" -> "experiment '" + entry.name() + "': " + entry.summary();
            case "seed" -> "seed world '" + entry.name() + "': " + entry.summary();
            default -> entry.summary();
        } + ")");
        return Main.OK;
    }
}
