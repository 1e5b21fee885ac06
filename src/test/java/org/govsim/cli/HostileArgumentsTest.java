package org.govsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Hostile command lines, generated from the commands' own model: for every option and argument that takes a value,
 * values wrong for its type or its meaning, and for every command the usage errors (an unknown option, a missing
 * parameter, one argument too many, an option twice, an option without its value). Each runs against a store holding
 * the historical timeline and one branch, and must exit 2 within five seconds with one line naming what was wrong,
 * print nothing on standard output, and leave the store as it was.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileArgumentsTest {

    static final String SCENARIO = "scenarios/openai-2023-board-crisis.yaml";
    static final String WHATIF = "scenarios/what-if/openai-2023/sutskever-stays-away.yaml";
    static final String EXPERIMENT = "scenarios/experiments/quorum-and-notice.yaml";
    static final String HISTORY = "history";
    static final String BRANCH = "branch";
    static final String INJECTION = ";INIT=RUNSCRIPT FROM 'x'";

    /** In a case's options: the option is given without its value. */
    static final String NO_VALUE = "\0no value";

    /** Commands that change the store when their line is valid. */
    static final Set<String> WRITERS = Set.of("replay", "fork", "import", "rename", "delete", "sweep");

    /** Commands whose valid line here never opens the store. */
    static final Set<String> STORELESS = Set.of("scenarios", "cases", "validate", "sweep", "calibrate");

    /** Held for the whole class, so that a serve line that passed every check would stop at its port. */
    static final java.net.ServerSocket HELD_PORT;

    static {
        try {
            HELD_PORT = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @TempDir
    static Path dir;
    static String data;
    static String listing;
    static Set<String> besideTheStore;
    static Places places;

    /** Files and directories the generated values point at; fixed before the cases are generated. */
    record Places(String aFile, String aDirectory, String missing, String export, String sweep) {
    }

    /**
     * One hostile command line: the command it exercises, its words, and what the one line must name (an option, an
     * argument's label, or the value itself where the value is a file the message names).
     */
    record Case(String command, List<String> args, List<String> names, boolean lastOfItsCommand) {
        Case last() {
            return new Case(command, args, names, true);
        }

        @Override
        public String toString() {
            return "govsim " + args.stream().map(Case::shown).collect(Collectors.joining(" "));
        }

        private static String shown(String word) {
            String s = word.length() > 40 ? word.substring(0, 12) + "...(" + word.length() + " chars)" : word;
            s = s.replace("\0", "\\0").replace(dir.toString(), "$TMP");
            return s.isEmpty() || s.contains(" ") || s.contains(";") ? "'" + s + "'" : s;
        }
    }

    @BeforeAll
    static void aStoreWithHistoryAndABranch() throws IOException {
        data = dir.resolve("data").toString();
        Cli replay = Cli.run("--data", data, "replay", SCENARIO, "--name", HISTORY);
        assertThat(replay.code()).as(replay.err()).isZero();
        Cli fork = Cli.run("--data", data, "fork", HISTORY, "--whatif", WHATIF, "--name", BRANCH);
        assertThat(fork.code()).as(fork.err()).isZero();
        Cli export = Cli.run("--data", data, "export", HISTORY, "--format", "jsonl");
        assertThat(export.code()).as(export.err()).isZero();
        Files.writeString(dir.resolve("history.jsonl"), export.out());
        Path sweep = dir.resolve("sweep");
        Cli ran = Cli.run("sweep", EXPERIMENT, "--out", sweep.toString(), "--data", dir.resolve("sweep-data").toString());
        assertThat(ran.code()).as(ran.err()).isZero();
        Files.writeString(Path.of(places().aFile()), "not a directory");
        Files.createDirectories(Path.of(places().aDirectory()));
        listing = timelines();
        besideTheStore = besideTheStore();
    }

    static Places places() {
        if (places == null) {
            places = new Places(dir.resolve("a-file").toString(), dir.resolve("a-directory").toString(),
                    dir.resolve("missing.yaml").toString(), dir.resolve("history.jsonl").toString(),
                    dir.resolve("sweep").toString());
        }
        return places;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the generator

    /**
     * A valid command line of each command, as positional values and options: each case breaks exactly one part of it.
     * Commands that write (replay, fork, import, rename, delete, sweep) are given values that would write if the broken
     * part were accepted, so that a silent acceptance shows in the store.
     */
    static Map<String, List<String>> positionals() {
        Places p = places();
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("replay", List.of(SCENARIO));
        m.put("timelines", List.of());
        m.put("state", List.of(HISTORY));
        m.put("export", List.of(HISTORY));
        m.put("fork", List.of(HISTORY));
        m.put("play", List.of(SCENARIO));
        m.put("diff", List.of(HISTORY, BRANCH));
        m.put("show", List.of(HISTORY));
        m.put("handout", List.of(BRANCH));
        m.put("story", List.of(HISTORY));
        m.put("why", List.of(HISTORY, "1"));
        m.put("rename", List.of(BRANCH, "renamed"));
        m.put("delete", List.of(BRANCH));
        m.put("import", List.of(p.export()));
        m.put("sweep", List.of(EXPERIMENT));
        m.put("check", List.of(HISTORY));
        m.put("calibrate", List.of("scenarios/calibration/openai-2023-letter.yaml"));
        m.put("scenarios", List.of("scenarios"));
        m.put("cases", List.of("scenarios"));
        m.put("validate", List.of(WHATIF));
        m.put("completion", List.of());
        m.put("serve", List.of());
        return m;
    }

    /** Options each command's valid line gives, by command. */
    static Map<String, String> options(String command) {
        Map<String, String> m = new LinkedHashMap<>();
        switch (command) {
            case "export" -> m.put("--format", "jsonl");
            case "fork" -> m.put("--whatif", WHATIF);
            case "play" -> {
                m.put("--as", "board");
                m.put("--choose", "the-vote-of-11-17=hold-off");
            }
            case "sweep" -> m.put("--out", dir.resolve("sweep-out").toString());
            // a port this test holds: a hostile value taken silently fails on it, instead of serving for ever
            case "serve" -> m.put("--port", String.valueOf(HELD_PORT.getLocalPort()));
            default -> {
            }
        }
        return m;
    }

    /** A valid value of an option, to give it twice or to put beside another. */
    static String validValue(String command, OptionSpec o) {
        String name = o.longestName();
        Places p = places();
        return switch (name) {
            case "--format" -> command.equals("export") ? "jsonl" : command.equals("handout") ? "html" : "text";
            case "--at" -> "5";
            case "--at-time", "--from" -> "2023-11-18T09:00";
            case "--to" -> "2023-11-19T09:00";
            case "--actor" -> "workforce";
            case "--tier" -> "reported";
            case "--whatif" -> WHATIF;
            case "--name" -> "fresh";
            case "--timeline" -> HISTORY;
            case "--from-sweep" -> p.sweep();
            case "--run" -> "1";
            case "--out" -> dir.resolve("sweep-out").toString();
            case "--threads" -> "1";
            case "--keep" -> "0";
            case "--data" -> data;
            case "--db-url" -> "jdbc:h2:" + data;
            case "--port" -> String.valueOf(HELD_PORT.getLocalPort());
            case "--warm-up" -> "0";
            case "--bind" -> "127.0.0.1";
            case "--token" -> "a-valid-token-of-32-characters-x";
            case "--log-level" -> "warn";
            case "--scenarios" -> "scenarios";
            case "--as" -> "board";
            case "--choose" -> "the-vote-of-11-17=hold-off";
            case "--predict" -> "returns=no";
            default -> throw new IllegalStateException("no valid value known for " + command + " " + name
                    + ": the generator needs one");
        };
    }

    /** Values wrong for an option or argument, by its type and its meaning. */
    static List<String> hostileValues(String command, ArgSpec arg, String label) {
        Places p = places();
        Class<?> type = arg.auxiliaryTypes()[0];
        List<String> values = new ArrayList<>();
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            values.addAll(List.of("abc", "", "1e999", "99999999999999999999", "NaN", "1.5", "0x10"));
            // what the number means bounds it
            switch (label) {
                case "--at", "SEQ" -> values.addAll(List.of("0", "-5", "99999"));
                case "--run" -> values.addAll(List.of("-5", "99999"));
                case "--threads" -> values.addAll(List.of("0", "-5", "100000"));
                case "--port" -> values.addAll(List.of("-5", "65536", "99999"));
                case "--warm-up" -> values.addAll(List.of("-1", "601"));
                case "--keep" -> values.addAll(List.of("-1", "99999", "1,,2", "1;2"));
                default -> throw new IllegalStateException("no range known for " + label);
            }
        } else if (type == Format.class) {
            values.addAll(List.of("bogus", "", "JSON"));
            Set<String> offered = new java.util.HashSet<>();
            ((OptionSpec) arg).completionCandidates().forEach(offered::add);
            for (Format f : Format.values()) {
                if (!offered.contains(f.name())) {
                    values.add(f.name());
                }
            }
        } else if (type == Path.class) {
            boolean directory = Set.of("--from-sweep", "--out", "DIR", "--data", "--scenarios").contains(label);
            if (label.equals("--out") && command.equals("handout")) {
                // a file to be written: not where a directory is, nor in a directory that is not there
                values.addAll(List.of(p.aDirectory(), p.aFile() + "/out.html", p.missing() + "/out.html", "", "a\0b"));
            } else if (label.equals("--out")) {
                // a directory to be made: any name will do, but not where a file is
                values.addAll(List.of(p.aFile(), p.aFile() + "/out", "", "a\0b"));
            } else if (label.equals("--data")) {
                values.addAll(List.of(p.aFile(), p.aFile() + "/data", dir.resolve("z") + INJECTION, "", "a\0b"));
            } else if (directory) {
                values.addAll(List.of(p.missing(), p.aFile(), "", "a\0b", dir.resolve("d") + INJECTION));
                if (label.equals("--from-sweep") || label.equals("--scenarios")) {
                    // a directory that is not a sweep's; one without a single case to serve
                    values.add(p.aDirectory());
                }
            } else {
                values.addAll(List.of(p.missing(), p.aDirectory(), "", "a\0b", dir.resolve("f.yaml") + INJECTION));
                if (!command.equals("validate")) {
                    // a file of the wrong kind
                    values.add(command.equals("replay") || command.equals("play") ? WHATIF : SCENARIO);
                }
            }
        } else if (type == String.class) {
            switch (label) {
                case "--at-time" -> values.addAll(List.of("yesterday", "2023-13-40T99:00", "+999999999-12-31T23:59",
                        "", "2023-11-20", "2023-11-20T09:00+25:00", "0001-01-02T00:00"));
                // a stretch of time may begin or end anywhere in the years a time may name
                case "--from", "--to" -> values.addAll(List.of("yesterday", "2023-13-40T99:00", "+999999999-12-31T23:59",
                        "", "2023-11-20", "2023-11-20T09:00+25:00", "0000-12-31T00:00"));
                case "--db-url" -> values.addAll(List.of("bogus", "", "jdbc:nosuchdriver://x/y"));
                case "--bind" -> values.addAll(List.of("", "no-such-host", "192.0.2.1", "256.1.1.1", "x y", "a;b",
                        "../../etc/passwd"));
                case "--token" -> values.addAll(List.of("", "short", "x y z with spaces in it", "n".repeat(300),
                        "a;b;c;d;e;f;g;h;i;j", "../../etc/passwd/x"));
                case "--log-level" -> values.addAll(List.of("", "loud", "../../etc/passwd", "n".repeat(300)));
                case "--as" -> values.addAll(List.of("", "shareholders", "director:nobody", "../../etc/passwd",
                        "n".repeat(300)));
                // KEY=VALUE: a line without '=', an unknown decision or option, a choice at a decision of another role
                case "--choose" -> values.addAll(List.of("", "hold-off", "nosuch=x", "the-vote-of-11-17=resign",
                        "=hold-off", "microsofts-offer-11-19=no-offer", "n".repeat(300) + "=x"));
                case "--predict" -> values.addAll(List.of("", "returns", "winner=altman", "returns=maybe",
                        "signatures=-5", "signatures=many", "by=yesterday", "leaving=nobody-at-all"));
                default -> {
                    values.addAll(List.of("", "../../etc/passwd", "n".repeat(300), "a;b", "x y"));
                    boolean newName = label.equals("--name") || label.equals("NEW");
                    values.add(newName ? HISTORY : "no-such-timeline");
                    if (command.equals("delete")) {
                        // history is never deleted
                        values.add(HISTORY);
                    }
                }
            }
        } else {
            throw new IllegalStateException("no hostile values known for " + type + " of " + command + " " + label);
        }
        return values;
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        CommandLine root = new CommandLine(new Main());
        for (OptionSpec o : root.getCommandSpec().options()) {
            if (o.arity().max() > 0) {
                for (String v : hostileValues("timelines", o, o.longestName())) {
                    cases.add(new Case("govsim", List.of(o.longestName(), v, "timelines"), names(o, v), false));
                }
                cases.add(new Case("govsim", List.of(o.longestName()), List.of(o.longestName()), false));
            }
        }
        cases.add(new Case("govsim", List.of("--data", data, "no-such-command"), List.of("no-such-command"), false));
        cases.add(new Case("govsim", List.of("--data", data, "--no-such-option", "timelines"), List.of("--no-such-option"),
                false));
        Map<String, List<String>> positionals = positionals();
        for (Map.Entry<String, CommandLine> e : root.getSubcommands().entrySet()) {
            String command = e.getKey();
            if (command.equals("help")) {
                continue;
            }
            CommandSpec spec = e.getValue().getCommandSpec();
            List<String> given = positionals.get(command);
            assertThat(given).as("a valid line of " + command).isNotNull();
            Map<String, String> options = options(command);
            boolean ownsData = spec.findOption("--data") != null;

            for (OptionSpec o : spec.options()) {
                if (o.arity().max() == 0 || o.usageHelp() || o.versionHelp()) {
                    continue;
                }
                boolean ofASweep = command.equals("replay") && Set.of("--from-sweep", "--run").contains(o.longestName());
                for (String v : hostileValues(command, o, o.longestName())) {
                    if (v.equals(places().aFile() + "/data") && STORELESS.contains(command)) {
                        // a store that cannot be made is found when it is first opened, and these lines never open it
                        continue;
                    }
                    // a run is replayed from a sweep, not beside a scenario
                    Map<String, String> with = new LinkedHashMap<>(ofASweep
                            ? Map.of("--from-sweep", places().sweep(), "--run", "1") : options);
                    with.put(o.longestName(), v);
                    cases.add(line(command, ofASweep ? List.of() : given, with,
                            o.longestName().equals("--data") || o.longestName().equals("--db-url"), names(o, v)));
                }
            }
            for (PositionalParamSpec pp : spec.positionalParameters()) {
                int i = pp.index().min();
                for (String v : hostileValues(command, pp, pp.paramLabel())) {
                    List<String> with = new ArrayList<>(given);
                    if (i < with.size()) {
                        with.set(i, v);
                    } else {
                        with.add(v);
                    }
                    cases.add(line(command, with, options, false, names(pp, v)));
                }
            }

            // usage errors every command must refuse the same way
            cases.add(line(command, plus(given, "--no-such-option"), options, false, List.of("--no-such-option")));
            cases.add(line(command, plus(given, "extra"), options, false, List.of("extra")));
            for (PositionalParamSpec pp : spec.positionalParameters()) {
                if (pp.required()) {
                    cases.add(line(command, given.subList(0, pp.index().min()), options, false, List.of(pp.paramLabel())));
                }
            }
            for (OptionSpec o : spec.options()) {
                if (o.usageHelp() || o.versionHelp() || !ownsData && o.longestName().equals("--data")) {
                    continue;
                }
                boolean store = o.longestName().equals("--data") || o.longestName().equals("--db-url");
                if (o.required()) {
                    Map<String, String> without = new LinkedHashMap<>(options);
                    without.remove(o.longestName());
                    cases.add(line(command, given, without, false, List.of(o.longestName())));
                }
                if (o.arity().max() > 0) {
                    // the option last, its value missing
                    Map<String, String> without = new LinkedHashMap<>(options);
                    without.remove(o.longestName());
                    cases.add(line(command, plus(given, flat(without)), Map.of(o.longestName(), NO_VALUE), store,
                            List.of(o.longestName())));
                }
                if (!o.isMultiValue()) {
                    String value = o.arity().max() == 0 ? null : validValue(command, o);
                    List<String> twice = new ArrayList<>(given);
                    for (int k = 0; k < 2; k++) {
                        twice.add(o.longestName());
                        if (value != null) {
                            twice.add(value);
                        }
                    }
                    Map<String, String> rest = new LinkedHashMap<>(options);
                    rest.remove(o.longestName());
                    cases.add(line(command, twice, rest, store, List.of(o.longestName())));
                }
            }
            cases.set(cases.size() - 1, cases.get(cases.size() - 1).last());
        }
        return cases.stream();
    }

    /** A case's words: the store first unless the case is about the store, then the command and its line. */
    static Case line(String command, List<String> positional, Map<String, String> options, boolean ownData,
                     List<String> names) {
        List<String> args = new ArrayList<>();
        if (!ownData) {
            args.addAll(List.of("--data", data));
        }
        args.add(command);
        args.addAll(positional);
        options.forEach((k, v) -> {
            args.add(k);
            if (!v.equals(NO_VALUE)) {
                args.add(v);
            }
        });
        return new Case(command, List.copyOf(args), names, false);
    }

    /**
     * What the message must name: the option or argument; for a file or a database, the path or URL itself may stand
     * for it (a file's errors name it with line and field).
     */
    static List<String> names(ArgSpec arg, String value) {
        String name = arg instanceof OptionSpec o ? o.longestName() : ((PositionalParamSpec) arg).paramLabel();
        List<String> names = new ArrayList<>(List.of(name));
        boolean locator = arg.auxiliaryTypes()[0] == Path.class || name.equals("--db-url");
        if (locator && !value.isEmpty() && !value.contains("\0")) {
            names.add(value);
        }
        return names;
    }

    static List<String> plus(List<String> words, String... more) {
        List<String> all = new ArrayList<>(words);
        all.addAll(List.of(more));
        return all;
    }

    static String[] flat(Map<String, String> options) {
        List<String> words = new ArrayList<>();
        options.forEach((k, v) -> words.addAll(List.of(k, v)));
        return words.toArray(String[]::new);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the cases

    @Test
    @Order(0)
    void atLeastAHundredCasesAreGeneratedAndEveryCommandHasSome() {
        List<Case> all = cases().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(100);
        Set<String> covered = all.stream().map(Case::command).collect(Collectors.toSet());
        assertThat(covered).containsAll(positionals().keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @Order(1)
    @Timeout(5)
    void aHostileCommandLineExitsTwoWithOneLineNamingWhatIsWrong(Case c) {
        Cli run = Cli.run(c.args().toArray(String[]::new));

        assertThat(run.code()).as(c + ": " + run.err()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.out()).as(c + ": standard output").isEmpty();
        assertThat(run.err()).as(c.toString()).doesNotContain("Exception", "\tat ");
        List<String> lines = run.err().lines().toList();
        assertThat(lines).as(c + ": " + run.err()).singleElement().satisfies(line -> {
            assertThat(line).startsWith("error: ");
            assertThat(c.names()).as(c + ": named in: " + line).anyMatch(line::contains);
        });
        // once a command's cases have run, those of a command that writes have left the store as it was
        if (c.lastOfItsCommand() && WRITERS.contains(c.command())) {
            assertThat(timelines()).as("the store after the cases of " + c.command()).isEqualTo(listing);
        }
    }

    @Test
    @Order(2)
    void theStoreIsAsItWasAndNothingWasWrittenBesideIt() throws IOException {
        assertThat(timelines()).isEqualTo(listing);
        assertThat(besideTheStore()).isEqualTo(besideTheStore);
    }

    static String timelines() {
        Cli list = Cli.run("--data", data, "timelines", "--format", "json");
        assertThat(list.code()).as(list.err()).isZero();
        return list.out();
    }

    /** What the temporary directory holds, the store's own files aside. */
    static Set<String> besideTheStore() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> !f.startsWith(data)).map(Path::toString).collect(Collectors.toSet());
        }
    }
}
