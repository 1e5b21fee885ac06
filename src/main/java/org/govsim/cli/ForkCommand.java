package org.govsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.govsim.narrative.Narrator;
import org.govsim.scenario.WhatIfFile;
import org.govsim.timeline.Forks;
import org.govsim.timeline.Replays;
import org.govsim.timeline.TimelineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "fork", mixinStandardHelpOptions = true,
        description = "Branch a timeline at an event, apply a what-if, and let the actors play on. The branch shares "
                + "the parent's events up to the fork point and stores only its own.")
final class ForkCommand extends ReportCommand {

    @Parameters(index = "0", paramLabel = "TIMELINE")
    String timeline;

    @Option(names = "--at", paramLabel = "SEQ", description = "Fork after this event (moved to the end of its step).")
    Long at;

    @Option(names = "--at-time", paramLabel = "ISO", description = "Fork after the last event at or before this time.")
    String atTime;

    @Option(names = "--whatif", paramLabel = "FILE", description = "The what-if to apply (it may name the fork point).")
    Path whatIf;

    @Option(names = "--name", description = "Name of the branch (default: parent-whatif, numbered if taken).")
    String name;

    @Option(names = "--dry-run", description = "Run the branch in memory, print the result, store nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        Output.only(format, Format.text, Format.json);
        PrintWriter out = out();
        WhatIfFile file = whatIf == null ? null : WhatIfFile.load(whatIf);
        Forks.Branch branch;
        java.time.ZoneId zone;
        try (TimelineStore store = storeOptions.open()) {
            Replays replays = new Replays(store);
            zone = replays.stateAt(replays.timeline(timeline), 1L).zone();
            branch = new Forks(store).fork(timeline, at, atTime == null ? null : Output.time(atTime, zone), file, name, dryRun);
        }
        if (format == Format.json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("timeline", branch.timeline().name());
            doc.put("stored", branch.stored());
            doc.put("parent", branch.timeline().parentName());
            doc.put("forkSeq", branch.forkSeq());
            doc.put("forkTime", Output.iso(branch.forkTime(), zone));
            doc.put("whatif", file == null ? null : file.name());
            doc.put("note", branch.note());
            doc.put("events", branch.timeline().events());
            doc.put("outcome", branch.outcome().rows());
            doc.put("narrative", Output.narrativeJson(Narrator.tell(branch.end(), branch.ownEvents()), zone));
            Output.json(out, doc);
            return Main.OK;
        }
        out.println((branch.stored() ? "Branch '" + branch.timeline().name() + "'" : "Dry run (nothing stored)")
                + " of '" + timeline + "' after event " + branch.forkSeq() + " (" + Output.when(branch.forkTime(), zone) + ")"
                + (file == null ? "" : ": " + file.question()));
        if (branch.note() != null) {
            out.println("Note: " + branch.note());
        }
        out.println();
        Output.narrative(out, Narrator.tell(branch.end(), branch.ownEvents()), zone);
        out.println();
        out.println("Outcome:");
        int labels = branch.outcome().rows().keySet().stream().mapToInt(String::length).max().orElse(10) + 2;
        branch.outcome().rows().forEach((k, v) -> out.printf("  %-" + labels + "s %s%n", k, v));
        return Main.OK;
    }
}
