package org.govsim.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;

import org.govsim.app.Results;
import org.govsim.app.TimelineService;
import org.govsim.timeline.TimelineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "timelines", mixinStandardHelpOptions = true, description = "List the stored timelines.",
        footer = {"%nExample:", "  govsim timelines --format mermaid > timelines.mmd"})
final class TimelinesCommand extends StoreCommand {

    @Option(names = "--format", defaultValue = "text", completionCandidates = Formats.TextJsonOrMermaid.class,
            description = "${COMPLETION-CANDIDATES}: a tree of branches, JSON, or a mermaid graph "
                    + "(default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        Output.only(format, Format.text, Format.json, Format.mermaid);
        List<Results.Timeline> all;
        try (TimelineStore store = storeOptions.open()) {
            all = new TimelineService(store).timelines();
        }
        PrintWriter out = out();
        if (format == Format.json) {
            Output.json(out, "timelines", all);
            return Main.OK;
        }
        if (format == Format.mermaid) {
            out.println("graph TD");
            for (Results.Timeline t : all) {
                out.printf("  %s[\"%s<br/>%d events\"]%n", id(t.name()), t.name(), t.events());
            }
            for (Results.Timeline t : all) {
                if (t.parent() != null) {
                    out.printf("  %s -->|\"fork after event %d\"| %s%n", id(t.parent()), t.forkSeq(), id(t.name()));
                }
            }
            return Main.OK;
        }
        if (all.isEmpty()) {
            out.println("No timelines yet. Run: govsim replay scenarios/openai-2023-board-crisis.yaml");
            return Main.OK;
        }
        out.printf("%-48s %-28s %8s  %s%n", "NAME", "SCENARIO", "EVENTS", "CREATED");
        for (Results.Timeline t : all) {
            if (t.parent() == null || all.stream().noneMatch(p -> p.name().equals(t.parent()))) {
                printTree(out, all, t, "");
            }
        }
        return Main.OK;
    }

    private static void printTree(PrintWriter out, List<Results.Timeline> all, Results.Timeline t, String indent) {
        String label = indent + (indent.isEmpty() ? "" : "└─ ") + t.name()
                + (t.parent() != null ? " (after event " + t.forkSeq() + ")" : t.readOnly() ? " (read-only)" : "");
        out.printf("%-48s %-28s %8d  %s%n", label, t.scenario(), t.events(), t.createdAt());
        for (Results.Timeline child : all) {
            if (Objects.equals(t.name(), child.parent())) {
                printTree(out, all, child, indent.isEmpty() ? "  " : indent + "   ");
            }
        }
    }

    private static String id(String name) {
        return "t_" + name.replaceAll("[^A-Za-z0-9_]", "_");
    }
}
