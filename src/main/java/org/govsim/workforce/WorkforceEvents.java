package org.govsim.workforce;

import java.util.List;

import org.axonframework.serialization.Revision;
import org.govsim.simulation.DomainEvent;
import org.govsim.simulation.ScenarioPlan;

/** What happened to the employees as a body. */
public interface WorkforceEvents {

    interface WorkforceEvent extends DomainEvent {
        default String aggregate() { return Workforce.AGGREGATE; }

        default org.govsim.simulation.ActorKind<?> actorKind() { return Workforce.KIND; }
    }

    /**
     * The staff, their threshold distribution and how fast they react (per hour, by day and by night).
     * The thresholds themselves are drawn from the run's seed, so they are part of the stream without being listed.
     * {@code draw} says how employees fall into the bands: {@value #QUOTA} gives each band exactly its share of the
     * staff; {@value #LOTTERY} lets each employee draw a band by the shares, so that how many never sign varies from
     * seed to seed as it would between two real staffs. Revision 2 added the draw; earlier streams drew by quota.
     */
    @Revision("2")
    record WorkforceFormed(String workforce, int headcount, List<ThresholdBand> thresholds, double signRateDay,
                           double signRateNight, int nightFrom, int nightTo, int executives, double executiveLoyalty,
                           List<String> letterDemands, long seed, String source, String draw)
            implements WorkforceEvent, ScenarioPlan.Seeded {

        public static final String QUOTA = "quota";
        public static final String LOTTERY = "lottery";

        public WorkforceFormed {
            draw = draw == null ? QUOTA : draw;
        }

        public WorkforceFormed(String workforce, int headcount, List<ThresholdBand> thresholds, double signRateDay,
                               double signRateNight, int nightFrom, int nightTo, int executives, double executiveLoyalty,
                               List<String> letterDemands, long seed, String source) {
            this(workforce, headcount, thresholds, signRateDay, signRateNight, nightFrom, nightTo, executives,
                    executiveLoyalty, letterDemands, seed, source, QUOTA);
        }

        public WorkforceFormed withSeed(long newSeed) {
            return new WorkforceFormed(workforce, headcount, thresholds, signRateDay, signRateNight, nightFrom, nightTo,
                    executives, executiveLoyalty, letterDemands, newSeed, source, draw);
        }
    }

    record LetterOpened(List<String> demands, String trigger) implements WorkforceEvent {
    }

    /** The letter closes because {@code demand}, one of its demands, was met. */
    record LetterClosed(String demand, String reason) implements WorkforceEvent {
    }

    /** {@code signatures} is the letter's count after the tally (revision 1 called it {@code total}). */
    @Revision("2")
    record LetterSigned(int added, int signatures, int employed) implements WorkforceEvent {
    }

    record EmployeesResigned(int count, int signers, String reason) implements WorkforceEvent {
    }

    record ResignationsWithdrawn(int count, String reason) implements WorkforceEvent {
    }

    record OutsideOfferExtended(String employer, double thresholdDiscount) implements WorkforceEvent {
    }

    /** The staff weigh the board's reasons: the share of signed colleagues each unsigned employee needs rises. */
    record ReasonsWeighed(double strength, double thresholdShift) implements WorkforceEvent {
    }

    record ExecutivesBriefed(int executives, double loyalty) implements WorkforceEvent {
    }

    /** A what-if changes the staff's profile (thresholds, reaction rates, executives' loyalty); thresholds are redrawn. */
    @Revision("2")
    record WorkforceProfileChanged(WorkforceFormed profile, String reason) implements WorkforceEvent {
    }
}
