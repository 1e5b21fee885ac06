package org.govsim.cli;

import java.io.PrintWriter;
import java.time.ZoneId;

import org.govsim.app.Results;
import org.govsim.app.TimelineService;
import org.govsim.timeline.TimelineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", aliases = "story", mixinStandardHelpOptions = true,
        description = "Tell a stored timeline's story again: time, actor, what happened, the rule or policy behind it, "
                + "the source; all of it, or the lines of a stretch of time, an actor or a provenance tier.",
        footer = {"%nExamples:", "  govsim show history",
                "  govsim show history --actor workforce --from 2023-11-19T00:00 --to 2023-11-21T00:00",
                "  govsim show history --tier reported --verbose"})
final class ShowCommand extends ReportCommand {

    @Parameters(index = "0", paramLabel = "TIMELINE")
    String timeline;

    @Option(names = "--verbose", description = "Tell every event in full, every tally of the letter included; without "
            + "it the story folds running counts into their milestones and a board act's changes into the act.")
    boolean verbose;

    @Option(names = "--from", paramLabel = "TIME", description = "Only lines at or after TIME (ISO, e.g. "
            + "2023-11-20T09:00, in the case's time zone unless it gives an offset).")
    String from;

    @Option(names = "--to", paramLabel = "TIME", description = "Only lines at or before TIME (as --from).")
    String to;

    @Option(names = "--actor", paramLabel = "ACTOR", description = "Only the lines of one actor: board, ceo, workforce, "
            + "an investor's id (as the verbose story and the JSON name them).")
    String actor;

    @Option(names = "--tier", paramLabel = "TIER", completionCandidates = Tiers.class,
            description = "Only the lines of one provenance tier: ${COMPLETION-CANDIDATES}.")
    String tier;

    @Override
    public Integer call() {
        Output.only(format, Format.text, Format.json);
        Results.Story story;
        try (TimelineStore store = storeOptions.open()) {
            story = new TimelineService(store).story(new TimelineService.StoryQuery(timeline, from, to, actor, tier));
        }
        PrintWriter out = out();
        if (format == Format.json) {
            Output.json(out, story);
            return Main.OK;
        }
        int width = Output.width(System.getenv());
        Output.heading(out, story.title(), story.lines(), ZoneId.of(story.zone()), verbose, width);
        out.println();
        Output.narrative(out, story.lines(), ZoneId.of(story.zone()), verbose, width);
        Output.reportsAndTiers(out, story.checkpoints(), story.tiers(), ZoneId.of(story.zone()), width);
        return Main.OK;
    }

    /** The provenance tiers by label, for help and completion. */
    static final class Tiers implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return TimelineService.StoryQuery.TIERS.iterator();
        }
    }
}
