package org.govsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.govsim.app.Results;
import org.govsim.app.TimelineService;
import org.govsim.timeline.TimelineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "fork", mixinStandardHelpOptions = true,
        description = "Branch a timeline at an event, apply a what-if, and let the actors play on. The branch shares "
                + "the parent's events up to the fork point and stores only its own.",
        footer = {"%nExamples:", "  govsim fork history --whatif scenarios/what-if/openai-2023/sutskever-stays-away.yaml",
                "  govsim fork history --whatif scenarios/what-if/openai-2023/no-microsoft-offer.yaml --dry-run --check"})
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

    @Option(names = "--verbose", description = "Tell every event of the branch in full, every tally included.")
    boolean verbose;

    @Option(names = "--dry-run", description = "Run the branch in memory, print the result, store nothing.")
    boolean dryRun;

    @Option(names = "--check", description = "Hold the what-if's expect block against the branch's outcome and say "
            + "which expectations held; exit 3 when one did not.")
    boolean check;

    @Override
    public Integer call() {
        Output.only(format, Format.text, Format.json);
        Results.Fork branch;
        try (TimelineStore store = storeOptions.open()) {
            branch = new TimelineService(store).fork(new TimelineService.ForkRequest(timeline, at, atTime, whatIf, name,
                    dryRun, check));
        }
        int code = branch.check() == null || branch.check().held() ? Main.OK : Main.EXPECTATIONS_FAILED;
        PrintWriter out = out();
        if (format == Format.json) {
            Output.json(out, branch);
            err().println(branch.stored() ? "Stored as branch '" + branch.timeline() + "' (" + branch.events() + " events)."
                    : "Dry run: nothing stored.");
            return code;
        }
        ZoneId zone = ZoneId.of(branch.zone());
        out.println((branch.stored() ? "Branch '" + branch.timeline() + "'" : "Dry run (nothing stored)")
                + " of '" + timeline + "' after event " + branch.forkSeq() + " (" + Output.when(branch.forkTime(), zone) + ")"
                + (branch.question() == null ? "" : ": " + branch.question()));
        if (branch.note() != null) {
            out.println("Note: " + branch.note());
        }
        int width = Output.width(System.getenv());
        if (!verbose) {
            Output.wrap(Output.timesNote(branch.narrative(), zone), width).forEach(out::println);
        }
        out.println();
        Output.narrative(out, branch.narrative(), zone, verbose, width);
        out.println();
        out.println("Outcome:");
        Map<String, String> table = branch.outcome().table();
        int labels = table.keySet().stream().mapToInt(String::length).max().orElse(10) + 2;
        table.forEach((k, v) -> out.printf("  %-" + labels + "s %s%n", k, v));
        List<String> notice = branch.thingsToNotice();
        if (!notice.isEmpty()) {
            out.println();
            out.println("Things to notice:");
            for (String item : notice) {
                List<String> rows = Output.wrap(item, Math.max(20, width - 4));
                out.println("  - " + rows.get(0));
                rows.subList(1, rows.size()).forEach(r -> out.println("    " + r));
            }
        }
        if (branch.check() != null) {
            out.println();
            out.println("Expectations of the what-if: " + (branch.check().held() ? "all held" : "not all held"));
            for (Results.Expectation e : branch.check().expectations()) {
                out.printf("  %-5s %-16s expected %s, found %s%n", e.held() ? "held" : "FAIL", e.field(), e.expected(),
                        e.actual() == null ? "none" : e.actual());
            }
        }
        return code;
    }
}
