package org.govsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        var checkpoints = ScenarioLoader.checkpoints(scenario);
        Replays.Replay replay;
        try (TimelineStore store = storeOptions.open()) {
            replay = new Replays(store).replay(scenario, name);
        }
        List<Recorded> events = replay.events();
        ZoneId zone = Narrator.zone(events);
        List<Narrator.Line> lines = Narrator.tell(events);
        World end = new World();
        events.forEach(end::apply);
        List<Map<String, Object>> comparison = compare(checkpoints, events, zone);
        if (format == Format.json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("timeline", replay.timeline().name());
            doc.put("events", events.size());
            doc.put("narrative", Output.narrativeJson(lines, zone));
            doc.put("checkpoints", comparison);
            doc.put("outcome", Summary.of(end));
            Output.json(out, doc);
        } else {
            out.println(replay.timeline().title());
            out.println();
            Output.narrative(out, lines, zone);
            if (!comparison.isEmpty()) {
                out.println();
                out.println("Reported figures against the run:");
                for (Map<String, Object> c : comparison) {
                    out.printf("  %s  reported %4d  model %4d  (%+.1f%%)  source %s%n", c.get("at"), c.get("reported"),
                            c.get("model"), c.get("deviationPercent"), c.get("source"));
                }
            }
            out.println();
            out.println("Stored as timeline '" + replay.timeline().name() + "' (" + events.size() + " events).");
        }
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
            doc.put("narrative", Output.narrativeJson(lines, zone));
            doc.put("outcome", org.govsim.model.Outcome.of(events).rows());
            Output.json(out, doc);
        } else {
            Output.narrative(out, lines, zone);
            out.println();
            out.println("Run " + run + " of sweep " + fromSweep + " stored as timeline '" + kept.name() + "' ("
                    + events.size() + " events).");
        }
        return Main.OK;
    }

    /** Signatures in the run at each reported time, against the reported count. */
    static List<Map<String, Object>> compare(List<ScenarioLoader.Checkpoint> checkpoints, List<Recorded> events, ZoneId zone) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ScenarioLoader.Checkpoint c : checkpoints) {
            int model = 0;
            for (Recorded r : events) {
                if (r.time().isAfter(c.at())) {
                    break;
                }
                if (r.event() instanceof LetterSigned s) {
                    model = s.signatures();
                }
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("at", Output.when(c.at(), zone));
            m.put("reported", c.signatures());
            m.put("model", model);
            m.put("deviationPercent", Math.round(1000.0 * (model - c.signatures()) / c.signatures()) / 10.0);
            m.put("source", c.source());
            out.add(m);
        }
        return out;
    }
}
