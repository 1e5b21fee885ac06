package org.govsim.app;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.govsim.scenario.WhatIfFile;

/**
 * A what-if's expect block held against a branch's outcome. The fields, each named once here:
 * {@code ceo} (the CEO as the outcome table prints it, e.g. "Emmett Shear (interim)"), {@code returned} (yes, no,
 * never removed), {@code history} (matches or differs: the branch's outcome against the one of the timeline forked
 * from), {@code returnedAfter} (a local time in the timeline's zone), {@code signedAtMost}, {@code employeesAtMost}.
 */
public final class Expectations {

    static final List<String> FIELDS = List.of("ceo", "chair", "returned", "history", "returnedAfter", "signedAtMost",
            "employeesAtMost");

    private Expectations() {
    }

    /** Checks the expect block's fields and values, so that a bad one is refused before a branch is made. */
    public static void validate(WhatIfFile file, ZoneId zone) {
        for (Map.Entry<String, String> e : file.expectations().entrySet()) {
            String field = e.getKey();
            String value = e.getValue();
            switch (field) {
                case "ceo", "chair" -> { }
                case "returned" -> {
                    if (!List.of("yes", "no", "never removed").contains(value)) {
                        throw file.expectationError(field, "expected yes, no or never removed, found '" + value + "'");
                    }
                }
                case "history" -> {
                    if (!value.equals("matches") && !value.equals("differs")) {
                        throw file.expectationError(field, "expected matches or differs, found '" + value + "'");
                    }
                }
                case "returnedAfter" -> localTime(file, field, value, zone);
                case "signedAtMost", "employeesAtMost" -> number(file, field, value);
                default -> throw file.expectationError(field, "no check for '" + field + "' (expected one of "
                        + String.join(", ", FIELDS) + ")");
            }
        }
    }

    /** Each expectation of {@code file} against {@code branch}; {@code parent} is the outcome of the timeline forked. */
    public static Results.Check check(WhatIfFile file, Results.Outcome branch, Results.Outcome parent, ZoneId zone) {
        validate(file, zone);
        List<Results.Expectation> out = new ArrayList<>();
        for (Map.Entry<String, String> e : file.expectations().entrySet()) {
            out.add(one(file, e.getKey(), e.getValue(), branch, parent, zone));
        }
        return new Results.Check(out.stream().allMatch(Results.Expectation::held), out);
    }

    private static Results.Expectation one(WhatIfFile file, String field, String expected, Results.Outcome branch,
                                           Results.Outcome parent, ZoneId zone) {
        return switch (field) {
            case "ceo" -> equal(field, expected, branch.table().get("CEO"));
            case "chair" -> equal(field, expected, branch.table().get("chair"));
            case "returned" -> {
                String returned = branch.table().get("CEO returned");
                yield equal(field, expected, returned.startsWith("yes") ? "yes" : returned);
            }
            case "history" -> equal(field, expected, branch.table().equals(parent.table()) ? "matches" : "differs");
            case "returnedAfter" -> {
                Instant after = localTime(file, field, expected, zone);
                String actual = branch.ceoReturnedAt();
                yield new Results.Expectation(field, expected, actual,
                        actual != null && OffsetDateTime.parse(actual).toInstant().isAfter(after));
            }
            case "signedAtMost" -> atMost(field, expected, number(file, field, expected), branch.signed());
            case "employeesAtMost" -> atMost(field, expected, number(file, field, expected), branch.employed());
            default -> throw new IllegalStateException("validate let an unknown expectation through: " + field);
        };
    }

    private static Results.Expectation equal(String field, String expected, String actual) {
        return new Results.Expectation(field, expected, actual, expected.equals(actual));
    }

    private static Results.Expectation atMost(String field, String expected, long limit, int actual) {
        return new Results.Expectation(field, expected, String.valueOf(actual), actual <= limit);
    }

    private static long number(WhatIfFile file, String field, String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw file.expectationError(field, "expected a whole number, found '" + text + "'");
        }
    }

    private static Instant localTime(WhatIfFile file, String field, String text, ZoneId zone) {
        try {
            return LocalDateTime.parse(text).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw file.expectationError(field, "expected a time such as 2023-11-21T21:00, found '" + text + "'");
        }
    }
}
