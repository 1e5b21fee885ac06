package org.govsim.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

import org.govsim.investor.Investor;
import org.govsim.model.GovernanceModel;
import org.govsim.model.Summary;
import org.govsim.scenario.InputException;
import org.govsim.simulation.World;
import org.govsim.timeline.Replays;
import org.govsim.timeline.StateView;
import org.govsim.timeline.TimelineInfo;
import org.govsim.timeline.TimelineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "state", mixinStandardHelpOptions = true,
        description = "Every actor's state after an event of a timeline (default: its last event).")
final class StateCommand extends ReportCommand {

    @Parameters(index = "0", paramLabel = "TIMELINE")
    String timeline;

    @Option(names = "--at", paramLabel = "SEQ", description = "After this event (1-based).")
    Long at;

    @Option(names = "--at-time", paramLabel = "ISO", description = "After the last event at or before this simulated time, "
            + "e.g. 2023-11-20T09:00 (in the scenario's time zone) or 2023-11-20T09:00-08:00.")
    String atTime;

    @Override
    public Integer call() {
        Output.only(format, Format.text, Format.json);
        if (at != null && atTime != null) {
            throw new InputException("--at", 0, "at", "give --at or --at-time, not both");
        }
        PrintWriter out = out();
        World world;
        try (TimelineStore store = storeOptions.open()) {
            Replays replays = new Replays(store);
            TimelineInfo info = replays.timeline(timeline);
            world = atTime == null ? replays.stateAt(info, at) : replays.stateAtTime(info, Output.time(atTime, replays.stateAt(info, 1L).zone()));
        }
        Map<String, Object> state = StateView.of(GovernanceModel.standard(), world);
        if (format == Format.json) {
            Output.json(out, state);
            return Main.OK;
        }
        out.println("After event " + world.seq() + " at " + Output.when(world.now(), world.zone()) + ":");
        for (String line : Summary.of(world)) {
            out.println("  " + line);
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> directors = (List<Map<String, Object>>) ((Map<String, Object>) state.get("board")).get("directors");
        for (Map<String, Object> d : directors) {
            out.printf("  director %-16s strain %6.1f%s%n", d.get("name"), (Double) d.get("strain"),
                    Boolean.TRUE.equals(d.get("yielded")) ? "  (has given way)" : "");
        }
        for (var i : Investor.all(world).values()) {
            out.printf("  investor %-44s %s%n", i.profile().name(), i.stance().name().toLowerCase());
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> pending = (List<Map<String, Object>>) state.get("pending");
        out.println("  pending actions: " + pending.size());
        return Main.OK;
    }
}
