package org.govsim.cli;

import java.util.List;

/** The formats each kind of command offers, as help and shell completion list them. */
final class Formats {
    private Formats() {
    }

    /** text for people, json for programs. */
    static final class TextOrJson implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return List.of(Format.text.name(), Format.json.name()).iterator();
        }
    }

    /** The list of timelines also draws as a mermaid graph. */
    static final class TextJsonOrMermaid implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return List.of(Format.text.name(), Format.json.name(), Format.mermaid.name()).iterator();
        }
    }

    /** An export: a line of JSON per event, or CSV. */
    static final class JsonlOrCsv implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return List.of(Format.jsonl.name(), Format.csv.name()).iterator();
        }
    }
}
