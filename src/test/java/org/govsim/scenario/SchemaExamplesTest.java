package org.govsim.scenario;

import org.govsim.board.Board;
import org.govsim.workforce.Workforce;
import org.govsim.organisation.Organisation;
import org.govsim.investor.Investor;
import org.govsim.model.GovernanceModel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.govsim.board.BoardCommands;
import org.govsim.board.Bylaws;
import org.govsim.board.Motion;
import org.govsim.simulation.ScenarioPlan;
import org.govsim.simulation.Simulation;
import org.govsim.simulation.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor schemas in schema/ agree with the loaders: they are JSON, their references resolve (within a schema and
 * from one schema file to another), they declare the fields and words the loaders accept, and the real scenario, seed,
 * what-if and experiment files use only what they declare. No schema validator is involved.
 */
class SchemaExamplesTest {

    static final Path SCENARIO_SCHEMA = Path.of("schema/scenario.schema.json");
    static final Path SEED_SCHEMA = Path.of("schema/seed.schema.json");
    static final Path WHATIF_SCHEMA = Path.of("schema/whatif.schema.json");
    static final Path EXPERIMENT_SCHEMA = Path.of("schema/experiment.schema.json");
    static final Path SCENARIO = Path.of("scenarios/openai-2023-board-crisis.yaml");
    static final Path SEED = Path.of("seeds/openai-2023.yaml");
    static final Path WHATIFS = Path.of("scenarios/what-if");
    static final Path EXPERIMENTS = Path.of("scenarios/experiments");
    static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";

    private final ObjectMapper json = new ObjectMapper();
    private final Map<Path, JsonNode> documents = new HashMap<>();

    @TempDir
    Path tmp;

    /** A place in a schema document: the file, its root (for '#' references) and the node. */
    record At(Path file, JsonNode root, JsonNode node) {
        At with(JsonNode other) {
            return new At(file, root, other);
        }
    }

    @Test
    void bothSchemasAreJsonSchemaDocuments() throws IOException {
        for (Path file : List.of(SCENARIO_SCHEMA, SEED_SCHEMA)) {
            JsonNode schema = json.readTree(file.toFile());
            assertThat(schema.path("$schema").asText()).as(file + " $schema").isEqualTo(DRAFT);
            assertThat(schema.path("type").asText()).as(file + " type").isEqualTo("object");
            assertThat(schema.path("properties").size()).as(file + " properties").isPositive();
            checkRefsAndDescriptions(schema(file), file.toString(), new ArrayList<>());
        }
    }

    @Test
    void theWhatIfAndExperimentSchemasAreJsonSchemaDocumentsWhoseReferencesResolve() throws IOException {
        for (Path file : List.of(WHATIF_SCHEMA, EXPERIMENT_SCHEMA)) {
            JsonNode schema = json.readTree(file.toFile());
            assertThat(schema.path("$schema").asText()).as(file + " $schema").isEqualTo(DRAFT);
            assertThat(schema.path("type").asText()).as(file + " type").isEqualTo("object");
            assertThat(schema.path("properties").size()).as(file + " properties").isPositive();
            assertThat(schema.path("additionalProperties").asBoolean(true)).as(file + " additionalProperties").isFalse();
            List<String> refs = new ArrayList<>();
            checkRefsAndDescriptions(schema(file), file.toString(), refs);
            assertThat(refs).as(file + " refers to other schema files").anyMatch(r -> !r.startsWith("#"));
        }
    }

    @Test
    void theRealScenarioLoads() {
        ScenarioPlan plan = ScenarioLoader.load(SCENARIO);
        assertThat(plan.script()).isNotEmpty();
        assertThat(ScenarioLoader.checkpoints(SCENARIO)).isNotEmpty();
    }

    @Test
    void theShippedWhatIfsAndExperimentsLoad() throws IOException {
        List<Path> whatIfs = yamlFiles(WHATIFS);
        assertThat(whatIfs).isNotEmpty();
        for (Path f : whatIfs) {
            WhatIfFile w = WhatIfFile.load(f);
            assertThat(w.name()).as(f.toString()).isEqualTo(String.valueOf(((Map<?, ?>) readYaml(f)).get("whatif")));
            assertThat(w.question()).as(f.toString()).isNotBlank();
        }
        List<Path> experiments = yamlFiles(EXPERIMENTS);
        assertThat(experiments).isNotEmpty();
        for (Path f : experiments) {
            ExperimentFile e = ExperimentFile.load(f);
            assertThat(e.runCount()).as(f.toString()).isPositive();
            assertThat(e.metrics()).as(f.toString()).contains(e.outcome());
            assertThat(e.scenario()).as(f + " base scenario").isNotNull();
        }
    }

