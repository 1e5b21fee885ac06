package org.govsim.simulation;

/** How the story names people: the world's directory of persons, or ids as they are. */
public interface Names {

    String nameOf(String personId);

    /** Whether the directory knows this id as a person. */
    boolean knows(String personId);

    /** Names separated by commas, or "nobody". */
    default String list(java.util.List<String> ids) {
        return ids.isEmpty() ? "nobody" : String.join(", ", ids.stream().map(this::nameOf).toList());
    }

    /** The text with every known person's id replaced by their name. */
    String withNames(String text);

    Names IDS = new Names() {
        public String nameOf(String personId) { return personId; }

        public boolean knows(String personId) { return false; }

        public String withNames(String text) { return text; }
    };
}
