package org.govsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Hostile input files, generated from the shipped scenario, seed world, what-ifs and experiments: YAML tricks, bad
 * numbers, bad names, wrong types, missing and unknown fields, and references to people and steps that do not exist.
 * Each goes through the command that would use it, in a store holding the historical timeline, and must exit 2 within
 * five seconds with one line naming the file, the line and the field, leaving the list of timelines as it was; where
 * the command needs no store, its data directory stays empty.
 */
class HostileInputTest {

    static final String SCENARIO = "scenarios/openai-2023-board-crisis.yaml";
    static final String SEED = "seeds/openai-2023.yaml";
    static final String HISTORY = "openai-2023-board-crisis";

    /** The shipped files every mutation starts from. */
    static final List<String> SHIPPED = shipped();

    @TempDir
    static Path shared;
    static Path template;
    static String listing;

    /** One hostile case: a file replaced by {@code text}, a command run on it, and what the error must name. */
    record Case(String name, String file, byte[] text, String command, Integer line, String field, String says) {
        Case withCommand(String other) {
            return new Case(name, file, text, other, line, field, says);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void aStoreHoldingTheHistoricalTimeline() {
        template = shared.resolve("template");
        Cli replay = Cli.run("replay", Path.of(SCENARIO).toAbsolutePath().toString(), "--data", template.toString());
        assertThat(replay.code()).as(replay.err()).isZero();
        listing = timelines(template);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @Timeout(5)
    void aHostileFileIsRefusedWithFileLineAndField(Case c, @TempDir Path dir) throws IOException {
        Path tree = dir.resolve("tree");
        for (String f : SHIPPED) {
            Files.createDirectories(tree.resolve(f).getParent());
            Files.copy(Path.of(f), tree.resolve(f));
        }
        Files.write(tree.resolve(c.file()), c.text());
        Path data = dir.resolve("data");
        boolean needsNoStore = c.command().equals("validate") && !c.file().contains("what-if");
        if (needsNoStore) {
            Files.createDirectories(data);
        } else {
            copy(template, data);
        }

        Cli result = Cli.run(args(c, tree, data, dir));

        String file = tree.resolve(c.file()).toString();
        String err = result.err().strip();
        assertThat(result.code()).as(result.err()).isEqualTo(2);
        assertThat(err).as("one line").doesNotContain("\n").startsWith("error: " + file);
        if (c.line() != null) {
            assertThat(err).startsWith("error: " + file + ":" + c.line() + ": ");
        } else {
            assertThat(err).as("a line number").matches(Pattern.quote("error: " + file) + "(:\\d+)?: .*");
        }
        if (c.field() != null) {
            assertThat(err).contains(": " + c.field());
        }
        assertThat(err.toLowerCase()).contains(c.says().toLowerCase());
        if (needsNoStore) {
            // the check of a scenario, seed or experiment needs no store: nothing may be written to its directory
            try (Stream<Path> written = Files.list(data)) {
                assertThat(written.toList()).isEmpty();
            }
        } else {
            assertThat(timelines(data)).isEqualTo(listing);
        }
    }

    @Test
    @Timeout(5)
    void tooManySweepThreadsAreRefusedBeforeAnyRun(@TempDir Path dir) {
        Cli result = Cli.run("sweep", Path.of("scenarios/experiments/outside-offer.yaml").toAbsolutePath().toString(),
                "--out", dir.resolve("out").toString(), "--threads", "100000", "--data", dir.resolve("data").toString());
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err().strip()).startsWith("error: option --threads: from 1 to ").doesNotContain("\n");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    @Timeout(10)
    void withoutATimelineAWhatIfIsCheckedAgainstItsScenarioOrForFormWithANoteWhenItNamesNone(@TempDir Path dir)
            throws IOException {
        String away = "scenarios/what-if/openai-2023/sutskever-stays-away.yaml";
        String data = dir.resolve("data").toString();
        Cli shipped = Cli.run("validate", away, "--data", data);
        assertThat(shipped.code()).as(shipped.err()).isZero();
        assertThat(shipped.err()).isEmpty();

        Path misspelt = dir.resolve("misspelt.yaml");
        Files.writeString(misspelt, text(away).replace("director: sutskever", "director: sutskevr")
                .replaceFirst("\nscenario: [^\n]*", "\nscenario: " + Path.of(SCENARIO).toAbsolutePath()));
        Cli caught = Cli.run("validate", misspelt.toString(), "--data", data);
        assertThat(caught.code()).isEqualTo(2);
        assertThat(caught.err().strip()).isEqualTo("error: " + misspelt + ":" + lineOf(text(away), "director: sutskever")
                + ": override[0].director: unknown person 'sutskevr'");

        Path alone = dir.resolve("alone.yaml");
        Files.writeString(alone, text(away).replaceFirst("\nscenario: [^\n]*", ""));
        Cli formOnly = Cli.run("validate", alone.toString(), "--data", data);
        assertThat(formOnly.code()).as(formOnly.err()).isZero();
        assertThat(formOnly.err()).contains("not checked", "'scenario' field", "--timeline");

        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, text(alone.toString()).replace("decision: stays-away", "decision: abstains"));
        Cli refused = Cli.run("validate", bad.toString(), "--data", data);
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err().strip()).startsWith("error: " + bad + ":" + lineOf(text(alone.toString()), "decision: stays-away")
                + ": override[0].decision: 'abstains' is not one of");
        assertThat(Path.of(data)).doesNotExist();
    }

