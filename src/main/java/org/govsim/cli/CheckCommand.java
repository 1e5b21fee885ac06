package org.govsim.cli;

import java.io.PrintWriter;
import java.time.ZoneId;

import org.govsim.app.CheckReport;
import org.govsim.app.TimelineService;
import org.govsim.timeline.TimelineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Read a stored timeline and report every line that contradicts its own branch: an offer that was "
                + "never made, a person called by an office they do not hold, a return that did not happen, an approach "
                + "to a new CEO after one accepted, an act on a seat or office nobody held. Exit 3 when any is found.",
        footer = {"%nExample:", "  govsim check openai-2023-board-crisis-no-microsoft-offer"})
final class CheckCommand extends ReportCommand {

    @Parameters(index = "0", paramLabel = "TIMELINE")
    String timeline;

    @Override
    public Integer call() {
        Output.only(format, Format.text, Format.json);
        CheckReport report;
        try (TimelineStore store = storeOptions.open()) {
            report = new TimelineService(store).check(timeline);
        }
        int code = report.contradictions().isEmpty() ? Main.OK : Main.EXPECTATIONS_FAILED;
        PrintWriter out = out();
        if (json()) {
            Output.json(out, report);
            return code;
        }
        ZoneId zone = ZoneId.of(report.zone());
        for (CheckReport.Found f : report.contradictions()) {
            out.printf("%5d  %s  %s: %s%n       %s%n", f.seq(), Output.when(f.time(), zone), f.rule(), f.why(), f.line());
        }
        out.println(report.contradictions().isEmpty()
                ? "No contradictions in '" + report.timeline() + "' (" + report.events() + " events)."
                : report.contradictions().size() + " contradiction" + (report.contradictions().size() == 1 ? "" : "s")
                        + " in '" + report.timeline() + "' (" + report.events() + " events).");
        return code;
    }
}
