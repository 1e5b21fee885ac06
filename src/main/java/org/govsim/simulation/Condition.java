package org.govsim.simulation;

import java.util.function.BiFunction;

/**
 * A state of the world a scripted step presupposes ({@code onlyIf}): "ceo-removed", or "ceo-is:altman" when it takes a
 * person. {@code unmet} says why it does not hold, or returns null when it does.
 */
public record Condition(String name, boolean withPerson, BiFunction<String, World, String> unmet) {

    /** Why {@code condition} ("name" or "name:person") does not hold in {@code world}, or null. */
    public String check(String person, World world) {
        return unmet.apply(person, world);
    }
}
