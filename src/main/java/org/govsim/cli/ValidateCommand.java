package org.govsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.govsim.scenario.ScenarioLoader;
import org.govsim.simulation.ScenarioPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a scenario file and its seed world without running or storing anything.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ScenarioPlan plan = ScenarioLoader.load(file);
        ScenarioLoader.checkpoints(file);
        out.println(file + ": ok (" + plan.title() + "; " + plan.seedWorld().size() + " seed facts, " + plan.script().size()
                + " scripted steps)");
        return Main.OK;
    }
}