    @Test
    void everyTopLevelFieldTheScenarioSchemaDeclaresIsAcceptedByTheLoader() throws IOException {
        JsonNode schema = json.readTree(SCENARIO_SCHEMA.toFile());
        Set<String> inFile = topLevelKeys(SCENARIO);
        Set<String> declared = names(schema.path("properties").fieldNames());
        assertThat(declared).as("fields of the real scenario file").containsAll(inFile);
        assertThat(inFile).as("required fields").containsAll(names(schema.path("required").elements()));

        ScenarioLoader.load(SCENARIO);
        for (String field : declared) {
            if (inFile.contains(field)) {
                continue;
            }
            JsonNode example = firstExample(schema(SCENARIO_SCHEMA).with(schema.path("properties").path(field)));
            if (example == null) {
                fail("the schema gives no example for '" + field + "', which the real scenario file does not use");
            }
            Path copy = copyWith(field + ": " + json.writeValueAsString(example));
            assertThat(ScenarioLoader.load(copy).title()).as(field).isNotBlank();
        }
    }

    @Test
    void everyTopLevelFieldTheWhatIfSchemaDeclaresIsAcceptedByTheLoader() throws IOException {
        At schema = schema(WHATIF_SCHEMA);
        Path file = yamlFiles(WHATIFS).get(0);
        Set<String> inFile = topLevelKeys(file);
        assertThat(inFile).containsAll(names(schema.node().path("required").elements()));
        StringBuilder more = new StringBuilder();
        for (String field : names(schema.node().path("properties").fieldNames())) {
            if (!inFile.contains(field)) {
                JsonNode example = firstExample(schema.with(schema.node().path("properties").path(field)));
                assertThat(example).as("an example for '" + field + "'").isNotNull();
                more.append(field).append(": ").append(json.writeValueAsString(example)).append('\n');
            }
        }
        assertThat(WhatIfFile.load(copyOf(file, more.toString())).name()).isNotBlank();
        assertThatThrownBy(() -> WhatIfFile.load(copyOf(file, "colour: blue\n"))).isInstanceOf(InputException.class)
                .hasMessageContaining("unknown field 'colour'");
    }

    @Test
    void everyTopLevelFieldTheExperimentSchemaDeclaresIsAcceptedByTheLoader() throws IOException {
        At schema = schema(EXPERIMENT_SCHEMA);
        Path file = yamlFiles(EXPERIMENTS).get(0);
        Set<String> inFile = topLevelKeys(file);
        assertThat(inFile).containsAll(names(schema.node().path("required").elements()));
        StringBuilder more = new StringBuilder();
        for (String field : names(schema.node().path("properties").fieldNames())) {
            if (!inFile.contains(field) && !Set.of("timeline", "forkAt", "outcome").contains(field)) {
                JsonNode example = firstExample(schema.with(schema.node().path("properties").path(field)));
                assertThat(example).as("an example for '" + field + "'").isNotNull();
                more.append(field).append(": ").append(json.writeValueAsString(example)).append('\n');
            }
        }
        ExperimentFile all = ExperimentFile.load(copyOf(file, more.toString()));
        assertThat(all.runCount()).isPositive();

        // the other base: a stored timeline and a fork point, in place of the scenario
        String text = Files.readString(file, StandardCharsets.UTF_8)
                .replaceFirst("(?m)^scenario:.*$", "timeline: some-timeline\nforkAt: {seq: 120}");
        Path onTimeline = tmp.resolve("on-timeline.yaml");
        Files.writeString(onTimeline, text, StandardCharsets.UTF_8);
        assertThat(ExperimentFile.load(onTimeline).timeline()).isEqualTo("some-timeline");

        assertThatThrownBy(() -> ExperimentFile.load(copyOf(file, "colour: blue\n"))).isInstanceOf(InputException.class)
                .hasMessageContaining("unknown field 'colour'");
    }

    @Test
    void theLoaderRejectsATopLevelFieldTheSchemaDoesNotDeclare() throws IOException {
        JsonNode schema = json.readTree(SCENARIO_SCHEMA.toFile());
        assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(schema.path("properties").has("colour")).isFalse();
        Path copy = copyWith("colour: blue");
        assertThatThrownBy(() -> ScenarioLoader.load(copy)).isInstanceOf(InputException.class)
                .hasMessageContaining("unknown field 'colour'");
    }