    static int lineOf(String text, String part) {
        return (int) text.substring(0, text.indexOf(part)).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void theSuiteHasAtLeastAHundredGeneratedFiles() {
        assertThat(cases().count()).isGreaterThanOrEqualTo(100);
    }

    static String[] args(Case c, Path tree, Path data, Path dir) {
        String file = tree.resolve(c.file()).toString();
        String scenario = tree.resolve(SCENARIO).toString();
        return switch (c.command()) {
            case "validate" -> c.file().contains("what-if")
                    ? new String[] {"validate", file, "--timeline", HISTORY, "--data", data.toString()}
                    : new String[] {"validate", file, "--data", data.toString()};
            case "replay" -> new String[] {"replay", scenario, "--data", data.toString()};
            case "fork" -> new String[] {"fork", HISTORY, "--whatif", file, "--data", data.toString()};
            case "sweep" -> new String[] {"sweep", file, "--out", dir.resolve("out").toString(), "--threads", "1", "--data",
                    data.toString()};
            default -> throw new IllegalArgumentException(c.command());
        };
    }

    static Stream<Case> cases() {
        List<Case> out = new ArrayList<>();
        yamlTricks(out);
        namesAndNulls(out);
        numbers(out);
        references(out);
        reportedDefects(out);
        return out.stream();
    }

    /** The YAML a govsim file must not use, each trick applied to several of the shipped files in turn. */
    static void yamlTricks(List<Case> out) {
        List<Trick> tricks = List.of(
                new Trick("a duplicate key", (t, k) -> t + k.line() + "\n", "given twice", Trick.END, true),
                new Trick("a standard tag", (t, k) -> t.replace(k.line(), k.key() + ": !!str " + k.value()), "tags",
                        Trick.KEY, true),
                new Trick("a Java class tag", (t, k) -> t.replace(k.line(), k.key() + ": !!javax.script.ScriptEngineManager "
                        + "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost/\"]]]]"), "tags", Trick.KEY, true),
                new Trick("a local tag", (t, k) -> t.replace(k.line(), k.key() + ": !evil " + k.value()), "tags", Trick.KEY, true),
                new Trick("an anchor", (t, k) -> t.replace(k.line(), k.key() + ": &a " + k.value()), "anchors", Trick.KEY, true),
                new Trick("an alias bomb", (t, k) -> t + "lol: &a [x, x, x, x, x, x, x, x, x]\nlol2: [*a, *a, *a, *a, *a]\n",
                        "anchors", Trick.END, false),
                new Trick("an alias", (t, k) -> t + "extra: *nowhere\n", "aliases", Trick.END, false),
                new Trick("deep flow nesting", (t, k) -> t + "deep: " + "[".repeat(5000) + "]".repeat(5000) + "\n",
                        "nesting depth", Trick.END, false),
                new Trick("deep block nesting", (t, k) -> t + deepBlock(40), "nesting depth", Trick.NONE, false),
                new Trick("a value of 15,000 characters", (t, k) -> t + "note: " + "x".repeat(15_000) + "\n", "scalar size",
                        Trick.END, false),
                new Trick("a value of 15,000 characters over many lines", (t, k) -> t + "note: >\n"
                        + ("  " + "w".repeat(70) + "\n").repeat(215), "scalar size", Trick.END, false),
                new Trick("a line of 980,000 characters", (t, k) -> t + "note: \"" + "y".repeat(980_000) + "\"\n",
                        "line length", Trick.NONE, false),
                new Trick("a mapping as a key", (t, k) -> t + "{a: 1}: x\n", "a key must be a plain name", Trick.END, false),
                new Trick("a list as a key", (t, k) -> t + "? [a, b]\n: c\n", "a key must be a plain name", Trick.END, false),
                new Trick("an unknown field", (t, k) -> t + "zzUnknown: 1\n", "unknown field 'zzUnknown'", Trick.END, false),
                new Trick("a second document", (t, k) -> t + "---\nzz: 1\n", "malformed YAML", Trick.NONE, false),
                new Trick("an unclosed list", (t, k) -> t + "zz: [a, b\n", "malformed YAML", Trick.NONE, false),
                new Trick("a list at the top", (t, k) -> "- a\n- b\n", "expected a mapping", Trick.NONE, false),
                new Trick("nothing but a comment", (t, k) -> "# nothing here\n", "the file is empty", Trick.NONE, false));
        int turn = 0;
        for (Trick trick : tricks) {
            for (int i = 0; i < 3; i++) {
                String f = SHIPPED.get(turn++ % SHIPPED.size());
                String text = text(f);
                Key key = firstScalarKey(text);
                String mutated = trick.mutation().apply(text.endsWith("\n") ? text : text + "\n", key);
                Integer line = switch (trick.where()) {
                    case Trick.END -> (int) text.lines().count() + 1;
                    case Trick.KEY -> key.lineNo();
                    default -> null;
                };
                String field = trick.where() == Trick.END ? appendedKey(mutated, line) : trick.where() == Trick.KEY ? key.key()
                        : null;
                out.add(new Case(trick.name() + " in " + f, f, mutated.getBytes(StandardCharsets.UTF_8), "validate", line,
                        field, trick.says()));
            }
        }
        for (int i = 0; i < 4; i++) {
            String f = SHIPPED.get(turn++ % SHIPPED.size());
            byte[] text = text(f).getBytes(StandardCharsets.UTF_8);
            int third = nthLineStart(text, 3);
            byte[] bad = new byte[text.length + 2];
            System.arraycopy(text, 0, bad, 0, third);
            bad[third] = (byte) 0xC3;
            bad[third + 1] = (byte) 0x28;
            System.arraycopy(text, third, bad, third + 2, text.length - third);
            out.add(new Case("a byte that is not UTF-8 in " + f, f, bad, "validate", 3, null, "not UTF-8"));
            byte[] latin = (text(f) + "note: caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1);
            out.add(new Case("a Latin-1 line in " + f, f, latin, "validate", (int) text(f).lines().count() + 1, null,
                    "not UTF-8"));
            byte[] big = (text(f) + "#" + "z".repeat(1_100_000) + "\n").getBytes(StandardCharsets.UTF_8);
            out.add(new Case("a file over a megabyte: " + f, f, big, "validate", null, null, "file size"));
        }
    }

    /** Names and ids that break the one rule for names, and nulls or lists where a name is required. */
    static void namesAndNulls(List<Case> out) {
        List<String> badNames = List.of("../../etc/evil", "\"\"", "n".repeat(10_000), "\"a b\"", "-leading-dash",
                "\"semi;colon\"", "\"caf\u00e9\"");
        int turn = 0;
        for (String f : SHIPPED) {
            String text = text(f);
            Key name = nameKey(f, text);
            out.add(new Case("a null name in " + f, f, bytes(text.replace(name.line(), name.key() + ": ~")), "validate",
                    name.lineNo(), name.path(), "a value is missing"));
            out.add(new Case("an empty name in " + f, f, bytes(text.replace(name.line(), name.key() + ":")), "validate",
                    name.lineNo(), name.path(), "a value is missing"));
            out.add(new Case("a list for a name in " + f, f, bytes(text.replace(name.line(), name.key() + ": [a, b]")),
                    "validate", name.lineNo(), name.path(), "expected a single value"));
            String bad = badNames.get(turn++ % badNames.size());
            out.add(new Case("the name " + bad.substring(0, Math.min(bad.length(), 20)) + " in " + f, f,
                    bytes(text.replace(name.line(), name.key() + ": " + bad)), "validate", name.lineNo(), name.path(),
                    "a name"));
            String required = f.equals(SCENARIO) ? "title" : f.equals(SEED) ? "  headcount" : f.contains("what-if") ? "question"
                    : "metrics";
            Matcher line = Pattern.compile("(?m)^" + required + ":.*\n").matcher(text);
            line.find();
            out.add(new Case("a missing field in " + f, f, bytes(text.substring(0, line.start()) + text.substring(line.end())),
                    "validate", null, null, "missing field '" + required.strip() + "'"));
        }
    }

    /** Every number of the seed world, the checkpoints, the what-ifs' settings and the repetitions, made hostile in turn. */
    static void numbers(List<Case> out) {
        List<String> bad = List.of("-2", "1e300", "-1e300", ".nan", ".inf", "-.inf", "abc", "0x1F", "1e99999", "[1, 2]",
                "{a: 1}", "99999999999999999999", "1.5d", "\"\"");
        int turn = 0;
        for (String f : SHIPPED) {
            String text = text(f);
            for (Num n : numbersIn(text, f)) {
                String value = bad.get(turn++ % bad.size());
                String mutated = text.substring(0, n.start()) + value + text.substring(n.end());
                out.add(new Case(n.path() + " = " + value + " in " + f, f, bytes(mutated), "validate", n.line(), n.path(), ""));
            }
        }
    }

    /** References the shipped what-ifs and experiments could get wrong: people, steps, parameters and metrics. */
    static void references(List<Case> out) {
        String away = "scenarios/what-if/openai-2023/sutskever-stays-away.yaml";
        String t = text(away);
        out.add(edit("a misspelt director in an override", away, t, "director: sutskever", "director: sutskevr",
                "override[0].director", "unknown person 'sutskevr'"));
        out.add(edit("a vote that does not exist", away, t, "{vote: remove-altman, director", "{vote: remove-altmann, director",
                "override[0].vote", "no vote 'remove-altmann'"));
        out.add(edit("a fork before a step that does not exist", away, t, "forkAt: {before: {vote: remove-altman}}",
                "forkAt: {before: {vote: nothing-like-it}}", "forkAt.before", "nothing-like-it"));
        out.add(edit("a decision that does not exist", away, t, "decision: stays-away", "decision: abstains",
                "override[0].decision", "'abstains' is not one of"));
        out.add(edit("a setting for a director who does not exist", away, t, "override:\n", "set:\n  directors.tonerr.resolve: 5\n"
                + "override:\n", "set.directors.tonerr.resolve", "'tonerr' is not a director"));
        out.add(edit("a setting nobody knows", away, t, "override:\n", "set:\n  model.nonsense: 5\noverride:\n",
                "set.model.nonsense", "no parameter 'nonsense'"));
        out.add(edit("a headcount of 1e10 set by a what-if", away, t, "override:\n", "set:\n  workforce.headcount: 1e10\n"
                + "override:\n", "set.workforce.headcount", "must be a whole number"));
        out.add(edit("a horizon ten years on", away, t, "override:\n", "set:\n  horizon: +PT87600H\noverride:\n",
                "set.horizon", "horizon"));
        out.add(edit("a step added for somebody unknown", away, t, "override:\n", "add:\n  - at: 2023-11-20T10:00\n"
                + "    approach: {person: nobody}\noverride:\n", "add[0].approach.person", "unknown person 'nobody'"));
        Case misspelt = out.get(out.size() - 9);
        out.add(new Case("a misspelt director found by fork", away, misspelt.text(), "fork", misspelt.line(), misspelt.field(),
                misspelt.says()));

        String offer = "scenarios/experiments/outside-offer.yaml";
        String e = text(offer);
        out.add(edit("a parameter nobody knows in an experiment", offer, e, "model.outsideOfferMultiplier:",
                "model.outsideOfferMultipler:", "vary.model.outsideOfferMultipler", "no parameter 'outsideOfferMultipler'"));
        out.add(edit("an unknown metric", offer, e, "metrics: [ceoReinstated,", "metrics: [ceoReinstatd,", "metrics[0]",
                "unknown metric 'ceoReinstatd'"));
        out.add(edit("a varied value out of range", offer, e, "[0, 0.05, 0.1, 0.2]", "[0, 0.05, 0.1, 7]",
                "vary.model.offerThresholdDiscount", "between 0 and 1"));
        out.add(edit("a range with a tiny step", offer, e, "[0, 0.05, 0.1, 0.2]", "{from: 0, to: 1, step: 1e-9}",
                "vary.model.offerThresholdDiscount", "runs of a sweep"));
        out.add(edit("a million runs", offer, e, "repetitions: 10", "repetitions: 1000000", "repetitions",
                "must be a whole number from 1 to 100,000"));
        Case repeated = edit("a repeated key in an experiment, run by sweep", offer, e, "repetitions: 10",
                "repetitions: 10\nrepetitions: 1", "repetitions", "given twice").withCommand("sweep");
        out.add(new Case(repeated.name(), offer, repeated.text(), "sweep", repeated.line() + 1, "repetitions", "given twice"));
        String quorum = "scenarios/experiments/quorum-and-notice.yaml";
        out.add(edit("a quorum larger than the board", quorum, text(quorum), "[majority, 2, 3, 4, 5, 6]",
                "[majority, 2, 3, 4, 5, 99]", "vary.bylaws.quorum", "quorum must be"));
    }

    /** Inputs that once passed the checks and then hung, crashed or were stored wrong, each through the command that showed it. */
    static void reportedDefects(List<Case> out) {
        String s = text(SCENARIO);
        String seed = text(SEED);
        out.add(edit("a tick of 1e-9 hours", SEED, seed, "pressureTickHours: 1", "pressureTickHours: 1e-9",
                "model.pressureTickHours", "between 0.1 and 24").withCommand("replay"));
        out.add(edit("a headcount of 1e10", SEED, seed, "headcount: 770", "headcount: 1e10", "workforce.headcount",
                "from 1 to 100,000").withCommand("replay"));
        out.add(edit("a negative executive count", SEED, seed, "count: 15", "count: -3", "workforce.executives.count",
                "from 0 to").withCommand("replay"));
        out.add(edit("night hours of 99", SEED, seed, "nightTo: 6", "nightTo: 99", "workforce.signRate.nightTo",
                "from 0 to 24").withCommand("replay"));
        out.add(edit("a scenario id with a path in it", SCENARIO, s, "scenario: openai-2023-board-crisis",
                "scenario: ../../etc/evil", "scenario", "is not a name").withCommand("replay"));
        out.add(edit("an empty scenario id", SCENARIO, s, "scenario: openai-2023-board-crisis", "scenario: \"\"",
                "scenario", "an empty name").withCommand("replay"));
        out.add(edit("a scenario id of 10,000 characters", SCENARIO, s, "scenario: openai-2023-board-crisis",
                "scenario: " + "x".repeat(10_000), "scenario", "a name of 10000 characters").withCommand("replay"));
        out.add(edit("a checkpoint count of 1e300", SCENARIO, s, "signatures: 505", "signatures: 1e300",
                "checkpoints[0].signatures", "from 1 to").withCommand("replay"));
        out.add(edit("a negative checkpoint count", SCENARIO, s, "signatures: 650", "signatures: -650",
                "checkpoints[1].signatures", "from 1 to").withCommand("replay"));
        out.add(edit("a null title", SCENARIO, s, "title: The OpenAI board crisis, November 2023", "title: ~", "title",
                "a value is missing").withCommand("replay"));
        out.add(edit("a horizon of ten years", SCENARIO, s, "end: 2023-11-29T23:59", "end: 2033-11-29T23:59", "end",
                "horizon").withCommand("replay"));
        out.add(edit("a complex key", SCENARIO, s, "randomSeed: 20231161", "randomSeed: 20231161\n[a, b]: c", null,
                "a key must be a plain name"));
        byte[] huge = bytes(s + "note: \"" + "q".repeat(50_000_000) + "\"\n");
        out.add(new Case("a scalar of 50 MB", SCENARIO, huge, "replay", null, null, "file size"));
    }

    static Case edit(String name, String file, String text, String from, String to, String field, String says) {
        if (!text.contains(from)) {
            throw new IllegalStateException(file + " has no '" + from + "'");
        }
        String mutated = text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
        int at = mutated.indexOf(to);
        int line = (int) mutated.substring(0, at).chars().filter(ch -> ch == '\n').count() + 1;
        int offset = (int) to.substring(0, Math.max(0, lineOfField(to, field))).chars().filter(ch -> ch == '\n').count();
        return new Case(name, file, bytes(mutated), "validate", field == null ? null : line + offset, field, says);
    }

    /** Within a replacement of several lines, how far in the field's own line begins (the last line, when unsure). */
    static int lineOfField(String to, String field) {
        if (field == null || !to.contains("\n")) {
            return 0;
        }
        String leaf = field.replaceAll(".*\\.", "").replaceAll("\\[\\d+]", "");
        int i = to.indexOf(leaf + ":");
        return i < 0 ? to.lastIndexOf('\n') : i;
    }

    // ---- reading the shipped files

    record Key(String key, String value, String line, int lineNo, String path) {
    }

    record Num(String path, int line, int start, int end) {
    }

    record Trick(String name, java.util.function.BiFunction<String, Key, String> mutation, String says, int where,
                 boolean needsKey) {
        static final int NONE = 0;
        static final int END = 1;
        static final int KEY = 2;
    }

    static List<String> shipped() {
        List<String> out = new ArrayList<>(List.of(SCENARIO, SEED));
        for (String dir : List.of("scenarios/what-if/openai-2023", "scenarios/experiments")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                files.map(Path::toString).filter(p -> p.endsWith(".yaml")).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    static String text(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The first top-level field whose value is written on its own line. */
    static Key firstScalarKey(String text) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = Pattern.compile("^([A-Za-z]+): (\\S.*)$").matcher(lines.get(i));
            if (m.matches() && !m.group(2).startsWith("#") && !m.group(2).startsWith("{") && !m.group(2).startsWith("[")) {
                return new Key(m.group(1), m.group(2), lines.get(i), i + 1, m.group(1));
            }
        }
        Matcher m = Pattern.compile("(?m)^(\\w+):\\s*$").matcher(text);
        m.find();
        String key = m.group(1);
        int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
        return new Key(key, "", key + ":", line, key);
    }

    /** The field that names the file's subject: scenario, whatif, experiment, or the organisation's first person. */
    static Key nameKey(String file, String text) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = Pattern.compile("^(scenario|whatif|experiment): (\\S+)$").matcher(lines.get(i));
            if (m.matches()) {
                return new Key(m.group(1), m.group(2), lines.get(i), i + 1, m.group(1));
            }
            if (lines.get(i).startsWith("  - {id: altman,")) {
                return new Key("  - {id", "altman", "  - {id: altman", i + 1, "people[0].id");
            }
        }
        throw new IllegalStateException("no name in " + file);
    }

    /** The field named by the line a mutation appended. */
    static String appendedKey(String text, int line) {
        String l = text.lines().skip(line - 1).findFirst().orElse("");
        int colon = l.indexOf(':');
        return colon > 0 && Character.isLetter(l.charAt(0)) ? l.substring(0, colon) : null;
    }

    static String deepBlock(int depth) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            s.append("  ".repeat(i)).append("d").append(i).append(":\n");
        }
        return s.append("  ".repeat(depth)).append("end: 1\n").toString();
    }

