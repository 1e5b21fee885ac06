package org.govsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.govsim.app.CaseLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "cases", mixinStandardHelpOptions = true,
        description = "List the historical cases under a directory, latest first: what each is about, when and where it "
                + "runs, the questions of its what-ifs and its decision points (who decides what).",
        footer = {"%nExample:", "  govsim cases", "  govsim cases scenarios --format json"})
final class CasesCommand extends ReportCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "scenarios",
            description = "Where to look (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Override
    public Integer call() {
        Output.only(format, Format.text, Format.json);
        if (!java.nio.file.Files.isDirectory(dir)) {
            throw org.govsim.scenario.InputException.request("dir", dir + " is not a directory");
        }
        List<CaseLibrary.CaseGuide> guides = CaseLibrary.read(dir).guides();
        PrintWriter out = out();
        if (guides.isEmpty() && format != Format.json) {
            out.printf("No cases under %s (a case is a scenario file with a 'scenario' field).%n", dir);
            return Main.OK;
        }
        if (format == Format.json) {
            Output.json(out, "cases", guides);
            return Main.OK;
        }
        for (CaseLibrary.CaseGuide g : guides) {
            CaseLibrary.Case c = g.about();
            out.printf("%s  (%s)%n", c.title(), c.id());
            out.printf("  %s to %s, %s; %s%n", c.start(), c.end(), c.zone(), c.file());
            if (!c.description().isBlank()) {
                out.printf("  %s%n", c.description());
            }
            for (CaseLibrary.Decision d : g.decisions()) {
                out.printf("  decide (%s, %s): %s%n", d.decides(), d.id(), d.question());
            }
            for (CaseLibrary.WhatIf w : g.whatifs()) {
                out.printf("  what if: %s (%s)%n", w.question(), w.name());
            }
            out.println();
        }
        return Main.OK;
    }
}