    @Test
    void theSchemasNameTheActionsAndWordsTheCodeAccepts() throws IOException {
        JsonNode scenario = json.readTree(SCENARIO_SCHEMA.toFile());
        JsonNode defs = scenario.path("$defs");

        Set<String> actions = new TreeSet<>();
        for (JsonNode branch : defs.path("step").path("oneOf")) {
            actions.add(branch.path("required").path(0).asText());
        }
        assertThat(actions).as("script actions").isEqualTo(new TreeSet<>(ScenarioLoader.ACTIONS));

        Set<String> kinds = names(defs.path("resolution").path("properties").fieldNames());
        kinds.remove("role");
        assertThat(kinds).as("resolution kinds").isEqualTo(words(Motion.Kind.class));

        JsonNode vote = defs.path("vote").path("properties");
        assertThat(enumOf(vote.path("method"))).isEqualTo(words(BoardCommands.Method.class));
        assertThat(enumOf(vote.path("votes"))).isEqualTo(words(BoardCommands.VoteBy.class));
        assertThat(enumOf(vote.path("side"))).isEqualTo(words(Motion.Side.class));

        JsonNode bylaws = json.readTree(SEED_SCHEMA.toFile()).path("properties").path("bylaws").path("properties");
        assertThat(enumOf(bylaws.path("actionWithoutMeeting"))).isEqualTo(words(Bylaws.WrittenConsent.class));
        assertThat(enumOf(bylaws.path("directorsElectedBy"))).isEqualTo(words(Bylaws.Electorate.class));
        assertThat(enumOf(bylaws.path("directorsRemovedBy"))).isEqualTo(words(Bylaws.Electorate.class));
    }

    @Test
    void theWhatIfAndExperimentSchemasNameWhatTheLoadersAccept() throws IOException {
        JsonNode whatIf = json.readTree(WHATIF_SCHEMA.toFile());
        JsonNode experiment = json.readTree(EXPERIMENT_SCHEMA.toFile());
        JsonNode defs = whatIf.path("$defs");

        assertThat(enumOf(experiment.path("$defs").path("metric"))).as("metrics")
                .isEqualTo(new TreeSet<>(ExperimentFile.METRICS));
        assertThat(names(defs.path("step").path("properties").fieldNames())).as("fields of an added step")
                .isEqualTo(new TreeSet<>(ScenarioLoader.STEP_FIELDS));
        assertThat(names(defs.path("stepRef").path("properties").fieldNames())).as("step references")
                .isEqualTo(Set.of("vote", "settlement", "offer", "approach", "advice", "campaign", "declaration", "letter",
                        "lawsuit", "stay", "at"));

        // the setting paths: the what-if's 'set' and the experiment's 'vary' declare the same ones
        JsonNode set = defs.path("settings");
        Set<String> fixed = names(set.path("properties").fieldNames());
        Set<String> patterns = names(set.path("patternProperties").fieldNames());
        Set<String> pathWords = new TreeSet<>();
        Set<String> pathPatterns = new TreeSet<>();
        for (JsonNode alternative : defs.path("settingPath").path("anyOf")) {
            alternative.path("enum").forEach(w -> pathWords.add(w.asText()));
            if (alternative.has("pattern")) {
                pathPatterns.add(alternative.path("pattern").asText());
            }
        }
        assertThat(pathWords).as("fixed setting paths").isEqualTo(fixed);
        assertThat(pathPatterns).as("setting paths naming someone").isEqualTo(patterns);

        // every parameter the code lets a setting change is declared, under the form Settings lists
        World start = Simulation.begin(ScenarioLoader.load(SCENARIO), GovernanceModel.standard(), r -> { }).world();
        At settingPath = schema(WHATIF_SCHEMA).with(defs.path("settingPath"));
        Set<String> expected = new TreeSet<>();
        RecordEdit.editable(Board.in(start).bylaws()).forEach(f -> expected.add("bylaws." + f));
        RecordEdit.editable(Workforce.in(start).profile()).forEach(f -> expected.add("workforce." + f));
        RecordEdit.editable(start.parameters()).forEach(f -> expected.add("model." + f));
        expected.addAll(List.of("workforce.thresholds", "workforce.thresholdShift", "shareholders.election", "horizon"));
        assertThat(fixed).as("settings without a name in them").isEqualTo(expected);
        List<String> named = new ArrayList<>();
        var investor = Investor.all(start).values().iterator().next().profile();
        RecordEdit.editable(investor).forEach(f -> named.add("investors.someone." + f));
        RecordEdit.editable(investor.leverage()).forEach(f -> named.add("investors.someone.leverage." + f));
        RecordEdit.editable(new org.govsim.board.BoardEvents.DirectorProfile("someone", 1, 1))
                .forEach(f -> named.add("directors.someone." + f));
        RecordEdit.editable(Organisation.in(start).loyalists().get(0)).forEach(f -> named.add("loyalists.someone." + f));
        RecordEdit.editable(Organisation.in(start).candidates().get(0)).forEach(f -> named.add("candidates.some-one." + f));
        named.addAll(List.of("shareholders.holders.someone.shares.common", "shareholders.holders.someone.leaning.iss"));
        for (String path : named) {
            assertThat(nameAllowed(settingPath, path)).as(path).isTrue();
            assertThat(patterns.stream().anyMatch(p -> Pattern.compile(p).matcher(path).find())).as(path).isTrue();
        }
        for (String form : Settings.FORMS) {
            String prefix = form.substring(0, form.indexOf('.') < 0 ? form.length() : form.indexOf('.'));
            assertThat(fixed.stream().anyMatch(f -> f.startsWith(prefix)) || patterns.stream().anyMatch(p -> p.startsWith("^" + prefix)))
                    .as(form).isTrue();
        }
        assertThat(nameAllowed(settingPath, "bylaws.quorom")).isFalse();
        assertThat(nameAllowed(settingPath, "colour")).isFalse();

        // the schema's own example of 'set' is accepted by the settings code, against the historical seed world
        Path example = tmp.resolve("settings-example.yaml");
        Files.writeString(example, "whatif: example\nquestion: q\nset: "
                + json.writeValueAsString(firstExample(schema(WHATIF_SCHEMA).with(set))) + "\n", StandardCharsets.UTF_8);
        WhatIfFile settings = WhatIfFile.load(example);
        Simulation.begin(ScenarioLoader.load(SCENARIO), GovernanceModel.standard(), r -> { }).apply(settings);
    }

