package org.govsim.cli;

import java.io.PrintWriter;
import java.time.ZoneId;

import org.govsim.app.Results;
import org.govsim.app.TimelineService;
import org.govsim.timeline.TimelineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "story", mixinStandardHelpOptions = true,
        description = "Tell a stored timeline's story again: time, actor, what happened, the rule or policy behind it, "
                + "the source.",
        footer = {"%nExample:", "  govsim story history"})
final class StoryCommand extends ReportCommand {

    @Parameters(index = "0", paramLabel = "TIMELINE")
    String timeline;

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
        out.println(story.title());
        out.println();
        Output.narrative(out, story.lines(), ZoneId.of(story.zone()));
        Output.reportsAndTiers(out, story.checkpoints(), story.tiers(), ZoneId.of(story.zone()));
        return Main.OK;
    }
}
