package org.govsim;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.govsim.narrative.Narrator;
import org.govsim.policy.Policies;
import org.govsim.scenario.ScenarioLoader;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.Simulation;

public class DebugRun {
    public static void main(String[] args) {
        var plan = ScenarioLoader.load(Path.of(args.length > 0 ? args[0] : "scenarios/openai-2023-board-crisis.yaml"));
        List<Recorded> out = new ArrayList<>();
        Simulation.begin(plan, Policies.standard(), out::add).runToEnd();
        var fmt = DateTimeFormatter.ofPattern("MM-dd HH:mm");
        for (var l : Narrator.tell(out)) {
            System.out.println(fmt.format(l.time().atZone(plan.zone())) + " " + l.actor() + " | " + l.text() + " [" + l.basis() + "] " + l.source());
        }
        System.out.println(out.size() + " events");
    }
}
