package org.govsim.cli;

import java.io.PrintWriter;
import java.util.List;

import org.govsim.app.Results;
import org.govsim.app.TimelineService;
import org.govsim.timeline.TimelineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a timeline's events, one a line: seq, time, aggregate, type, revision, payload, cause, "
                + "source, action (the step it belongs to).",
        footer = {"%nExample:", "  govsim export history --format jsonl > history.jsonl"})
final class ExportCommand extends StoreCommand {

    @Parameters(index = "0", paramLabel = "TIMELINE")
    String timeline;

    @Option(names = "--format", required = true, completionCandidates = Formats.JsonlOrCsv.class,
            description = "${COMPLETION-CANDIDATES}.")
    Format format;

    @Override
    public Integer call() {
        Output.only(format, Format.jsonl, Format.csv);
        List<Results.ExportedEvent> events;
        try (TimelineStore store = storeOptions.open()) {
            events = new TimelineService(store).export(timeline);
        }
        PrintWriter out = out();
        if (format == Format.csv) {
            out.println("seq,time,aggregate,type,revision,payload,cause,source");
        }
        for (Results.ExportedEvent e : events) {
            if (format == Format.jsonl) {
                out.println(Output.compactJson(e));
            } else {
                out.println(String.join(",", String.valueOf(e.seq()), e.time(), csv(e.aggregate()), csv(e.type()),
                        e.revision(), csv(Output.compactJson(e.payload())), csv(e.cause()), csv(e.source())));
            }
        }
        return Main.OK;
    }

    private static String csv(String s) {
        if (s == null) {
            return "";
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
