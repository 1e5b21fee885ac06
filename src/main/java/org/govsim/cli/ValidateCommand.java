package org.govsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.govsim.experiment.Sweep;
import org.govsim.scenario.ExperimentFile;
import org.govsim.scenario.ScenarioLoader;
import org.govsim.scenario.SeedWorld;
import org.govsim.scenario.WhatIfFile;
import org.govsim.scenario.Yaml;
import org.govsim.simulation.ScenarioPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a scenario, seed world, what-if or experiment file without running or storing anything. "
                + "The kind of file is told by its first field (scenario, organisation, whatif, experiment). A what-if "
                + "is checked for form here; its references are checked against the timeline it forks.")
final class ValidateCommand extends StoreCommand {

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = out();
        Yaml root = Yaml.load(file);
        if (!root.isMap()) {
            throw root.error("expected a mapping of fields");
        }
        if (root.has("whatif")) {
            WhatIfFile w = WhatIfFile.load(file);
            out.println(file + ": ok (what-if '" + w.name() + "': " + w.question() + ")");
        } else if (root.has("experiment")) {
            ExperimentFile e = ExperimentFile.load(file);
            Sweep.prepare(e, storeOptions::open);
            out.println(file + ": ok (experiment '" + e.name() + "': " + e.runCount() + " runs)");
        } else if (root.has("organisation")) {
            SeedWorld seed = SeedWorld.load(file);
            seed.facts(1);
            seed.model();
            out.println(file + ": ok (seed world '" + seed.organisationName() + "': " + seed.people.size() + " people)");
        } else {
            ScenarioPlan plan = ScenarioLoader.load(file);
            ScenarioLoader.checkpoints(file);
            out.println(file + ": ok (" + plan.title() + "; " + plan.seedWorld().size() + " seed facts, "
                    + plan.script().size() + " scripted steps)");
        }
        return Main.OK;
    }
}
