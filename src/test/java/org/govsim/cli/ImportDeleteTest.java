package org.govsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govsim.timeline.SharedPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export and import as backup and migration; delete for branches only. */
class ImportDeleteTest {

    @TempDir
    Path dir;
    String data;

    @BeforeEach
    void historyWithBranches() {
        data = dir.resolve("data").toString();
        ok(Cli.run("replay", "scenarios/openai-2023-board-crisis.yaml", "--name", "history", "--data", data));
        ok(Cli.run("fork", "history", "--whatif", ForkCliTest.WHATIF, "--name", "away", "--data", data));
        ok(Cli.run("fork", "away", "--at", "40", "--name", "away-later", "--data", data));
    }

    @Test
    void everyTimelineRoundTripsByteForByteFromH2ToH2() throws Exception {
        String other = dir.resolve("other").toString();
        for (Map.Entry<String, Path> export : exports().entrySet()) {
            String copy = export.getKey() + "-copy";
            ok(Cli.run("import", export.getValue().toString(), "--name", copy, "--data", other));
            assertThat(exported(copy, "--data", other)).as(export.getKey())
                    .isEqualTo(Files.readString(export.getValue()));
        }
        Cli state = Cli.run("state", "away-later-copy", "--format", "json", "--data", other);
        assertThat(state.out()).isEqualTo(Cli.run("state", "away-later", "--format", "json", "--data", data).out()
                .replace("\"away-later\"", "\"away-later-copy\""));
    }

    @Test
    void everyTimelineRoundTripsByteForByteFromH2ToPostgres() throws Exception {
        String url = SharedPostgres.database().url();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        for (Map.Entry<String, Path> export : exports().entrySet()) {
            String copy = export.getKey() + "-" + suffix;
            ok(Cli.run("import", export.getValue().toString(), "--name", copy, "--db-url", url));
            assertThat(exported(copy, "--db-url", url)).as(export.getKey())
                    .isEqualTo(Files.readString(export.getValue()));
        }
    }

    @Test
    void anImportIsNamedAfterItsFileUnlessNamed() throws Exception {
        Path file = exports().get("away");
        Cli first = Cli.run("import", file.toString(), "--data", data);
        ok(first);
        assertThat(first.out()).startsWith("Stored as timeline 'away-2' (47 events");
        Cli taken = Cli.run("import", file.toString(), "--name", "history", "--data", data);
        assertThat(taken.code()).isEqualTo(2);
        assertThat(taken.err().strip()).isEqualTo("error: option --name: a timeline named 'history' already exists");
    }

    /** Each broken line: the line's number, its field, and a line of a good export changed to break that field. */
    private record Breakage(int line, String field, String from, String to) {
    }

