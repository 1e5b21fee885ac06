package org.govsim.experiment;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.govsim.board.Board;
import org.govsim.ceo.CeoOffice;
import org.govsim.simulation.World;
import org.govsim.workforce.Workforce;

/** A run's metrics, read off the world it ended in. Values are written as CSV cells. */
final class Metrics {
    private Metrics() {
    }

    /** Metrics whose cells are true or false; the summary gives their share with a 95% interval. */
    static boolean isBoolean(String metric) {
        return metric.equals("ceoRemoved") || metric.equals("ceoReinstated") || metric.equals("ceoKept");
    }

    /** Metrics whose cells are numbers (possibly empty); the summary gives their mean. */
    static boolean isNumeric(String metric) {
        return List.of("hoursToReturn", "daysWithoutCeo", "peakSignatures", "employeesLost", "employeesRemaining")
                .contains(metric);
    }

    static String value(String metric, World w) {
        return switch (metric) {
            case "ceoRemoved" -> String.valueOf(CeoOffice.in(w).lastRemovalAt() != null);
            case "ceoReinstated" -> String.valueOf(CeoOffice.in(w).returnedAt() != null);
            case "ceoKept" -> String.valueOf(CeoOffice.in(w).first() != null
                    && CeoOffice.in(w).first().equals(CeoOffice.in(w).holder()));
            case "hoursToReturn" -> CeoOffice.in(w).returnedAt() == null || CeoOffice.in(w).lastRemovalAt() == null ? ""
                    : number(Duration.between(CeoOffice.in(w).lastRemovalAt(), CeoOffice.in(w).returnedAt()).toMinutes() / 60.0);
            case "daysWithoutCeo" -> CeoOffice.in(w).lastRemovalAt() == null ? "0" : number(Duration.between(CeoOffice.in(w).lastRemovalAt(),
                    CeoOffice.in(w).returnedAt() != null && CeoOffice.in(w).returnedAt().isAfter(CeoOffice.in(w).lastRemovalAt()) ? CeoOffice.in(w).returnedAt() : end(w))
                    .toMinutes() / 1440.0);
            case "peakSignatures" -> String.valueOf(Workforce.in(w).peakSignatures());
            case "employeesLost" -> String.valueOf(Workforce.in(w).resigned());
            case "employeesRemaining" -> String.valueOf(Workforce.in(w).employed());
            case "directorsRemaining" -> String.join(" ", new ArrayList<>(Board.in(w).members()).stream().sorted().toList());
            case "finalChair" -> Board.in(w).chair() == null ? "none" : Board.in(w).chair();
            case "finalCeo" -> CeoOffice.in(w).holder() == null ? "vacant" : CeoOffice.in(w).holder();
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
