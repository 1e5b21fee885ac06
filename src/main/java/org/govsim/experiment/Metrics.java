package org.govsim.experiment;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.govsim.simulation.World;

/** A run's metrics, read off the world it ended in. Values are written as CSV cells. */
final class Metrics {
    private Metrics() {
    }

    /** Metrics whose cells are true or false; the summary gives their share with a 95% interval. */
    static boolean isBoolean(String metric) {
        return metric.equals("ceoRemoved") || metric.equals("ceoReinstated");
    }

    /** Metrics whose cells are numbers (possibly empty); the summary gives their mean. */
    static boolean isNumeric(String metric) {
        return List.of("hoursToReturn", "daysWithoutCeo", "peakSignatures", "employeesLost", "employeesRemaining")
                .contains(metric);
    }

    static String value(String metric, World w) {
        return switch (metric) {
            case "ceoRemoved" -> String.valueOf(w.ceoRemovedAt() != null);
            case "ceoReinstated" -> String.valueOf(w.ceoReturnedAt() != null);
            case "hoursToReturn" -> w.ceoReturnedAt() == null || w.ceoRemovedAt() == null ? ""
                    : number(Duration.between(w.ceoRemovedAt(), w.ceoReturnedAt()).toMinutes() / 60.0);
            case "daysWithoutCeo" -> w.ceoRemovedAt() == null ? "0" : number(Duration.between(w.ceoRemovedAt(),
                    w.ceoReturnedAt() != null && w.ceoReturnedAt().isAfter(w.ceoRemovedAt()) ? w.ceoReturnedAt() : end(w))
                    .toMinutes() / 1440.0);
            case "peakSignatures" -> String.valueOf(w.peakSignatures());
            case "employeesLost" -> String.valueOf(w.workforce().resigned());
            case "employeesRemaining" -> String.valueOf(w.workforce().employed());
            case "directorsRemaining" -> String.join(" ", new ArrayList<>(w.board().members()).stream().sorted().toList());
            case "finalChair" -> w.board().chair() == null ? "none" : w.board().chair();
            case "finalCeo" -> w.ceo().holder() == null ? "vacant" : w.ceo().holder();
            case "endedAt" -> ZonedDateTime.ofInstant(end(w), w.zone()).toOffsetDateTime().toString();
            default -> throw new IllegalArgumentException(metric);
        };
    }

    /** Where the simulated crisis ended: its horizon, not a dated epilogue recorded after it. */
    static java.time.Instant end(World w) {
        java.time.Instant horizon = w.started().horizon();
        return w.now().isAfter(horizon) ? horizon : w.now();
    }

    static String number(double d) {
        return java.math.BigDecimal.valueOf(Math.round(d * 100) / 100.0).stripTrailingZeros().toPlainString();
    }
}
