package org.govsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsim.app.Results;
import org.govsim.app.StoryLine;
import org.govsim.app.TimelineService;
import org.govsim.experiment.Sweep;
import org.govsim.model.Summary;
import org.govsim.narrative.Narrator;
import org.govsim.scenario.ExperimentFile;
import org.govsim.scenario.InputException;
import org.govsim.scenario.ScenarioLoader;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;
import org.govsim.timeline.Replays;
import org.govsim.timeline.TimelineInfo;
import org.govsim.timeline.TimelineStore;
import org.govsim.workforce.WorkforceEvents.LetterSigned;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Run a scenario, store it as a timeline and tell its story: time, actor, what happened, "
                + "the rule or policy behind it, the source.")
final class ReplayCommand extends ReportCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "The scenario file (YAML).")
    Path scenario;

    @Option(names = "--from-sweep", paramLabel = "DIR", description = "Replay one run of a sweep (with --run) exactly as "
            + "the sweep computed it, and store it.")
    Path fromSweep;

    @Option(names = "--run", paramLabel = "N", description = "The run of the sweep to replay.")
    Integer run;

    @Option(names = "--name", description = "Name of the stored timeline (default: the scenario's id, numbered if taken).")
    String name;

    @Override
    public Integer call() throws java.io.IOException {
        Output.only(format, Format.text, Format.json);
        PrintWriter out = out();
        if ((scenario == null) == (fromSweep == null)) {
            throw new InputException("SCENARIO", 0, "scenario", "give a scenario file, or --from-sweep DIR --run N");
        }
        if (fromSweep != null) {
            return fromSweep(out);
        }
        Results.Replay replay;
        try (TimelineStore store = storeOptions.open()) {
            replay = new TimelineService(store).replay(scenario, name);
        }
        if (format == Format.json) {
            Output.json(out, replay);
            return Main.OK;
        }
        ZoneId zone = ZoneId.of(replay.zone());
        out.println(replay.title());
        out.println();
        Output.narrative(out, replay.narrative(), zone);
        if (!replay.checkpoints().isEmpty()) {
            out.println();
            out.println("Reported figures against the run:");
            for (Results.Checkpoint c : replay.checkpoints()) {
                out.printf("  %s  reported %4d  model %4d  (%+.1f%%)  source %s%n", Output.when(c.at(), zone), c.reported(),
                        c.model(), c.deviationPercent(), c.source());
            }
        }
        out.println();
        out.println("Stored as timeline '" + replay.timeline() + "' (" + replay.events() + " events).");
        return Main.OK;
    }

    private int fromSweep(PrintWriter out) throws java.io.IOException {
        if (run == null) {
            throw new InputException("--run", 0, "run", "--from-sweep needs --run N");
        }
        Sweep sweep = Sweep.prepare(ExperimentFile.load(Sweep.experimentOf(fromSweep)), storeOptions::open);
        sweep.checkSameInputs(fromSweep);
        TimelineInfo kept;
        List<Recorded> events;
        try (TimelineStore store = storeOptions.open()) {
            kept = sweep.keep(store, run, name);
            events = store.events(kept);
        }
        ZoneId zone = Narrator.zone(events);
        List<Narrator.Line> lines = Narrator.tell(events);
        if (format == Format.json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("timeline", kept.name());
            doc.put("events", events.size());
            doc.put("narrative", StoryLine.of(lines, zone));
            doc.put("outcome", org.govsim.model.Outcome.of(events).rows());
            Output.json(out, doc);
        } else {
            Output.narrative(out, StoryLine.of(lines, zone), zone);
            out.println();
            out.println("Run " + run + " of sweep " + fromSweep + " stored as timeline '" + kept.name() + "' ("
                    + events.size() + " events).");
        }
        return Main.OK;
    }
}
