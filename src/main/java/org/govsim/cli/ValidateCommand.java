package org.govsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.govsim.app.ScenarioLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a scenario, seed world, what-if or experiment file without running or storing anything. "
                + "The kind of file is told by its first field (scenario, organisation, whatif, experiment, calibration). A what-if "
                + "is checked as fork would check it (its fork point, people, steps and settings) against the timeline "
                + "named by --timeline, else against a replay in memory of the scenario its 'scenario' field names.",
        footer = {"%nExample:", "  govsim validate scenarios/experiments/quorum-and-notice.yaml"})
final class ValidateCommand extends ReportCommand {

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--timeline", paramLabel = "TIMELINE",
            description = "The stored timeline a what-if forks; its references are checked there.")
    String timeline;

    @Override
    public Integer call() {
        Output.only(format, Format.text, Format.json);
        ScenarioLibrary.Entry entry = new ScenarioLibrary(storeOptions::open).validate(file, timeline);
        if (json()) {
            Output.json(out(), entry);
            return Main.OK;
        }
        out().println(file + ": ok (" + switch (entry.kind()) {
            case "whatif" -> "what-if '" + entry.name() + "': " + entry.summary();
            case "experiment" -> "experiment '" + entry.name() + "': " + entry.summary();
            case "calibration" -> "calibration '" + entry.name() + "': " + entry.summary();
            case "seed" -> "seed world '" + entry.name() + "': " + entry.summary();
            default -> entry.summary();
        } + ")");
        if (entry.kind().equals("whatif") && entry.checkedAgainst() == null) {
            err().println("note: the what-if's fork point, people, steps and settings were not checked; name the "
                    + "scenario it forks in its 'scenario' field, or a stored timeline with --timeline");
        }
        return Main.OK;
    }
}
