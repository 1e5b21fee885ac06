package org.govsim.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.govsim.scenario.InputException;
import org.govsim.simulation.EventBudgetExceeded;
import org.govsim.timeline.Stopping;
import org.govsim.timeline.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The govsim command line. Exit codes: 0 done, 1 a fault of govsim itself, 2 input or an environment the user can fix,
 * 3 a checked what-if whose expectations did not all hold. No stack trace unless --debug is given.
 */
@Command(name = "govsim", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = "Event-sourced corporate-governance simulator: replay a crisis, inspect any moment of it.",
        footer = {"%nExample:", "  govsim --data ./data replay scenarios/openai-2023-board-crisis.yaml"},
        subcommands = {ReplayCommand.class, TimelinesCommand.class, StateCommand.class, ExportCommand.class,
                ForkCommand.class, PlayCommand.class, DiffCommand.class, ShowCommand.class, HandoutCommand.class,
                WhyCommand.class, RenameCommand.class,
                DeleteCommand.class, ImportCommand.class,
                CheckCommand.class, SweepCommand.class, CalibrateCommand.class, CasesCommand.class, ScenariosCommand.class, ValidateCommand.class, ServeCommand.class,
                CompletionCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int BAD_INPUT = 2;
    public static final int EXPECTATIONS_FAILED = 3;

    /** Given before the command, these apply to it; the command's own --data and --db-url win. */
    @Mixin
    StoreOptions storeOptions;

    @Mixin
    DebugOption debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // UTF-8 whatever the locale: a story separates with "·" and names need not be ASCII; a C locale would print "?"
        System.exit(execute(args, new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
    }

    /** Runs one command line with the given streams; returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setUsageHelpWidth(100);
        exitCodesInHelp(cli);
        cli.registerConverter(Path.class, Main::path);
        cli.setParameterExceptionHandler((e, args1) -> {
            CommandLine c = e.getCommandLine();
            err.println("error: " + oneLine(e.getMessage()) + " (see: " + c.getCommandSpec().qualifiedName() + " --help)");
            return BAD_INPUT;
        });
        cli.setExecutionStrategy(parsed -> {
            inheritStoreOptions(parsed);
            return new CommandLine.RunLast().execute(parsed);
        });
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            int code = exitCode(e);
            err.println((code == INTERNAL ? "internal error: " : "error: ") + oneLine(message(e, parsed)));
            if (debugAsked(parsed)) {
                e.printStackTrace(err);
            } else if (code == INTERNAL) {
                err.flush();
            }
            return code;
        });
        // a Ctrl-C after a write has committed waits until the command has said so
        return Stopping.reportedBy(() -> {
            int code;
            try {
                code = cli.execute(args);
            } catch (RuntimeException | Error e) {
                // a fault before or outside a command (help rendering, a converter): still one line
                err.println("internal error: " + oneLine(String.valueOf(e)));
                code = INTERNAL;
            }
            out.flush();
            err.flush();
            return code;
        });
    }

    /**
     * A path as the user typed it. Java reads "" as the working directory, where a sweep would then write its results,
     * and picocli would show a path with a NUL as Java's exception.
     */
    static Path path(String text) {
        if (text.isEmpty()) {
            throw new CommandLine.TypeConversionException("an empty path");
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("'" + text.replace("\0", "\\0") + "' is not a path: "
                    + e.getReason());
        }
    }

    /** 2 for what the user can fix (input, a file in the way, the store's environment), 1 for a fault of govsim. */
    static int exitCode(Throwable e) {
        if (e instanceof InputException) {
            return BAD_INPUT;
        }
        // a path that is missing, not a directory, not writable: whoever failed on it, the user can fix it; and a run
        // stopped by its event budget, however deep a worker thread wrapped it, comes from the input's settings
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FileSystemException || t instanceof EventBudgetExceeded) {
                return BAD_INPUT;
            }
        }
        if (e instanceof StoreException store) {
            return store.isEnvironment() ? BAD_INPUT : INTERNAL;
        }
        return INTERNAL;
    }

    private static String message(Exception e, CommandLine.ParseResult parsed) {
        if (e instanceof InputException input) {
            return input.inRequest() ? asOption(input, parsed) : input.describe();
        }
        if (e instanceof StoreException) {
            return e.getMessage();
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EventBudgetExceeded budget) {
                return budget.getMessage();
            }
            if (t instanceof FileSystemException f) {
                return f.getFile() + ": " + (f.getReason() != null ? f.getReason() : reason(f));
            }
        }
        return e.toString() + (debugAsked(parsed) ? "" : " (run again with --debug for details)");
    }

    private static String reason(FileSystemException f) {
        return switch (f.getClass().getSimpleName()) {
            case "NoSuchFileException" -> "no such file or directory";
            case "AccessDeniedException" -> "permission denied";
            case "FileAlreadyExistsException" -> "a file is in the way where a directory is needed";
            case "NotDirectoryException" -> "not a directory";
            case "DirectoryNotEmptyException" -> "directory not empty";
            default -> f.getClass().getSimpleName();
        };
    }

    /** A message as one line: the first line of what Java or picocli said. */
    static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.strip();
        int nl = line.indexOf('\n');
        return nl < 0 ? line : line.substring(0, nl).strip();
    }

    private static boolean debugAsked(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    private static void inheritStoreOptions(CommandLine.ParseResult parsed) {
        Main main = (Main) parsed.commandSpec().userObject();
        CommandLine.ParseResult leaf = parsed;
        while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
        }
        if (leaf.commandSpec().userObject() instanceof StoreCommand command) {
            command.storeOptions.inherit(main.storeOptions);
            // a bad --data or --db-url is refused even by a command that does not reach the store on this line
            try {
                command.storeOptions.database();
            } catch (InputException e) {
                throw new CommandLine.ExecutionException(leaf.commandSpec().commandLine(), e.getMessage(), e);
            }
        }
    }

    /** Every command's help ends with the exit codes; fork adds the code of a check that failed. */
    private static void exitCodesInHelp(CommandLine cli) {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(" 0", "Done.");
        codes.put(" 1", "A fault of govsim itself (run again with --debug and report it).");
        codes.put(" 2", "Bad input or an environment you can fix: a file, an option, a name, a full disk, "
                + "a read-only or locked store.");
        apply(cli, codes);
    }

    private static void apply(CommandLine c, Map<String, String> codes) {
        Map<String, String> own = new LinkedHashMap<>(codes);
        if (c.getCommandName().equals("fork")) {
            own.put(" 3", "With --check: the branch was made but not every expectation of the what-if held.");
        }
        if (c.getCommandName().equals("check")) {
            own.put(" 3", "The timeline has lines that contradict their branch (each is printed).");
        }
        c.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(own);
        c.getSubcommands().values().forEach(sub -> apply(sub, codes));
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

    /** Bare govsim: the usage on standard error, and exit 2 as for any incomplete command line. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return BAD_INPUT;
    }
}
