package org.govsim.simulation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * How the story names people, investors and times: the world's directories of persons and investors, and its zone; or
 * ids and UTC as they are.
 */
public interface Names {

    String nameOf(String personId);

    /** Whether the directory knows this id as a person. */
    boolean knows(String personId);

    /** Names as a reader lists them: "A", "A and B", "A, B and C", or "nobody". */
    default String list(List<String> ids) {
        return and(ids.stream().map(this::nameOf).toList());
    }

    /** Surnames as a reader lists them once the full names are known: "Altman and Brockman". */
    default String surnames(List<String> ids) {
        return and(ids.stream().map(id -> surname(nameOf(id))).toList());
    }

    /** The text with every known person's id replaced by their name. */
    String withNames(String text);

    /** A time as the story gives it, in the scenario's zone ("11-18 17:00 PST"), or in UTC where none is known. */
    default String when(Instant time) {
        return LOCAL.withZone(ZoneId.of("UTC")).format(time);
    }

    /** How the story gives a time: month, day, hour and the zone's short name. */
    DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("MM-dd HH:mm z", Locale.ENGLISH);

    /** Words joined as a reader lists them: "A", "A and B", "A, B and C", or "nobody". */
    static String and(List<String> words) {
        if (words.isEmpty()) {
            return "nobody";
        }
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    /** The last word of a full name: "Adam D'Angelo" is D'Angelo. */
    static String surname(String name) {
        String trimmed = name.trim();
        int space = trimmed.lastIndexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(space + 1);
    }

    /** An office as written: acronyms in capitals (ceo is CEO, cto is CTO), other roles as they are. */
    static String office(String role) {
        return role != null && role.matches("c[a-z]{1,2}o") ? role.toUpperCase(Locale.ROOT) : role;
    }

    /** The directories of several actors, one zone: the first that knows an id names it. */
    static Names of(List<Names> directories, ZoneId zone) {
        return new Names() {
            public String nameOf(String id) {
                for (Names n : directories) {
                    if (n.knows(id)) {
                        return n.nameOf(id);
                    }
                }
                return id;
            }

            public boolean knows(String id) {
                return directories.stream().anyMatch(n -> n.knows(id));
            }

            public String withNames(String text) {
                for (Names n : directories) {
                    text = n.withNames(text);
                }
                return text;
            }

            public String when(Instant time) {
                return LOCAL.withZone(zone).format(time);
            }
        };
    }

    Names IDS = new Names() {
        public String nameOf(String personId) { return personId; }

        public boolean knows(String personId) { return false; }

        public String withNames(String text) { return text; }
    };
}
