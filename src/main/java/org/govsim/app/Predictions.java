package org.govsim.app;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.govsim.board.Board;
import org.govsim.ceo.CeoOffice;
import org.govsim.organisation.Organisation;
import org.govsim.scenario.InputException;
import org.govsim.simulation.SimulationEvents.PredictionRecorded;
import org.govsim.simulation.World;
import org.govsim.workforce.Workforce;

/**
 * A prediction made before the run goes on, and its score against how a timeline ended, by stated rules: a yes or no
 * scores 1 when right and 0 when wrong; a time scores 1 less its error in hours over 48 (none below 0); a count scores 1
 * less its error relative to the count found (none below 0); a set of people scores its overlap, the people in both
 * over the people in either (1 when both are empty). An item scores nothing where it cannot apply (when the CEO was never
 * removed, whether and when he returns). The total is the mean of the items scored.
 */
public final class Predictions {

    /** Hours of error at which a predicted time scores nothing. */
    static final double HOURS_TO_NOTHING = 48;

    private Predictions() {
    }

    /** What a player predicts; any item may be left out (null). {@code returnBy} is a time in the case's zone. */
    public record Prediction(Boolean ceoReturns, String returnBy, Integer signatures, List<String> leaving) {
        public boolean isEmpty() {
            return ceoReturns == null && returnBy == null && signatures == null && leaving == null;
        }
    }

    /** The prediction as the event its branch records, its people checked against the world where it is made. */
    static PredictionRecorded event(String by, Prediction p, World at) {
        ZoneId zone = at.zone();
        Instant returnBy = p.returnBy() == null ? null : Times.parse(p.returnBy(), zone, "predict");
        if (p.signatures() != null && p.signatures() < 0) {
            throw InputException.request("predict", "a count of signatures is 0 or more; " + p.signatures() + " given");
        }
        if (p.leaving() != null) {
            Board board = Board.in(at);
            for (String person : p.leaving()) {
                if (!board.isDirector(person)) {
                    throw InputException.request("predict", "'" + person + "' is not a director when the prediction is "
                            + "made; the directors are " + String.join(", ", board.members()));
                }
            }
        }
        return new PredictionRecorded(by, returnBy != null ? Boolean.TRUE : p.ceoReturns(), returnBy, p.signatures(),
                p.leaving() == null ? null : List.copyOf(p.leaving()));
    }

    /** The prediction scored against a timeline's end, {@code atPrediction} being the world where it was made. */
    static Results.Scored score(PredictionRecorded p, World atPrediction, World end) {
        List<Results.ScoredItem> items = new ArrayList<>();
        ZoneId zone = end.zone();
        Organisation org = Organisation.in(end);
        CeoOffice office = CeoOffice.in(end);
        boolean removed = office.lastRemovalAt() != null;
        Instant returned = office.returnedAt();
        if (p.ceoReturns() != null) {
            items.add(removed
                    ? item("the CEO returns", yesNo(p.ceoReturns()), yesNo(returned != null),
                    p.ceoReturns() == (returned != null) ? 1.0 : 0.0, "1 if right, 0 if wrong")
                    : item("the CEO returns", yesNo(p.ceoReturns()), "never removed", null, "not scored: no removal"));
        }
        if (p.returnBy() != null) {
            if (returned == null) {
                items.add(item("returns by", Times.iso(p.returnBy(), zone), removed ? "no return" : "never removed", null,
                        "not scored: no return to time"));
            } else {
                double hours = Math.abs(Duration.between(p.returnBy(), returned).toMinutes()) / 60.0;
                items.add(item("returns by", Times.iso(p.returnBy(), zone), Times.iso(returned, zone),
                        Math.max(0, 1 - hours / HOURS_TO_NOTHING), String.format(java.util.Locale.ROOT,
                                "%.1f hours off; 1 - hours/%.0f", hours, HOURS_TO_NOTHING)));
            }
        }
        if (p.signatures() != null) {
            int signed = Workforce.in(end).peakSignatures();
            double relative = Math.abs(p.signatures() - signed) / (double) Math.max(signed, 1);
            items.add(item("signatures", String.valueOf(p.signatures()), String.valueOf(signed),
                    Math.max(0, 1 - relative), String.format(java.util.Locale.ROOT, "%.0f%% off; 1 - relative error",
                            relative * 100)));
        }
        if (p.leaving() != null) {
            Set<String> left = new HashSet<>(Board.in(atPrediction).members());
            left.removeAll(Board.in(end).members());
            Set<String> predicted = new HashSet<>(p.leaving());
            Set<String> both = new HashSet<>(predicted);
            both.retainAll(left);
            Set<String> either = new HashSet<>(predicted);
            either.addAll(left);
            double overlap = either.isEmpty() ? 1.0 : both.size() / (double) either.size();
            items.add(item("directors who leave", names(predicted, org), names(left, org), overlap,
                    both.size() + " in both of " + either.size() + " in either"));
        }
        double total = items.stream().filter(i -> i.points() != null).mapToDouble(Results.ScoredItem::points).average()
                .orElse(Double.NaN);
        return new Results.Scored(items, Double.isNaN(total) ? null : Math.round(total * 1000) / 1000.0);
    }

    private static Results.ScoredItem item(String name, String predicted, String actual, Double points, String rule) {
        return new Results.ScoredItem(name, predicted, actual, points == null ? null : Math.round(points * 1000) / 1000.0,
                rule);
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    private static String names(Set<String> ids, Organisation org) {
        return ids.isEmpty() ? "nobody" : String.join(", ", ids.stream().sorted().map(org::nameOf).toList());
    }
}
