package org.govsim.cli;

import java.io.PrintWriter;
import java.time.ZoneId;

import org.govsim.app.Results;
import org.govsim.app.TimelineService;
import org.govsim.timeline.TimelineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "story", mixinStandardHelpOptions = true,
        description = "Tell a stored timeline's story again: time, actor, what happened, the rule or policy behind it, "
                + "the source.",
        footer = {"%nExample:", "  govsim story history"})
final class StoryCommand extends ReportCommand {

    @Parameters(index = "0", paramLabel = "TIMELINE")
    String timeline;

    @Option(names = "--verbose", description = "Tell every event in full, every tally of the letter included; without "
            + "it the story folds running counts into their milestones and a board act's changes into the act.")
    boolean verbose;

    @Override
    public Integer call() {
        Output.only(format, Format.text, Format.json);
        Results.Story story;
        try (TimelineStore store = storeOptions.open()) {
            story = new TimelineService(store).story(timeline);
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
}
