package org.govsim.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsim.narrative.Narrator;
import org.govsim.simulation.Recorded;
import org.govsim.timeline.Replays;
import org.govsim.timeline.TimelineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a timeline's events, one a line: seq, time, aggregate, type, payload, cause, source.")
final class ExportCommand extends StoreCommand {

    @Parameters(index = "0", paramLabel = "TIMELINE")
    String timeline;

    @Option(names = "--format", required = true, description = "jsonl or csv.")
    Format format;

    @Override
    public Integer call() {
        Output.only(format, Format.jsonl, Format.csv);
        PrintWriter out = out();
        List<Recorded> events;
        try (TimelineStore store = storeOptions.open()) {
            Replays replays = new Replays(store);
            events = replays.events(replays.timeline(timeline));
        }
        ZoneId zone = Narrator.zone(events);
        if (format == Format.csv) {
            out.println("seq,time,aggregate,type,payload,cause,source");
        }
        for (Recorded r : events) {
            String time = Output.iso(r.time(), zone);
            if (format == Format.jsonl) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("seq", r.seq());
                m.put("time", time);
                m.put("aggregate", r.aggregate());
                m.put("type", r.type());
                m.put("payload", r.event());
                m.put("cause", r.cause());
                m.put("source", r.source());
                out.println(Output.compactJson(m));
            } else {
                out.println(String.join(",", String.valueOf(r.seq()), time, csv(r.aggregate()), csv(r.type()),
                        csv(Output.compactJson(r.event())), csv(r.cause()), csv(r.source())));
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
