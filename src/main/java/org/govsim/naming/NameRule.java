package org.govsim.naming;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A name is 1 to {@value #MAX_LENGTH} characters: letters, digits, '.', '_' and '-', beginning with a letter or a
 * digit. It is safe as a file name, in a URL and in a shell, and names derived from two of them still fit the store.
 */
public final class NameRule {

    public static final int MAX_LENGTH = 100;

    /** The rule in words, for error messages and help. */
    public static final String TEXT = "1 to " + MAX_LENGTH + " letters, digits, '.', '_' and '-', beginning with a "
            + "letter or a digit";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private NameRule() {
    }

    /** What is wrong with {@code name}, or empty when it is a name. */
    public static Optional<String> problem(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.of("an empty name; a name has " + TEXT);
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of("a name of " + name.length() + " characters; a name has " + TEXT);
        }
        if (!NAME.matcher(name).matches()) {
            return Optional.of("'" + name + "' is not a name; a name has " + TEXT);
        }
        return Optional.empty();
    }

    /**
     * A name made of {@code base}, cut so that a "-" and a counter of up to four digits still keep it within the
     * rule. The cut never ends on a separator.
     */
    public static String derived(String base) {
        String cut = base.length() <= MAX_LENGTH - 5 ? base : base.substring(0, MAX_LENGTH - 5);
        while (cut.length() > 1 && "._-".indexOf(cut.charAt(cut.length() - 1)) >= 0) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut;
    }
}
