package org.govsim.simulation;

import java.time.Instant;
import java.util.List;

/**
 * What the sources say about a scenario's history, carried in its stream so that any branch, stored or resumed, can
 * tell reported facts from the model's: facts a policy reproduces, the parameters fitted to reports, the claims the
 * sources contest and the reported counts a run is compared with.
 */
public record Reports(List<Fact> facts, List<Calibration> calibrations, List<Contested> contested,
                      List<Checkpoint> checkpoints) {

    public static final Reports NONE = new Reports(List.of(), List.of(), List.of(), List.of());

    public Reports {
        facts = facts == null ? List.of() : List.copyOf(facts);
        calibrations = calibrations == null ? List.of() : List.copyOf(calibrations);
        contested = contested == null ? List.of() : List.copyOf(contested);
        checkpoints = checkpoints == null ? List.of() : List.copyOf(checkpoints);
    }

    /**
     * A reported event that a policy produces: an event of type {@code event} naming {@code who} (any person, investor
     * or settlement id in it; null for any) within {@code withinHours} of {@code at}. {@code fitted} names the parameter
     * fitted to this report, null when the model was not tuned to it.
     */
    public record Fact(Instant at, String event, String who, double withinHours, String source, String fitted) {
    }

    /** Events of type {@code event} (naming {@code who}, null for any) come from {@code parameters} fitted to a report. */
    public record Calibration(String event, String who, String parameters, String fittedTo, String source) {
    }

    /**
     * A claim the sources contest or rest on one weak source, attached to the events of type {@code event} naming
     * {@code who} (null for any) within {@code withinHours} of {@code at} (null for any time), with its versions.
     */
    public record Contested(String event, String who, Instant at, double withinHours, String claim,
                            List<String> versions) {
        public Contested {
            versions = List.copyOf(versions);
        }
    }

    /**
     * A reported count of signatures at a time, which a run is compared with; {@code note} qualifies the report,
     * {@code contested} gives its competing versions when the sources disagree (the count, or the hour).
     */
    public record Checkpoint(Instant at, int signatures, String source, String note, List<String> contested) {
        public Checkpoint {
            contested = contested == null ? List.of() : List.copyOf(contested);
        }
    }
}
