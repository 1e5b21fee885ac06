package org.govsim.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsim.timeline.Replays;
import org.govsim.timeline.TimelineInfo;
import org.govsim.timeline.TimelineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "timelines", mixinStandardHelpOptions = true, description = "List the stored timelines.")
final class TimelinesCommand extends StoreCommand {

    @Option(names = "--format", defaultValue = "text",
            description = "text (a tree of branches), json or mermaid (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        Output.only(format, Format.text, Format.json, Format.mermaid);
        PrintWriter out = out();
        List<TimelineInfo> all;
        try (TimelineStore store = storeOptions.open()) {
            all = new Replays(store).list();
        }
        if (format == Format.json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (TimelineInfo t : all) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", t.id());
                m.put("name", t.name());
                m.put("scenario", t.scenario());
                m.put("title", t.title());
                m.put("seed", t.seed());
                m.put("events", t.events());
                m.put("parent", t.parentName());
                m.put("forkSeq", t.isBranch() ? t.forkSeq() : null);
                m.put("forkTime", t.forkTime() == null ? null : t.forkTime().toString());
                m.put("whatif", t.whatIf());
                m.put("readOnly", t.readOnly());
                m.put("createdAt", t.createdAt().toString());
                rows.add(m);
            }
            Output.json(out, rows);
            return Main.OK;
        }
        if (format == Format.mermaid) {
            out.println("graph TD");
            for (TimelineInfo t : all) {
                out.printf("  %s[\"%s<br/>%d events\"]%n", id(t.name()), t.name(), t.events());
            }
            for (TimelineInfo t : all) {
                if (t.isBranch()) {
                    out.printf("  %s -->|\"fork after event %d\"| %s%n", id(t.parentName()), t.forkSeq(), id(t.name()));
                }
            }
            return Main.OK;
        }
        if (all.isEmpty()) {
            out.println("No timelines yet. Run: govsim replay scenarios/openai-2023-board-crisis.yaml");
            return Main.OK;
        }
        out.printf("%-48s %-28s %8s  %s%n", "NAME", "SCENARIO", "EVENTS", "CREATED");
        for (TimelineInfo t : all) {
            if (!t.isBranch() || all.stream().noneMatch(p -> p.id().equals(t.parentId()))) {
                printTree(out, all, t, "");
            }
        }
        return Main.OK;
    }

    private static void printTree(PrintWriter out, List<TimelineInfo> all, TimelineInfo t, String indent) {
        String label = indent + (indent.isEmpty() ? "" : "└─ ") + t.name()
                + (t.isBranch() ? " (after event " + t.forkSeq() + ")" : t.readOnly() ? " (read-only)" : "");
        out.printf("%-48s %-28s %8d  %s%n", label, t.scenario(), t.events(), t.createdAt());
        for (TimelineInfo child : all) {
            if (t.id().equals(child.parentId())) {
                printTree(out, all, child, indent.isEmpty() ? "  " : indent + "   ");
            }
        }
    }

    private static String id(String name) {
        return "t_" + name.replaceAll("[^A-Za-z0-9_]", "_");
    }
}
