package org.govsim.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.List;

import org.govsim.app.Results;
import org.govsim.app.StoryLine;
import org.govsim.app.TimelineService;
import org.govsim.timeline.TimelineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare two timelines: common ancestor, first divergence, outcomes side by side, "
                + "and the events only in each.",
        footer = {"%nExample:", "  govsim diff history history-sutskever-stays-away --format json"})
final class DiffCommand extends ReportCommand {

    @Parameters(index = "0", paramLabel = "A")
    String a;

    @Parameters(index = "1", paramLabel = "B")
    String b;

    @Override
    public Integer call() {
        Output.only(format, Format.text, Format.json);
        Results.Diff d;
        try (TimelineStore store = storeOptions.open()) {
            d = new TimelineService(store).diff(a, b);
        }
        PrintWriter out = out();
        if (format == Format.json) {
            Output.json(out, d);
            return Main.OK;
        }
        ZoneId zone = ZoneId.of(d.zone());
        out.println("Common ancestor: " + (d.commonAncestor() == null ? "none" : d.commonAncestor()));
        if (d.firstDivergence() == null) {
            out.println("The timelines are identical.");
        } else {
            var div = d.firstDivergence();
            out.println("First divergence at event " + div.seq() + ": "
                    + (div.timeA() == null ? "(A has ended)" : Output.when(div.timeA(), zone)) + " in A, "
                    + (div.timeB() == null ? "(B has ended)" : Output.when(div.timeB(), zone)) + " in B");
        }
        out.println();
        int width = Math.max(24, Math.max(a.length() + 3, maxWidth(d)));
        int labels = d.table().keySet().stream().mapToInt(String::length).max().orElse(10) + 2;
        out.printf("  %-" + labels + "s %-" + width + "s %s%n", "", "A: " + a, "B: " + b);
        d.table().forEach((k, v) -> out.printf("  %-" + labels + "s %-" + width + "s %s%s%n", k, v.a(), v.b(),
                v.a().equals(v.b()) ? "" : "   *"));
        printOnly(out, "Only in A", d.onlyInA(), d.eventsOnlyInA(), zone);
        printOnly(out, "Only in B", d.onlyInB(), d.eventsOnlyInB(), zone);
        return Main.OK;
    }

    private static int maxWidth(Results.Diff d) {
        int w = 0;
        for (Results.Sides<String> v : d.table().values()) {
            w = Math.max(w, v.a().length());
        }
        return Math.min(w + 2, 60);
    }

    private static void printOnly(PrintWriter out, String title, List<StoryLine> lines, int events, ZoneId zone) {
        out.println();
        out.println(title + " (" + lines.size() + " events worth telling, " + events + " in all):");
        for (StoryLine l : lines) {
            out.printf("  %5d  %s  %-18s %s%n", l.seq(), Output.when(l.time(), zone), l.actor(), l.text());
        }
    }
}
