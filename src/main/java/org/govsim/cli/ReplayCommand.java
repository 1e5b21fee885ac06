package org.govsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;

import org.govsim.app.BundledLibrary;
import org.govsim.app.ExperimentService;
import org.govsim.app.Results;
import org.govsim.app.TimelineService;
import org.govsim.scenario.InputException;
import org.govsim.timeline.TimelineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Run a scenario, store it as a timeline and tell its story: time, actor, what happened, "
                + "the rule or policy behind it, the source.",
        footer = {"%nExamples:", "  govsim replay scenarios/openai-2023-board-crisis.yaml --name history",
                "  govsim replay --from-sweep out/quorum --run 7 --format json"})
final class ReplayCommand extends ReportCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "The scenario file (YAML), or the "
            + "name of a case shipped with govsim (e.g. openai-2023-board-crisis) when no such file exists.")
    Path scenario;

    @Option(names = "--from-sweep", paramLabel = "DIR", description = "Replay one run of a sweep (with --run) exactly as "
            + "the sweep computed it, and store it.")
    Path fromSweep;

    @Option(names = "--run", paramLabel = "N", description = "The run of the sweep to replay.")
    Integer run;

    @Option(names = "--name", description = "Name of the stored timeline (default: the scenario's id, numbered if taken).")
    String name;

    @Option(names = "--verbose", description = "Tell every event in full, every tally of the letter included; without "
            + "it the story folds running counts into their milestones and a board act's changes into the act.")
    boolean verbose;

    @Override
    public Integer call() {
        Output.only(format, Format.text, Format.json);
        PrintWriter out = out();
        if ((scenario == null) == (fromSweep == null)) {
            throw new InputException("SCENARIO", 0, "scenario", "give a scenario file, or --from-sweep DIR --run N");
        }
        if (fromSweep != null) {
            return fromSweep(out);
        }
        if (run != null) {
            // a scenario has one run: silently ignoring the number would store a timeline the user did not ask for
            throw InputException.request("run", "--run picks a run of a sweep and goes with --from-sweep DIR");
        }
        Results.Replay replay;
        Path file = shippedCaseOr(scenario);
        try (TimelineStore store = storeOptions.open()) {
            replay = new TimelineService(store).replay(file, name);
        }
        if (format == Format.json) {
            Output.json(out, replay);
            err().println("Stored as timeline '" + replay.timeline() + "' (" + replay.events() + " events).");
            return Main.OK;
        }
        ZoneId zone = ZoneId.of(replay.zone());
        int width = Output.width(System.getenv());
        Output.heading(out, replay.title(), replay.narrative(), zone, verbose, width);
        out.println();
        Output.narrative(out, replay.narrative(), zone, verbose, width);
        Output.reportsAndTiers(out, replay.checkpoints(), replay.tiers(), zone, width);
        out.println();
        out.println("Stored as timeline '" + replay.timeline() + "' (" + replay.events() + " events).");
        return Main.OK;
    }

    /** The file given, or, when there is none by that name, the shipped case of that name (the jar alone replays). */
    static Path shippedCaseOr(Path scenario) {
        if (java.nio.file.Files.exists(scenario) || scenario.getNameCount() != 1
                || !scenario.toString().matches("[a-z0-9][a-z0-9-]*")) {
            return scenario;
        }
        Path shipped = BundledLibrary.scenarios().resolve(scenario + ".yaml");
        return java.nio.file.Files.isRegularFile(shipped) ? shipped : scenario;
    }

    private int fromSweep(PrintWriter out) {
        if (run == null) {
            throw InputException.request("run", "a run of a sweep needs its number");
        }
        ExperimentService.KeptRun kept = new ExperimentService(storeOptions.database(), storeOptions::open)
                .keepRun(fromSweep, run, name);
        if (format == Format.json) {
            Output.json(out, kept);
            err().println("Run " + run + " of sweep " + fromSweep + " stored as timeline '" + kept.timeline() + "' ("
                    + kept.events() + " events).");
            return Main.OK;
        }
        Output.narrative(out, kept.narrative(), ZoneId.of(kept.zone()), verbose, Output.width(System.getenv()));
        out.println();
        out.println("Run " + run + " of sweep " + fromSweep + " stored as timeline '" + kept.timeline() + "' ("
                + kept.events() + " events).");
        return Main.OK;
    }
}
