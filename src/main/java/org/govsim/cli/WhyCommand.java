package org.govsim.cli;

import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.govsim.app.CauseChain;
import org.govsim.app.TimelineService;
import org.govsim.timeline.TimelineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "why", mixinStandardHelpOptions = true,
        description = "Follow an event's causes back: the action that produced it, the policy that scheduled that "
                + "action and the event it answered, and so on to the seed world, the script or a what-if.",
        footer = {"%nExample:", "  govsim why history 120"})
final class WhyCommand extends ReportCommand {

    @Parameters(index = "0", paramLabel = "TIMELINE")
    String timeline;

    @Parameters(index = "1", paramLabel = "SEQ", description = "The event to explain.")
    long seq;

    @Override
    public Integer call() {
        Output.only(format, Format.text, Format.json);
        CauseChain chain;
        try (TimelineStore store = storeOptions.open()) {
            chain = new TimelineService(store).why(timeline, seq);
        }
        PrintWriter out = out();
        if (format == Format.json) {
            Output.json(out, chain);
            return Main.OK;
        }
        out.println("Why event " + chain.seq() + " of '" + chain.timeline() + "' happened, back to what the scenario gives:");
        ZoneId zone = ZoneId.of(chain.zone());
        for (CauseChain.Link l : chain.links()) {
            out.printf("%5d  %s  %-18s %s%n", l.seq(), Output.when(OffsetDateTime.parse(l.time()).toInstant(), zone), l.actor(),
                    l.text());
            out.printf("%5s  %s%n", "", l.how());
        }
        return Main.OK;
    }
}
