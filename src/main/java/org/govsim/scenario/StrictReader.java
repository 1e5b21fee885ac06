package org.govsim.scenario;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * The subset of YAML govsim reads, checked on the parser's events before any node is built: no duplicate keys (the
 * composer keeps the last one silently), keys that are plain values, no tags, anchors or aliases, bounded nesting,
 * bounded values and lists. Each refusal names the line and the field path.
 */
final class StrictReader {

    /** Where the reader stands in a mapping or a list. */
    private static final class Frame {
        final boolean mapping;
        final String path;
        final Map<String, Integer> keys = new HashMap<>();
        int items;
        String key;

        Frame(boolean mapping, String path) {
            this.mapping = mapping;
            this.path = path;
        }

        boolean expectsKey() {
            return mapping && key == null;
        }

        String childPath() {
            if (mapping) {
                return path.isEmpty() ? key : path + "." + key;
            }
            return path + "[" + items + "]";
        }

        void valueDone() {
            items++;
            key = null;
        }
    }

    private final Path file;
    private final Deque<Frame> frames = new ArrayDeque<>();

    private StrictReader(Path file) {
        this.file = file;
    }

    static void check(Path file, Iterable<Event> events) {
        StrictReader reader = new StrictReader(file);
        for (Event e : events) {
            reader.accept(e);
        }
    }

    private void accept(Event e) {
        int line = e.getStartMark() == null ? 0 : e.getStartMark().getLine() + 1;
        if (e instanceof CollectionEndEvent) {
            frames.pop();
            if (!frames.isEmpty()) {
                frames.peek().valueDone();
            }
            return;
        }
        if (!(e instanceof NodeEvent node)) {
            return;
        }
        Frame parent = frames.peek();
        String path = parent == null ? "" : parent.expectsKey() ? parent.path : parent.childPath();
        if (e instanceof AliasEvent) {
            throw new InputException(file, line, path, "aliases (*" + node.getAnchor() + ") are not read in govsim files; "
                    + "write the value out");
        }
        if (node.getAnchor() != null) {
            throw new InputException(file, line, path, "anchors (&" + node.getAnchor() + ") are not read in govsim files; "
                    + "write the value out");
        }
        String tag = e instanceof ScalarEvent s ? s.getTag() : ((CollectionStartEvent) e).getTag();
        if (tag != null) {
            throw new InputException(file, line, path, "YAML tags such as '" + tag + "' are not read in govsim files");
        }
        if (parent != null && parent.expectsKey()) {
            if (!(e instanceof ScalarEvent key)) {
                throw new InputException(file, line, path, "a key must be a plain name, not a mapping or a list");
            }
            String name = key.getValue();
            if (name.length() > Limits.MAX_SCALAR_CHARS) {
                throw new InputException(file, line, path, "a key of " + name.length() + " characters (scalar size)");
            }
            Integer first = parent.keys.putIfAbsent(name, line);
            if (first != null) {
                throw new InputException(file, line, parent.mapping && parent.path.isEmpty() ? name : parent.path + "." + name,
                        "the key '" + name + "' is given twice (first at line " + first + ")");
            }
            if (parent.keys.size() > Limits.MAX_LIST_ITEMS) {
                throw new InputException(file, line, path, "more than " + Limits.MAX_LIST_ITEMS + " fields (list size)");
            }
            parent.key = name;
            return;
        }
        if (parent != null && !parent.mapping && parent.items >= Limits.MAX_LIST_ITEMS) {
            throw new InputException(file, line, parent.path, "more than " + Limits.MAX_LIST_ITEMS + " items (list size)");
        }
        if (e instanceof ScalarEvent s) {
            if (s.getValue().length() > Limits.MAX_SCALAR_CHARS) {
                throw new InputException(file, line, path, "a value of " + s.getValue().length() + " characters; the limit is "
                        + Limits.MAX_SCALAR_CHARS + " (scalar size)");
            }
            if (parent != null) {
                parent.valueDone();
            }
            return;
        }
        if (frames.size() >= Limits.MAX_DEPTH) {
            throw new InputException(file, line, path, "nested more than " + Limits.MAX_DEPTH + " levels deep (nesting depth)");
        }
        frames.push(new Frame(e instanceof MappingStartEvent, path));
    }
}
