package org.govsim.cli;

import java.io.PrintWriter;

import org.govsim.scenario.InputException;
import org.govsim.timeline.Stopping;
import org.govsim.timeline.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The govsim command line. Exit codes: 0 ok, 2 bad input, 1 internal error. */
@Command(name = "govsim", mixinStandardHelpOptions = true, version = "govsim 0.1",
        description = "Event-sourced corporate-governance simulator: replay a crisis, inspect any moment of it.",
        subcommands = {ReplayCommand.class, TimelinesCommand.class, StateCommand.class, ExportCommand.class,
                ForkCommand.class, DiffCommand.class, StoryCommand.class, WhyCommand.class, RenameCommand.class,
                DeleteCommand.class, ImportCommand.class,
                SweepCommand.class, ScenariosCommand.class, ValidateCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs one command line with the given streams; returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            if (e instanceof InputException input) {
                err.println("error: " + (input.inRequest() ? asOption(input, parsed) : input.describe()));
                return BAD_INPUT;
            }
            if (e instanceof StoreException store) {
                err.println("error: " + store.getMessage());
                return store.isEnvironment() ? BAD_INPUT : INTERNAL;
            }
            err.println("internal error: " + e);
            e.printStackTrace(err);
            return INTERNAL;
        });
        // a Ctrl-C after a write has committed waits until the command has said so
        return Stopping.reportedBy(() -> {
            int code = cli.execute(args);
            out.flush();
            err.flush();
            return code;
        });
    }

    /** An error in a request field, named as the option or argument of this command line that gave it. */
    static String asOption(InputException e, CommandLine.ParseResult parsed) {
        CommandLine.ParseResult command = parsed;
        while (command.hasSubcommand()) {
            command = command.subcommand();
        }
        String field = e.field();
        String option = "--" + field.replaceAll("([A-Z])", "-$1").toLowerCase();
        if (command.commandSpec().findOption(option) != null) {
            return "option " + option + ": " + e.getMessage();
        }
        for (CommandLine.Model.PositionalParamSpec p : command.commandSpec().positionalParameters()) {
            if (p.paramLabel().equalsIgnoreCase(field)) {
                return "argument " + p.paramLabel() + ": " + e.getMessage();
            }
        }
        return field + ": " + e.getMessage();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