    @Test
    void aBrokenImportFileNamesFileLineAndFieldAndStoresNothing() throws Exception {
        List<String> good = Files.readAllLines(exports().get("history"));
        List<Breakage> breakages = List.of(
                new Breakage(1, "type", "\"type\":\"SimulationStarted\"", "\"type\":\"SimulationBegun\""),
                new Breakage(3, "seq", "\"seq\":3,", "\"seq\":4,"),
                new Breakage(5, "time", "\"time\":\"", "\"time\":\"yesterday "),
                new Breakage(7, "revision", "\"revision\":\"", "\"revision\":\"9"),
                new Breakage(9, "action", ",\"action\":", ",\"action\":1.5,\"was\":"),
                new Breakage(11, "payload", "\"payload\":{", "\"payload\":{\"unknownField\":1,"),
                new Breakage(13, "aggregate", "\"aggregate\":\"", "\"aggregate\":\"x"),
                new Breakage(200, "line", good.get(199), good.get(199).substring(0, 40)),
                new Breakage(397, "seq", "\"seq\":397", "\"seq\":\"397\""));
        String before = Cli.run("timelines", "--format", "json", "--data", data).out();
        for (Breakage b : breakages) {
            List<String> lines = new ArrayList<>(good);
            String line = lines.get(b.line() - 1);
            assertThat(line).as("the breakage applies").contains(b.from());
            lines.set(b.line() - 1, line.replaceFirst(java.util.regex.Pattern.quote(b.from()),
                    java.util.regex.Matcher.quoteReplacement(b.to())));
            Path broken = Files.write(dir.resolve("broken-" + b.line() + ".jsonl"), lines);
            Cli run = Cli.run("import", broken.toString(), "--data", data);
            assertThat(run.code()).as(b + run.err()).isEqualTo(2);
            assertThat(run.err().strip()).as(b.toString()).doesNotContain("\n")
                    .startsWith("error: " + broken + ":" + b.line() + ": " + b.field() + ": ");
        }
        Path notUtf8 = dir.resolve("latin1.jsonl");
        byte[] head = (good.get(0) + "\n" + good.get(1) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 3);
        bytes[head.length] = (byte) 0xE9;
        bytes[head.length + 1] = '\n';
        Files.write(notUtf8, bytes);
        Cli latin1 = Cli.run("import", notUtf8.toString(), "--data", data);
        assertThat(latin1.code()).isEqualTo(2);
        assertThat(latin1.err().strip()).isEqualTo("error: " + notUtf8 + ":3: line: is not UTF-8 text");
        assertThat(Cli.run("timelines", "--format", "json", "--data", data).out()).isEqualTo(before);
    }

    @Test
    void deleteRemovesABranchAndItsBranchesOnlyWhenAskedAndNeverHistory() throws Exception {
        Cli history = Cli.run("delete", "history", "--data", data);
        assertThat(history.code()).isEqualTo(2);
        assertThat(history.err().strip()).isEqualTo("error: argument TIMELINE: 'history' is history (of scenario "
                + "'openai-2023-board-crisis'), not a branch; only branches can be deleted");

        Cli parent = Cli.run("delete", "away", "--data", data);
        assertThat(parent.code()).isEqualTo(2);
        assertThat(parent.err().strip()).isEqualTo("error: argument TIMELINE: 'away' has branches (away-later); "
                + "give --recursive to delete them with it");

        String id = ForkCliTest.JSON.readTree(Cli.run("timelines", "--format", "json", "--data", data).out())
                .findValues("id").get(2).asText();
        Cli byId = Cli.run("delete", id, "--format", "json", "--data", data);
        ok(byId);
        assertThat(ForkCliTest.JSON.readTree(byId.out()).at("/timelines/0/name").asText()).isEqualTo("away-later");

        ok(Cli.run("fork", "away", "--at", "40", "--name", "again", "--data", data));
        Cli recursive = Cli.inNewProcess("delete", "away", "--recursive", "--data", data);
        ok(recursive);
        assertThat(recursive.out()).contains("Deleted timeline 'again'", "Deleted timeline 'away'");
        Cli left = Cli.inNewProcess("timelines", "--data", data);
        assertThat(left.out()).contains("history").doesNotContain("away", "again");
        assertThat(Cli.run("export", "history", "--format", "jsonl", "--data", data).out().lines().count())
                .isEqualTo(410);
    }

    private Map<String, Path> exports() throws Exception {
        Map<String, Path> files = new LinkedHashMap<>();
        for (String name : List.of("history", "away", "away-later")) {
            Path file = dir.resolve(name + ".jsonl");
            if (!Files.exists(file)) {
                Files.writeString(file, exported(name, "--data", data));
            }
            files.put(name, file);
        }
        return files;
    }

    private static String exported(String timeline, String... store) {
        List<String> args = new ArrayList<>(List.of("export", timeline, "--format", "jsonl"));
        args.addAll(List.of(store));
        Cli export = Cli.run(args.toArray(String[]::new));
        ok(export);
        return export.out();
    }

    private static void ok(Cli run) {
        assertThat(run.code()).as(run.err()).isZero();
    }
}
