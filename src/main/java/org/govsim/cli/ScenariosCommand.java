package org.govsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.govsim.app.ScenarioLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "scenarios", mixinStandardHelpOptions = true,
        description = "List the scenarios, what-ifs and experiments under a directory, each checked, with its question "
                + "or title.",
        footer = {"%nExample:", "  govsim scenarios scenarios --format json"})
final class ScenariosCommand extends ReportCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "scenarios",
            description = "Where to look (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Override
    public Integer call() {
        Output.only(format, Format.text, Format.json);
        List<ScenarioLibrary.Entry> entries = new ScenarioLibrary(storeOptions::open).list(dir);
        PrintWriter out = out();
        if (format == Format.json) {
            Output.json(out, "entries", entries);
            return Main.OK;
        }
        for (ScenarioLibrary.Entry e : entries) {
            out.printf("%-11s %s%n%-11s   %s%n", e.kind(), e.file(), "", e.summary());
        }
        return Main.OK;
    }
}