    @Test
    void theRealFilesUseOnlyFieldsTheSchemasDeclare() throws IOException {
        List<String> problems = new ArrayList<>();
        checkFields(schema(SCENARIO_SCHEMA), readYaml(SCENARIO), "", problems);
        checkFields(schema(SEED_SCHEMA), readYaml(SEED), "", problems);
        assertThat(problems).isEmpty();
    }

    @Test
    void theShippedWhatIfsAndExperimentsUseOnlyKeysTheSchemasDeclare() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path f : yamlFiles(WHATIFS)) {
            checkFields(schema(WHATIF_SCHEMA), readYaml(f), f + ": ", problems);
        }
        for (Path f : yamlFiles(EXPERIMENTS)) {
            checkFields(schema(EXPERIMENT_SCHEMA), readYaml(f), f + ": ", problems);
        }
        assertThat(problems).isEmpty();

        // and the check does catch an undeclared key, at any depth
        List<String> caught = new ArrayList<>();
        checkFields(schema(WHATIF_SCHEMA), Map.of("set", Map.of("bylaws.quorom", 3),
                "add", List.of(Map.of("at", "2023-11-17T12:00", "vote", Map.of("id", "x", "colour", "blue")))), "", caught);
        checkFields(schema(EXPERIMENT_SCHEMA), Map.of("vary", Map.of("model.weightSignatures",
                Map.of("from", 1, "to", 2, "stride", 1))), "", caught);
        assertThat(String.join("\n", caught)).contains("set.bylaws.quorom", "add[0].vote.colour", "stride");
    }

    // ---- helpers ----

    private At schema(Path file) {
        JsonNode root = document(file);
        return new At(file.toAbsolutePath().normalize(), root, root);
    }

    private JsonNode document(Path file) {
        return documents.computeIfAbsent(file.toAbsolutePath().normalize(), f -> {
            try {
                return json.readTree(f.toFile());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Resolves a $ref: '#/pointer' within the document, or 'file.json#/pointer' relative to it; null if it does not. */
    private At resolve(At from, String ref) {
        int hash = ref.indexOf('#');
        String file = hash < 0 ? ref : ref.substring(0, hash);
        String pointer = hash < 0 ? "" : ref.substring(hash + 1);
        Path target = file.isEmpty() ? from.file() : from.file().getParent().resolve(file).normalize();
        if (!Files.isRegularFile(target) || !(pointer.isEmpty() || pointer.startsWith("/"))) {
            return null;
        }
        JsonNode root = document(target);
        JsonNode node = pointer.isEmpty() ? root : root.at(pointer);
        return node.isMissingNode() ? null : new At(target, root, node);
    }

    private At deref(At at) {
        for (int hops = 0; at.node().has("$ref"); hops++) {
            String ref = at.node().get("$ref").asText();
            At next = resolve(at, ref);
            assertThat(next).as(at.file() + " $ref " + ref).isNotNull();
            assertThat(hops).as("$ref chain at " + ref).isLessThan(20);
            at = next;
        }
        return at;
    }

    /** Walks a schema: every $ref resolves (locally or in another file), and every declared property says what it is. */
    private void checkRefsAndDescriptions(At at, String where, List<String> refs) {
        JsonNode node = at.node();
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null) {
                refs.add(ref.asText());
                assertThat(resolve(at, ref.asText())).as(where + " $ref " + ref.asText()).isNotNull();
            }
            for (String kind : List.of("properties", "patternProperties")) {
                JsonNode props = node.get(kind);
                if (props == null || !props.isObject()) {
                    continue;
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> p = it.next();
                    JsonNode target = deref(at.with(p.getValue())).node();
                    boolean described = p.getValue().has("description") || target.has("description");
                    boolean branchOnly = p.getValue().size() == 1 && p.getValue().has("const");
                    assertThat(described || branchOnly).as(where + "." + p.getKey() + " has a description").isTrue();
                }
            }
            node.fields().forEachRemaining(f -> {
                if (!f.getKey().equals("examples") && !f.getKey().equals("default")) {
                    checkRefsAndDescriptions(at.with(f.getValue()), where + "." + f.getKey(), refs);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkRefsAndDescriptions(at.with(node.get(i)), where + "[" + i + "]", refs);
            }
        }
    }

    /**
     * Checks the field names of a parsed YAML value against the schema: properties, patternProperties, propertyNames,
     * additionalProperties and required; where the schema is a choice (oneOf, anyOf) one branch must fit.
     */
    private void checkFields(At schema, Object value, String path, List<String> problems) {
        schema = deref(schema);
        JsonNode s = schema.node();
        boolean structured = s.has("properties") || s.has("patternProperties") || s.has("additionalProperties")
                || s.has("propertyNames") || s.has("items");
        if (!structured && (s.has("oneOf") || s.has("anyOf"))) {
            checkBranches(schema, value, path, problems);
            return;
        }
        if (value instanceof Map<?, ?> map) {
            JsonNode props = s.path("properties");
            JsonNode more = s.get("additionalProperties");
            for (JsonNode r : s.path("required")) {
                if (!map.containsKey(r.asText())) {
                    problems.add(path + ": missing required '" + r.asText() + "'");
                }
            }
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                String at = path.isEmpty() || path.endsWith(": ") ? path + key : path + "." + key;
                if (s.has("propertyNames") && !nameAllowed(schema.with(s.get("propertyNames")), key)) {
                    problems.add(at + ": not a name the schema allows here");
                    continue;
                }
                JsonNode byPattern = matchingPattern(s.path("patternProperties"), key);
                if (props.has(key)) {
                    checkFields(schema.with(props.get(key)), e.getValue(), at, problems);
                } else if (byPattern != null) {
                    checkFields(schema.with(byPattern), e.getValue(), at, problems);
                } else if (more != null && more.isObject()) {
                    checkFields(schema.with(more), e.getValue(), at, problems);
                } else if (more != null && !more.asBoolean(true)) {
                    problems.add(at + ": not declared in the schema");
                }
            }
        } else if (value instanceof List<?> list && s.has("items")) {
            for (int i = 0; i < list.size(); i++) {
                checkFields(schema.with(s.get("items")), list.get(i), path + "[" + i + "]", problems);
            }
        }
    }

    /** A value under a choice: fine if one branch of its kind (mapping or list) fits; else the nearest branch's problems. */
    private void checkBranches(At schema, Object value, String path, List<String> problems) {
        List<String> nearest = null;
        for (String choice : List.of("oneOf", "anyOf")) {
            for (JsonNode branch : schema.node().path(choice)) {
                At b = deref(schema.with(branch));
                String type = b.node().path("type").asText("");
                boolean fits = value instanceof Map<?, ?> ? type.equals("object") || b.node().has("properties")
                        : value instanceof List<?> && (type.equals("array") || b.node().has("items"));
                if (!fits) {
                    continue;
                }
                List<String> found = new ArrayList<>();
                checkFields(b, value, path, found);
                if (found.isEmpty()) {
                    return;
                }
                if (nearest == null || found.size() < nearest.size()) {
                    nearest = found;
                }
            }
        }
        if (nearest != null) {
            problems.addAll(nearest);
        }
    }

    private static JsonNode matchingPattern(JsonNode patternProperties, String key) {
        for (Iterator<Map.Entry<String, JsonNode>> it = patternProperties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            if (Pattern.compile(p.getKey()).matcher(key).find()) {
                return p.getValue();
            }
        }
        return null;
    }

    /** Whether a property name satisfies a propertyNames schema: its enum, const, pattern, anyOf and oneOf. */
    private boolean nameAllowed(At schema, String name) {
        JsonNode s = deref(schema).node();
        if (s.has("enum") && !names(s.get("enum").elements()).contains(name)) {
            return false;
        }
        if (s.has("const") && !s.get("const").asText().equals(name)) {
            return false;
        }
        if (s.has("pattern") && !Pattern.compile(s.get("pattern").asText()).matcher(name).find()) {
            return false;
        }
        for (String choice : List.of("anyOf", "oneOf")) {
            if (s.has(choice)) {
                boolean any = false;
                for (JsonNode branch : s.get(choice)) {
                    any |= nameAllowed(schema.with(branch), name);
                }
                if (!any) {
                    return false;
                }
            }
        }
        return true;
    }

    private JsonNode firstExample(At property) {
        At p = property;
        while (true) {
            if (p.node().path("examples").size() > 0) {
                return p.node().path("examples").get(0);
            }
            if (!p.node().has("$ref")) {
                return null;
            }
            p = resolve(p, p.node().get("$ref").asText());
            assertThat(p).isNotNull();
        }
    }

    /** A copy of the real scenario in a temporary folder, pointing at the real seed, with one more top-level line. */
    private Path copyWith(String line) throws IOException {
        String text = Files.readString(SCENARIO, StandardCharsets.UTF_8);
        String seed = json.writeValueAsString(SEED.toAbsolutePath().toString());
        String moved = text.replaceFirst("(?m)^seed:.*$", java.util.regex.Matcher.quoteReplacement("seed: " + seed));
        assertThat(moved).isNotEqualTo(text);
        Path copy = tmp.resolve("scenario-" + Math.abs(line.hashCode()) + ".yaml");
        Files.writeString(copy, moved + (moved.endsWith("\n") ? "" : "\n") + line + "\n", StandardCharsets.UTF_8);
        return copy;
    }

    /** A copy of a shipped file in a temporary folder, its scenario path made absolute, with more top-level lines. */
    private Path copyOf(Path file, String lines) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        java.util.regex.Matcher m = Pattern.compile("(?m)^scenario: *(\\S+) *$").matcher(text);
        if (m.find()) {
            Path scenario = file.toAbsolutePath().getParent().resolve(m.group(1)).normalize();
            text = text.substring(0, m.start()) + "scenario: " + json.writeValueAsString(scenario.toString())
                    + text.substring(m.end());
        }
        Path copy = tmp.resolve("copy-" + Math.abs((file + lines).hashCode()) + ".yaml");
        Files.writeString(copy, text + (text.endsWith("\n") ? "" : "\n") + lines, StandardCharsets.UTF_8);
        return copy;
    }

    private static List<Path> yamlFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static Object readYaml(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new org.yaml.snakeyaml.Yaml().load(r);
        }
    }

    private static Set<String> topLevelKeys(Path file) throws IOException {
        Object doc = readYaml(file);
        assertThat(doc).isInstanceOf(Map.class);
        return ((Map<?, ?>) doc).keySet().stream().map(String::valueOf).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<String> names(Iterator<?> it) {
        Set<String> out = new TreeSet<>();
        it.forEachRemaining(x -> out.add(x instanceof JsonNode n ? n.asText() : String.valueOf(x)));
        return out;
    }

    private static Set<String> enumOf(JsonNode property) {
        return names(property.path("enum").elements());
    }

    private static <E extends Enum<E>> Set<String> words(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase().replace('_', '-'))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
