package org.govsim.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsim.narrative.Narrator;
import org.govsim.simulation.Recorded;
import org.govsim.timeline.Diff;
import org.govsim.timeline.Replays;
import org.govsim.timeline.TimelineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare two timelines: common ancestor, first divergence, outcomes side by side, "
                + "and the events only in each.")
final class DiffCommand extends ReportCommand {

    @Parameters(index = "0", paramLabel = "A")
    String a;

    @Parameters(index = "1", paramLabel = "B")
    String b;

    @Override
    public Integer call() {
        Output.only(format, Format.text, Format.json);
        PrintWriter out = out();
        Diff d;
        ZoneId zone;
        try (TimelineStore store = storeOptions.open()) {
            Replays replays = new Replays(store);
            d = Diff.of(store, replays.timeline(a), replays.timeline(b));
            zone = replays.stateAt(d.a(), 1L).zone();
        }
        if (format == Format.json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("a", a);
            doc.put("b", b);
            doc.put("commonAncestor", d.commonAncestor());
            Map<String, Object> div = new LinkedHashMap<>();
            div.put("seq", d.divergenceSeq());
            div.put("timeA", d.divergenceTimeA() == null ? null : Output.iso(d.divergenceTimeA(), zone));
            div.put("timeB", d.divergenceTimeB() == null ? null : Output.iso(d.divergenceTimeB(), zone));
            doc.put("firstDivergence", d.divergenceSeq() == null ? null : div);
            Map<String, Object> table = new LinkedHashMap<>();
            d.table().forEach((k, v) -> table.put(k, Map.of("a", v[0], "b", v[1])));
            doc.put("outcome", table);
            doc.put("onlyInA", Output.narrativeJson(Narrator.tell(d.endOfA(), d.onlyInA()), zone));
            doc.put("onlyInB", Output.narrativeJson(Narrator.tell(d.endOfA(), d.onlyInB()), zone));
            Output.json(out, doc);
            return Main.OK;
        }
        out.println("Common ancestor: " + (d.commonAncestor() == null ? "none" : d.commonAncestor()));
        if (d.divergenceSeq() == null) {
            out.println("The timelines are identical.");
        } else {
            out.println("First divergence at event " + d.divergenceSeq() + ": "
                    + (d.divergenceTimeA() == null ? "(A has ended)" : Output.when(d.divergenceTimeA(), zone)) + " in A, "
                    + (d.divergenceTimeB() == null ? "(B has ended)" : Output.when(d.divergenceTimeB(), zone)) + " in B");
        }
        out.println();
        int width = Math.max(24, Math.max(a.length() + 3, maxWidth(d)));
        int labels = d.table().keySet().stream().mapToInt(String::length).max().orElse(10) + 2;
        out.printf("  %-" + labels + "s %-" + width + "s %s%n", "", "A: " + a, "B: " + b);
        d.table().forEach((k, v) -> out.printf("  %-" + labels + "s %-" + width + "s %s%s%n", k, v[0], v[1],
                v[0].equals(v[1]) ? "" : "   *"));
        printOnly(out, "Only in A", d, d.onlyInA(), zone);
        printOnly(out, "Only in B", d, d.onlyInB(), zone);
        return Main.OK;
    }

    private static int maxWidth(Diff d) {
        int w = 0;
        for (String[] v : d.table().values()) {
            w = Math.max(w, v[0].length());
        }
        return Math.min(w + 2, 60);
    }

    private static void printOnly(PrintWriter out, String title, Diff d, List<Recorded> events, ZoneId zone) {
        List<Narrator.Line> lines = new ArrayList<>(Narrator.tell(d.endOfA(), events));
        out.println();
        out.println(title + " (" + lines.size() + " events worth telling, " + events.size() + " in all):");
        for (Narrator.Line l : lines) {
            out.printf("  %5d  %s  %-18s %s%n", l.seq(), Output.when(l.time(), zone), l.actor(), l.text());
        }
    }
}
