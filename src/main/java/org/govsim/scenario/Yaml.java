package org.govsim.scenario;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML node that knows where it stands (file, line, field path), so every complaint about it can say so.
 * Reads the node tree only: nothing in a scenario file is turned into an object by reflection.
 */
public final class Yaml {

    private final Path file;
    private final Node node;
    private final String path;

    private Yaml(Path file, Node node, String path) {
        this.file = file;
        this.node = node;
        this.path = path;
    }

    public static Yaml load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file, 0, "", "no such file");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            Node root = new org.yaml.snakeyaml.Yaml(options).compose(reader);
            if (root == null) {
                throw new InputException(file, 1, "", "the file is empty");
            }
            return new Yaml(file, root, "");
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            throw new InputException(file, line, "", "malformed YAML: " + e.getProblem());
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new InputException(file, 0, "", "malformed YAML: " + e.getMessage());
        } catch (IOException e) {
            throw new InputException(file, 0, "", "cannot read: " + e.getMessage());
        }
    }

    public Path file() { return file; }

    public String path() { return path; }

    public int line() { return node.getStartMark().getLine() + 1; }

    public InputException error(String message) {
        return new InputException(file, line(), path, message);
    }

    /** A value standing where this node stands: errors about it point at this node's line. */
    public Yaml scalar(String value) {
        return new Yaml(file, new ScalarNode(org.yaml.snakeyaml.nodes.Tag.STR, value, node.getStartMark(),
                node.getEndMark(), org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN), path);
    }

    public boolean isMap() { return node instanceof MappingNode; }

    public boolean isList() { return node instanceof SequenceNode; }

    public boolean isScalar() { return node instanceof ScalarNode; }

    private MappingNode map() {
        if (!(node instanceof MappingNode m)) {
            throw error("expected a mapping of fields");
        }
        return m;
    }

    /** The fields of a mapping, in file order. */
    public Map<String, Yaml> fields() {
        Map<String, Yaml> out = new LinkedHashMap<>();
        for (NodeTuple t : map().getValue()) {
            String key = ((ScalarNode) t.getKeyNode()).getValue();
            out.put(key, new Yaml(file, t.getValueNode(), path.isEmpty() ? key : path + "." + key));
        }
        return out;
    }

    public boolean has(String key) {
        return fields().containsKey(key);
    }

    public Yaml get(String key) {
        Yaml y = fields().get(key);
        if (y == null) {
            throw error("missing field '" + key + "'");
        }
        return y;
    }

    public Yaml opt(String key) {
        return fields().get(key);
    }

    /** Rejects fields the format does not know, naming the first one, so a typo never passes silently. */
    public Yaml only(Set<String> allowed) {
        for (Map.Entry<String, Yaml> f : fields().entrySet()) {
            if (!allowed.contains(f.getKey())) {
                throw f.getValue().error("unknown field '" + f.getKey() + "' (expected one of " + String.join(", ", allowed) + ")");
            }
        }
        return this;
    }

    public List<Yaml> list() {
        if (!(node instanceof SequenceNode s)) {
            throw error("expected a list");
        }
        List<Yaml> out = new ArrayList<>();
        List<Node> items = s.getValue();
        for (int i = 0; i < items.size(); i++) {
            out.add(new Yaml(file, items.get(i), path + "[" + i + "]"));
        }
        return out;
    }

    public List<String> strings() {
        if (isScalar()) {
            return List.of(str());
        }
        return list().stream().map(Yaml::str).toList();
    }

    public String str() {
        if (!(node instanceof ScalarNode s)) {
            throw error("expected a single value");
        }
        return s.getValue();
    }

    public String str(String key) { return get(key).str(); }

    public String str(String key, String fallback) {
        Yaml y = opt(key);
        return y == null ? fallback : y.str();
    }

    public double num() {
        double d;
        try {
            d = Double.parseDouble(str().replace("_", ""));
        } catch (NumberFormatException e) {
            throw error("expected a number, found '" + str() + "'");
        }
        if (!Double.isFinite(d)) {
            throw error("expected a finite number, found '" + str() + "'");
        }
        return d;
    }

    public double num(String key) { return get(key).num(); }

    public double num(String key, double fallback) {
        Yaml y = opt(key);
        return y == null ? fallback : y.num();
    }

    public int integer() {
        double d = num();
        if (d != Math.rint(d)) {
            throw error("expected a whole number, found '" + str() + "'");
        }
        return (int) d;
    }

    public int integer(String key, int fallback) {
        Yaml y = opt(key);
        return y == null ? fallback : y.integer();
    }

    public boolean bool() {
        String s = str();
        if (s.equals("true") || s.equals("yes")) {
            return true;
        }
        if (s.equals("false") || s.equals("no")) {
            return false;
        }
        throw error("expected true or false, found '" + s + "'");
    }

    public boolean bool(String key, boolean fallback) {
        Yaml y = opt(key);
        return y == null ? fallback : y.bool();
    }

    /** A time with an offset, or a local date-time (or date) read in the given zone. */
    public Instant time(ZoneId zone) {
        String s = str();
        try {
            if (s.endsWith("Z") || s.indexOf('+', 10) > 0 || s.lastIndexOf('-') > 9) {
                return OffsetDateTime.parse(s).toInstant();
            }
            if (s.length() == 10) {
                return LocalDate.parse(s).atStartOfDay(zone).toInstant();
            }
            return LocalDateTime.parse(s).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw error("expected a time such as 2023-11-17T12:00, found '" + s + "'");
        }
    }
}