    static int nthLineStart(byte[] text, int n) {
        int line = 1;
        for (int i = 0; i < text.length; i++) {
            if (line == n) {
                return i;
            }
            if (text[i] == '\n') {
                line++;
            }
        }
        return text.length;
    }

    /** The numbers a check reads, with their field paths: values read in the seed and scenario, set by what-ifs. */
    static List<Num> numbersIn(String text, String file) {
        Node root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        List<Num> out = new ArrayList<>();
        walk(root, "", out);
        return out.stream().filter(n -> counts(file, n.path())).toList();
    }

    static boolean counts(String file, String path) {
        if (file.equals(SEED)) {
            return true;
        }
        if (file.equals(SCENARIO)) {
            return path.startsWith("checkpoints");
        }
        if (file.contains("what-if")) {
            return path.startsWith("set.");
        }
        return path.equals("repetitions");
    }

    static void walk(Node node, String path, List<Num> out) {
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                String key = ((ScalarNode) t.getKeyNode()).getValue();
                walk(t.getValueNode(), path.isEmpty() ? key : path + "." + key, out);
            }
        } else if (node instanceof SequenceNode s) {
            for (int i = 0; i < s.getValue().size(); i++) {
                walk(s.getValue().get(i), path + "[" + i + "]", out);
            }
        } else if (node instanceof ScalarNode s && s.getValue().matches("-?[0-9][0-9_.eE+-]*")
                && !path.equals("randomSeed") && !path.startsWith("seeds")) {
            out.add(new Num(path, s.getStartMark().getLine() + 1, s.getStartMark().getIndex(), s.getEndMark().getIndex()));
        }
    }

    static String timelines(Path data) {
        Cli list = Cli.run("timelines", "--data", data.toString());
        assertThat(list.code()).as(list.err()).isZero();
        return list.out();
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
