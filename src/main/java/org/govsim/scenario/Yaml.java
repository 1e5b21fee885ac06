package org.govsim.scenario;

import java.io.IOException;
import java.io.StringReader;
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
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

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
        try {
            long size = Files.size(file);
            if (size > Limits.MAX_FILE_BYTES) {
                throw new InputException(file, 0, "", "the file has " + size + " bytes; the limit is "
                        + Limits.MAX_FILE_BYTES + " bytes (file size)");
            }
            return parse(file, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new InputException(file, 0, "", "cannot read: " + e.getMessage());
        }
    }

    /**
     * The same for text already read: {@code source} only names it in complaints (a web request's body is read from
     * memory, never written to a file).
     */
    public static Yaml parse(Path source, byte[] bytes) {
        if (bytes.length > Limits.MAX_FILE_BYTES) {
            throw new InputException(source, 0, "", "the file has " + bytes.length + " bytes; the limit is "
                    + Limits.MAX_FILE_BYTES + " bytes (file size)");
        }
        try {
            String text = TextFiles.utf8(source, bytes);
            checkLineLengths(source, text);
            LoaderOptions options = options();
            StrictReader.check(source, new org.yaml.snakeyaml.Yaml(options).parse(new StringReader(text)));
            Node root = new org.yaml.snakeyaml.Yaml(options).compose(new StringReader(text));
            if (root == null) {
                throw new InputException(source, 1, "", "the file is empty");
            }
            return new Yaml(source, root, "");
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            throw new InputException(source, line, "", "malformed YAML: " + e.getProblem());
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new InputException(source, 0, "", "malformed YAML: " + e.getMessage());
        }
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        // the strict reader refuses anchors, aliases and deep nesting first; these are the parser's own backstops
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(Limits.MAX_DEPTH + 1);
        options.setCodePointLimit((int) Limits.MAX_FILE_BYTES + 1);
        options.setProcessComments(false);
        return options;
    }

    /** Refuses a very long line before parsing: the parser takes far longer over one long line than over many short ones. */
    private static void checkLineLengths(Path file, String text) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > Limits.MAX_LINE_CHARS) {
                    throw new InputException(file, line, "", "a line of " + (i - start) + " characters; the limit is "
                            + Limits.MAX_LINE_CHARS + " (line length)");
                }
                line++;
                start = i + 1;
            }
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
        return new Yaml(file, new ScalarNode(Tag.STR, value, node.getStartMark(),
                node.getEndMark(), DumperOptions.ScalarStyle.PLAIN), path);
    }

    /**
     * This node written again as YAML on one line (flow style), so that a part of one file can stand in another: a
     * decision's option is stored with its branch as a what-if of its own.
     */
    public String flow() {
        java.io.StringWriter out = new java.io.StringWriter();
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.FLOW);
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        org.yaml.snakeyaml.serializer.Serializer serializer = new org.yaml.snakeyaml.serializer.Serializer(
                new org.yaml.snakeyaml.emitter.Emitter(out, options), new org.yaml.snakeyaml.resolver.Resolver(), options,
                null);
        try {
            serializer.open();
            serializer.serialize(flowStyled(node));
            serializer.close();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString().strip();
    }

    /** A copy of the node with every collection in flow style, so that it fits on the line of its key. */
    private static Node flowStyled(Node n) {
        if (n instanceof MappingNode m) {
            List<NodeTuple> tuples = new ArrayList<>();
            for (NodeTuple t : m.getValue()) {
                tuples.add(new NodeTuple(flowStyled(t.getKeyNode()), flowStyled(t.getValueNode())));
            }
            return new MappingNode(m.getTag(), tuples, DumperOptions.FlowStyle.FLOW);
        }
        if (n instanceof SequenceNode s) {
            return new SequenceNode(s.getTag(), s.getValue().stream().map(Yaml::flowStyled).toList(),
                    DumperOptions.FlowStyle.FLOW);
        }
        return n;
    }

    /** A text as a YAML value on one line, quoted as it needs. */
    public static String quoted(String text) {
        return new Yaml(null, new ScalarNode(Tag.STR, text, null, null, DumperOptions.ScalarStyle.DOUBLE_QUOTED), "")
                .flow();
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
        // '~', 'null' and an empty value are YAML's null: a required text is missing, not the text "~"
        if (s.getTag().equals(Tag.NULL) && s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN) {
            throw error(s.getValue().isEmpty() ? "a value is missing here" : "a value is missing here, found the null '"
                    + s.getValue() + "'");
        }
        return s.getValue();
    }

    public String str(String key) { return get(key).str(); }

    public String str(String key, String fallback) {
        Yaml y = opt(key);
        return y == null ? fallback : y.str();
    }

    public double num() {
        String text = str();
        if (!NUMBER.matcher(text).matches()) {
            throw error("expected a number, found '" + text + "'");
        }
        double d = Double.parseDouble(text.replace("_", ""));
        if (!Double.isFinite(d)) {
            throw error("expected a finite number, found '" + text + "'");
        }
        return d;
    }

    /** Decimal numbers as people write them: no hexadecimal, no NaN or infinities, no Java suffixes such as 'd'. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?([0-9][0-9_]*(\\.[0-9_]*)?|\\.[0-9][0-9_]*)([eE][-+]?[0-9]{1,4})?");

    /** A number from {@code min} to {@code max}; the error names the range. */
    public double num(double min, double max) {
        double d = num();
        if (d < min || d > max) {
            throw error("must lie between " + format(min) + " and " + format(max) + ", found " + str());
        }
        return d;
    }

    static String format(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return String.format(java.util.Locale.ROOT, "%,d", (long) d);
        }
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    public double num(String key) { return get(key).num(); }

    public double num(String key, double fallback) {
        Yaml y = opt(key);
        return y == null ? fallback : y.num();
    }

    public int integer() {
        return (int) integer(Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** A whole number from {@code min} to {@code max}; the error names the range. */
    public long integer(long min, long max) {
        double d = num();
        if (d != Math.rint(d)) {
            throw error("expected a whole number, found '" + str() + "'");
        }
        if (d < min || d > max) {
            throw error("must be a whole number from " + format(min) + " to " + format(max) + ", found " + str());
        }
        return (long) d;
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

    /** A time with an offset, or a local date-time (or date) read in the given zone, in the years 1800 to 2300. */
    public Instant time(ZoneId zone) {
        String s = str();
        Instant t;
        try {
            if (s.endsWith("Z") || s.indexOf('+', 10) > 0 || s.lastIndexOf('-') > 9) {
                t = OffsetDateTime.parse(s).toInstant();
            } else if (s.length() == 10) {
                t = LocalDate.parse(s).atStartOfDay(zone).toInstant();
            } else {
                t = LocalDateTime.parse(s).atZone(zone).toInstant();
            }
        } catch (DateTimeParseException e) {
            throw error("expected a time such as 2023-11-17T12:00, found '" + s + "'");
        }
        // far enough for any case, near enough that adding a horizon or a span never leaves the calendar
        if (t.isBefore(EARLIEST) || t.isAfter(LATEST)) {
            throw error("a time in the years 1800 to 2300, found '" + s + "'");
        }
        return t;
    }

    private static final Instant EARLIEST = Instant.parse("1800-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2300-12-31T23:59:59Z");
}
