package org.govsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every command that prints results prints, with --format json, one document on standard output and nothing else, which
 * its schema in schema/output/ accepts; messages go to standard error.
 */
class JsonContractTest {

    static final Path SCHEMAS = Path.of("schema/output");
    static final String SCENARIO = "scenarios/openai-2023-board-crisis.yaml";
    static final String WHATIF = "scenarios/what-if/openai-2023/sutskever-stays-away.yaml";
    static final ObjectMapper JSON = new ObjectMapper();
    /** The schemas are read from schema/output/ under a base that nothing on the network answers. */
    static final String BASE = "https://govsim.invalid/schema/output/";
    static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemas(iri -> iri.startsWith(BASE) ? read(SCHEMAS.resolve(iri.substring(BASE.length()))) : null));

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @TempDir
    static Path dir;
    static String data;
    static final Set<String> checked = new TreeSet<>();

    @BeforeAll
    static void aStoreWithAReplay() {
        data = dir.resolve("data").toString();
        Cli replay = Cli.run("replay", SCENARIO, "--name", "history", "--format", "json", "--data", data);
        assertThat(replay.code()).as(replay.err()).isZero();
        assertThat(replay.err()).as("the message goes to standard error").isEqualTo("Stored as timeline 'history' (410 events)."
                + System.lineSeparator());
        valid("replay", replay.out());
    }

    @Test
    void theTimelineCommandsPrintDocumentsTheirSchemasAccept() {
        valid("fork", json("fork", "history", "--whatif", WHATIF, "--name", "away", "--check"));
        valid("fork", json("fork", "history", "--at", "100", "--dry-run"));
        valid("timelines", json("timelines"));
        valid("state", json("state", "away", "--at", "20"));
        valid("state", json("state", "history", "--at-time", "2023-11-20T09:00"));
        valid("story", json("story", "away"));
        valid("diff", json("diff", "history", "away"));
        valid("why", json("why", "history", "120"));
        JsonNode renamed = valid("timeline", json("rename", "away", "sutskever-away"));
        assertThat(renamed.get("name").asText()).isEqualTo("sutskever-away");
        assertThat(renamed.get("parent").asText()).isEqualTo("history");
    }

    @Test
    void deleteAndImportPrintDocumentsTheirSchemasAccept() throws IOException {
        valid("fork", json("fork", "history", "--at", "150", "--name", "doomed"));
        JsonNode deleted = valid("deleted", json("delete", "doomed"));
        assertThat(deleted.at("/timelines/0/name").asText()).isEqualTo("doomed");
        Cli export = Cli.run("export", "history", "--format", "jsonl", "--data", data);
        assertThat(export.code()).as(export.err()).isZero();
        Path file = dir.resolve("history.jsonl");
        Files.writeString(file, export.out());
        JsonNode imported = valid("imported", json("import", file.toString(), "--name", "history-copy"));
        assertThat(imported.get("events").asLong()).isEqualTo(410);
    }

    @Test
    void theFileCommandsPrintDocumentsTheirSchemasAccept() {
        valid("validate", json("validate", SCENARIO));
        valid("validate", json("validate", WHATIF));
        JsonNode library = valid("scenarios", json("scenarios", "scenarios"));
        assertThat(library.get("entries").size()).isGreaterThan(10);
    }

    @Test
    void aCheckOfAConsistentTimelinePrintsItsDocumentAndExitsZero() {
        assertThat(valid("check", json("check", "history")).get("contradictions").size()).isZero();
    }

    @Test
    void aCalibrationPrintsItsDocumentAndValidatesAsACalibration() throws IOException {
        Path file = dir.resolve("tiny-calibration.yaml");
        Files.writeString(file, "calibration: tiny\nscenario: " + Path.of(SCENARIO).toAbsolutePath() + "\n"
                + "fit:\n  - {path: workforce.signRateDay, from: 0.2, to: 0.8}\nevents: fitted\nseeds: 2\n"
                + "maxEvaluations: 12\n");
        JsonNode fit = valid("calibrate", json("calibrate", file.toString()));
        assertThat(fit.at("/estimates/0/path").asText()).isEqualTo("workforce.signRateDay");
        assertThat(fit.at("/targets/0/leaveOneOut").isNumber()).isTrue();
        assertThat(valid("validate", json("validate", file.toString())).get("kind").asText()).isEqualTo("calibration");
    }

    @Test
    void aSweepPrintsItsDocumentAloneAndItsProgressOnStandardError() {
        Path out = dir.resolve("quorum");
        String data = dir.resolve("sweep-data").toString();
        Cli sweep = Cli.run("sweep", "scenarios/experiments/quorum-and-notice.yaml", "--out", out.toString(), "--keep", "9",
                "--format", "json", "--data", data);
        assertThat(sweep.code()).as(sweep.err()).isZero();
        assertThat(sweep.err()).contains("Experiment 'quorum-and-notice'", "done: 12/12 runs");
        JsonNode doc = valid("sweep", sweep.out());
        assertThat(doc.at("/kept/0/run").asInt()).isEqualTo(9);
        assertThat(doc.at("/kept/0/timeline/name").asText()).isEqualTo("quorum-and-notice-run-9");
        Cli kept = Cli.run("replay", "--from-sweep", out.toString(), "--run", "3", "--format", "json", "--data", data);
        assertThat(kept.code()).as(kept.err()).isZero();
        valid("kept-run", kept.out());
    }

    @Test
    void everyLineOfAnExportIsAnEventItsSchemaAccepts() throws IOException {
        Cli export = Cli.run("export", "history", "--format", "jsonl", "--data", data);
        assertThat(export.code()).as(export.err()).isZero();
        String[] lines = export.out().split("\n");
        assertThat(lines).hasSizeGreaterThan(300);
        for (String line : lines) {
            assertThat(errors("export-event", line)).as(line).isEmpty();
        }
        checked.add("export-event");
    }

    @Test
    void aSchemaThatRejectsWhatTheCommandsDoNotPrintCatchesAChangedShape() throws IOException {
        ObjectNodeEdit edit = doc -> doc.put("schemaVersion", 2);
        String replayed = json("timelines");
        assertThat(errors("timelines", edit.apply(replayed))).isNotEmpty();
        String outcomeAsLabels = JSON.readTree(json("fork", "history", "--at", "100", "--dry-run")).toString()
                .replaceFirst("\"outcome\":\\{\"ceo\":", "\"outcome\":{\"CEO\":");
        assertThat(errors("fork", outcomeAsLabels)).isNotEmpty();
    }

    @Test
    void everyOutputSchemaIsADraft202012SchemaAndEveryCommandWithResultsOffersJson() throws IOException {
        try (Stream<Path> files = Files.list(SCHEMAS)) {
            for (Path f : files.toList()) {
                JsonNode schema = JSON.readTree(f.toFile());
                assertThat(schema.get("$schema").asText()).as(f.toString())
                        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
            }
        }
        List<String> withoutJson = new ArrayList<>();
        new CommandLine(new Main()).getSubcommands().forEach((name, sub) -> {
            CommandLine.Model.OptionSpec format = sub.getCommandSpec().findOption("--format");
            boolean offersJson = format != null && format.completionCandidates() != null
                    && java.util.stream.StreamSupport.stream(format.completionCandidates().spliterator(), false)
                    .anyMatch(c -> c.equals("json") || c.equals("jsonl"));
            // serve prints where it listens; its results are the web API's JSON. A handout is a document to print,
            // made of what show, diff and state already give as JSON
            if (!offersJson && !Set.of("help", "completion", "serve", "handout").contains(name)) {
                withoutJson.add(name);
            }
        });
        assertThat(withoutJson).as("commands that print results without JSON").isEmpty();
    }

    interface ObjectNodeEdit {
        void edit(com.fasterxml.jackson.databind.node.ObjectNode doc);

        default String apply(String json) throws IOException {
            com.fasterxml.jackson.databind.node.ObjectNode doc = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(json);
            edit(doc);
            return doc.toString();
        }
    }

    /** Runs a command with --format json; it must succeed and print nothing but the document on standard output. */
    static String json(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--format", "json", "--data", data));
        Cli c = Cli.run(all.toArray(String[]::new));
        assertThat(c.code()).as(String.join(" ", args) + ": " + c.err()).isZero();
        return c.out();
    }

    static JsonNode valid(String schema, String out) {
        assertThat(errors(schema, out)).as(schema + ": " + out.substring(0, Math.min(out.length(), 400))).isEmpty();
        checked.add(schema);
        try {
            JsonNode doc = JSON.readTree(out);
            assertThat(doc.get("schemaVersion").asInt()).isEqualTo(1);
            assertThat(doc.fieldNames().next()).isEqualTo("schemaVersion");
            return doc;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static List<String> errors(String schema, String json) {
        Schema s = REGISTRY.getSchema(SchemaLocation.of(BASE + schema + ".schema.json"));
        return s.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }
}
