package org.govsim.board;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsim.simulation.DomainEvent;

/** What happened to and in the board. Failures and rejections are events with reasons, so the narrative can explain them. */
public interface BoardEvents {

    interface BoardEvent extends DomainEvent {
        default String aggregate() { return Board.AGGREGATE; }

        default org.govsim.simulation.ActorKind<?> actorKind() { return Board.KIND; }
    }

    /**
     * A director as the model sees them: {@code resolve} is how much accumulated pressure they bear before giving way,
     * {@code susceptibility} how strongly pressure reaches them; both are calibrated modelling choices.
     * {@code alliedWith} is the person whose side the director takes (null for none): a director allied with a CEO the
     * board removes does not hold the board's line, so no strain reaches them and they vote for his return.
     */
    record DirectorProfile(String person, double resolve, double susceptibility, String alliedWith, Weights weights) {
        public DirectorProfile {
            weights = weights == null ? Weights.EVEN : weights;
        }

        public DirectorProfile(String person, double resolve, double susceptibility, String alliedWith) {
            this(person, resolve, susceptibility, alliedWith, Weights.EVEN);
        }

        public DirectorProfile(String person, double resolve, double susceptibility) {
            this(person, resolve, susceptibility, null, Weights.EVEN);
        }
    }

    /**
     * How much each kind of pressure weighs with a director, from their interests: the investors' (funding, compute,
     * jobs), the staff's (the letter, resignations) and their colleagues' (executives, the interim CEO). 1 is the
     * pressure as the gauge reads it; a director who answers to the researchers feels the staff's more, one with no
     * stake in the company's value the investors' less.
     */
    record Weights(double investors, double staff, double colleagues) {
        public static final Weights EVEN = new Weights(1, 1, 1);

        /** The pressure of a reading as this director feels it. */
        public double felt(PressureReading.ByKind k) {
            return k.investors() * investors + k.staff() * staff + k.colleagues() * colleagues + k.other();
        }

        public double of(PressureReading.Kind kind) {
            return switch (kind) {
                case INVESTORS -> investors;
                case STAFF -> staff;
                case COLLEAGUES -> colleagues;
                case OTHER -> 1;
            };
        }
    }

    /** Revision 3: a director's profile names whom they are allied with; revision 4, what each kind of pressure weighs. */
    @org.axonframework.serialization.Revision("4")
    record BoardConstituted(String board, Bylaws bylaws, List<DirectorProfile> directors, String chair) implements BoardEvent {
    }

    record MotionCarried(Motion motion, BoardCommands.Method method, List<String> present,
                         List<String> votesFor, List<String> votesAgainst, int serving, int quorum, String rule,
                         List<String> notes) implements BoardEvent {
    }

    /** The motion was properly put but did not pass: no quorum, no majority, no unanimity. */
    record MotionFailed(String motion, String title, String reason, List<String> present, List<String> votesFor)
            implements BoardEvent {
    }

    /** The motion was out of order: someone without a vote voted, notice was missing, the board lacked the power. */
    record MotionRejected(String motion, String title, String reason) implements BoardEvent {
    }

    record DirectorRemoved(String person, String motion) implements BoardEvent {
    }

    /** The board fixes its authorised number of seats, which a majority quorum counts from then on. */
    record BoardSizeFixed(int seats, String motion) implements BoardEvent {
    }

    /** A director attends the meeting on the motion only to object that it was not lawfully called (DGCL 229). */
    /** The board's reasons, made public: how convincing they are (0 to 1) and what they say. */
    record ReasonsPublished(double strength, String summary) implements BoardEvent {
    }

    record AttendedToObject(String motion, String director) implements BoardEvent {
    }

    /** A removal of the CEO citing a motion the board did not carry is refused: only the board removes officers. */
    record OfficerRemovalRefused(String person, String motion, String reason) implements BoardEvent {
    }

    /** An appointment citing a motion the board did not carry is refused: only the board appoints officers. */
    record OfficerAppointmentRefused(String person, String role, String motion, String reason) implements BoardEvent {
    }

    record ChairRemoved(String person, String motion) implements BoardEvent {
    }

    record DirectorElected(String person, String motion) implements BoardEvent {
    }

    record ChairElected(String person, String motion) implements BoardEvent {
    }

    record ObserverSeatGranted(String investor, String motion) implements BoardEvent {
    }

    /** A holder's designee takes a seat under the holder's right of designation. */
    record DesigneeSeated(String person, String holder) implements BoardEvent {
    }

    /** A designee who cannot be seated: the holder's seats are filled, no seat is free, or the bylaws do not allow it. */
    record DesigneeNotSeated(String person, String holder, String reason) implements BoardEvent {
    }

    record DirectorResigned(String person, String reason) implements BoardEvent {
    }

    record DirectorResignationRejected(String person, String reason) implements BoardEvent {
    }

    /** Pressure over {@code hours}; strain builds by what exceeds {@code tolerance} and eases by what falls short. */
    record PressureMeasured(double hours, PressureReading reading, double tolerance) implements BoardEvent {
    }

    /**
     * A director gives way: the strain borne against their resolve, and {@code movedBy}, the share of that strain each
     * source of pressure brought (the letter, an investor, a demand), largest first. Revision 2 added the shares.
     */
    @org.axonframework.serialization.Revision("2")
    record DirectorYielded(String person, double strain, double resolve, Map<String, Double> movedBy)
            implements BoardEvent {
        public DirectorYielded {
            movedBy = movedBy == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(movedBy));
        }

        public DirectorYielded(String person, double strain, double resolve) {
            this(person, strain, resolve, Map.of());
        }
    }

    record BoardResignationDemanded(String by, int count) implements BoardEvent {
    }

    @org.axonframework.serialization.Revision("2")
    record SettlementProposed(String settlement, String proposer, BoardCommands.SettlementTerms terms, Instant deadline)
            implements BoardEvent {
    }

    record SettlementLapsed(String settlement, String reason) implements BoardEvent {
    }

    /** The board's answer to open terms: its own terms, which stay open beside the ones they answer. */
    record SettlementCountered(String settlement, String counter, String by, BoardCommands.SettlementTerms terms,
                               Instant deadline, String reason) implements BoardEvent {
    }

    /** The proposer accepts the board's counter-offer in principle; the terms it answered are superseded. */
    record CounterAccepted(String counter, String by, String reason) implements BoardEvent {
    }

    record CounterRejected(String counter, String by, String reason) implements BoardEvent {
    }

    record SettlementWithdrawn(String settlement, String by, String reason) implements BoardEvent {
    }

    /** A what-if changes the bylaws from this point on; their number of seats, when set, becomes the board's. */
    @org.axonframework.serialization.Revision("2")
    record BylawsAmended(Bylaws bylaws, String reason) implements BoardEvent {
    }

    /** A what-if changes how a director bears pressure; strain accumulated so far is kept. */
    /** Revision 2: the profile names whom the director is allied with; revision 3, what each kind of pressure weighs. */
    @org.axonframework.serialization.Revision("3")
    record DirectorProfileChanged(DirectorProfile profile, String reason) implements BoardEvent {
    }
}
