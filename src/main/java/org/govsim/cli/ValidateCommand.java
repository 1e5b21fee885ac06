package org.govsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.govsim.app.ScenarioLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a scenario, seed world, what-if or experiment file without running or storing anything. "
                + "The kind of file is told by its first field (scenario, organisation, whatif, experiment). A what-if "
                + "is checked for form here; its references are checked against the timeline it forks.",
        footer = {"%nExample:", "  govsim validate scenarios/experiments/quorum-and-notice.yaml"})
final class ValidateCommand extends ReportCommand {

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
        Output.only(format, Format.text, Format.json);
        ScenarioLibrary.Entry entry = new ScenarioLibrary(storeOptions::open).validate(file);
        if (json()) {
            Output.json(out(), entry);
            return Main.OK;
        }
        out().println(file + ": ok (" + switch (entry.kind()) {
            case "whatif" -> "what-if '" + entry.name() + "': " + entry.summary();
            case "experiment" -> "experiment '" + entry.name() + "': " + entry.summary();
            case "seed" -> "seed world '" + entry.name() + "': " + entry.summary();
            default -> entry.summary();
        } + ")");
        return Main.OK;
    }
}
