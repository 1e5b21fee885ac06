package org.govsim.scenario;

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
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.govsim.board.BoardCommands;
import org.govsim.board.Bylaws;
import org.govsim.board.Motion;
import org.govsim.simulation.ScenarioPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor schemas in schema/ agree with the loader: they are JSON, they declare the fields and words the loader
 * accepts, and the real scenario and seed files use only what they declare. No schema validator is involved.
 */
class SchemaExamplesTest {

    static final Path SCENARIO_SCHEMA = Path.of("schema/scenario.schema.json");
    static final Path SEED_SCHEMA = Path.of("schema/seed.schema.json");
    static final Path SCENARIO = Path.of("scenarios/openai-2023-board-crisis.yaml");
    static final Path SEED = Path.of("seeds/openai-2023.yaml");
    static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void bothSchemasAreJsonSchemaDocuments() throws IOException {
        for (Path file : List.of(SCENARIO_SCHEMA, SEED_SCHEMA)) {
            JsonNode schema = json.readTree(file.toFile());
            assertThat(schema.path("$schema").asText()).as(file + " $schema").isEqualTo(DRAFT);
            assertThat(schema.path("type").asText()).as(file + " type").isEqualTo("object");
            assertThat(schema.path("properties").size()).as(file + " properties").isPositive();
            checkRefsAndDescriptions(schema, schema, file.toString());
        }
    }

    @Test
    void theRealScenarioLoads() {
        ScenarioPlan plan = ScenarioLoader.load(SCENARIO);
        assertThat(plan.script()).isNotEmpty();
        assertThat(ScenarioLoader.checkpoints(SCENARIO)).isNotEmpty();
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
            JsonNode example = firstExample(schema, schema.path("properties").path(field));
            if (example == null) {
                fail("the schema gives no example for '" + field + "', which the real scenario file does not use");
            }
            Path copy = copyWith(field + ": " + json.writeValueAsString(example));
            assertThat(ScenarioLoader.load(copy).title()).as(field).isNotBlank();
        }
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
    void theRealFilesUseOnlyFieldsTheSchemasDeclare() throws IOException {
        JsonNode scenario = json.readTree(SCENARIO_SCHEMA.toFile());
        JsonNode seed = json.readTree(SEED_SCHEMA.toFile());
        List<String> problems = new ArrayList<>();
        checkFields(scenario, scenario, readYaml(SCENARIO), "", problems);
        checkFields(seed, seed, readYaml(SEED), "", problems);
        assertThat(problems).isEmpty();
    }

    // ---- helpers ----

    /** Walks the schema: every local $ref resolves, and every declared property says what it is. */
    private void checkRefsAndDescriptions(JsonNode root, JsonNode node, String where) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null) {
                assertThat(resolve(root, ref.asText())).as(where + " $ref " + ref.asText()).isNotNull();
            }
            JsonNode props = node.get("properties");
            if (props != null) {
                for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> p = it.next();
                    JsonNode target = deref(root, p.getValue());
                    boolean described = p.getValue().has("description") || target.has("description");
                    boolean branchOnly = p.getValue().size() == 1 && p.getValue().has("const");
                    assertThat(described || branchOnly).as(where + "." + p.getKey() + " has a description").isTrue();
                }
            }
            node.fields().forEachRemaining(f -> checkRefsAndDescriptions(root, f.getValue(), where + "." + f.getKey()));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkRefsAndDescriptions(root, node.get(i), where + "[" + i + "]");
            }
        }
    }

    /** Checks the field names of a parsed YAML value against the schema's properties, additionalProperties and required. */
    private void checkFields(JsonNode root, JsonNode schema, Object value, String path, List<String> problems) {
        schema = deref(root, schema);
        if (value instanceof Map<?, ?> map) {
            JsonNode props = schema.path("properties");
            JsonNode more = schema.get("additionalProperties");
            for (JsonNode r : schema.path("required")) {
                if (!map.containsKey(r.asText())) {
                    problems.add(path + ": missing required '" + r.asText() + "'");
                }
            }
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                String at = path.isEmpty() ? key : path + "." + key;
                if (props.has(key)) {
                    checkFields(root, props.get(key), e.getValue(), at, problems);
                } else if (more != null && more.isObject()) {
                    checkFields(root, more, e.getValue(), at, problems);
                } else if (more != null && !more.asBoolean(true)) {
                    problems.add(at + ": not declared in the schema");
                }
            }
        } else if (value instanceof List<?> list && schema.has("items")) {
            for (int i = 0; i < list.size(); i++) {
                checkFields(root, schema.get("items"), list.get(i), path + "[" + i + "]", problems);
            }
        }
    }

    private static JsonNode deref(JsonNode root, JsonNode schema) {
        while (schema.has("$ref")) {
            schema = resolve(root, schema.get("$ref").asText());
        }
        return schema;
    }

    private static JsonNode resolve(JsonNode root, String ref) {
        if (!ref.startsWith("#/")) {
            return null;
        }
        JsonNode n = root.at(ref.substring(1));
        return n.isMissingNode() ? null : n;
    }

    private static JsonNode firstExample(JsonNode root, JsonNode property) {
        JsonNode p = property;
        while (true) {
            if (p.path("examples").size() > 0) {
                return p.path("examples").get(0);
            }
            if (!p.has("$ref")) {
                return null;
            }
            p = resolve(root, p.get("$ref").asText());
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
