package org.govsim.board;

import java.time.Instant;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.govsim.simulation.Command;

/** What may be asked of the board. */
public interface BoardCommands {

    /** How the votes of a motion are given: as recorded in the script, or by each director's current stance. */
    enum VoteBy { RECORD, STANCE }

    enum Method { MEETING, WRITTEN_CONSENT }

    /**
     * Put a motion to the board. {@code invited} lists the directors given notice (empty: all);
     * {@code present} the people at the meeting; {@code votesFor}/{@code votesAgainst} count only with {@code VoteBy.RECORD}.
     */
    record PutMotionToVote(@TargetAggregateIdentifier String board, Motion motion, Method method, List<String> invited,
                           List<String> present, List<String> votesFor, List<String> votesAgainst, VoteBy voteBy)
            implements Command {
        /**
         * Stands in a list for every director in office when the vote is taken, so that a scripted vote after a change
         * of board does not presuppose who sits on it.
         */
        public static final String EVERY_DIRECTOR = "*";

        public String target() { return Board.AGGREGATE; }

        /**
         * This vote with {@link #EVERY_DIRECTOR} replaced by the directors in office; "all" for or against leaves out
         * those the other list names.
         */
        public PutMotionToVote seated(java.util.Collection<String> directors) {
            return new PutMotionToVote(board, motion, method, seat(invited, directors, List.of()),
                    seat(present, directors, List.of()), seat(votesFor, directors, votesAgainst),
                    seat(votesAgainst, directors, votesFor), voteBy);
        }

        /** Whether a list of this vote stands for every director in office. */
        public boolean seatsEveryDirector() {
            return invited.contains(EVERY_DIRECTOR) || present.contains(EVERY_DIRECTOR)
                    || votesFor.contains(EVERY_DIRECTOR) || votesAgainst.contains(EVERY_DIRECTOR);
        }

        private static List<String> seat(List<String> people, java.util.Collection<String> directors, List<String> others) {
            return people.contains(EVERY_DIRECTOR)
                    ? directors.stream().filter(d -> !others.contains(d)).toList() : people;
        }
    }

    /**
     * A director will attend the meeting on {@code motion} for the express purpose of objecting that it was not
     * lawfully called, which keeps their want of notice standing (DGCL 229).
     */
    record AttendToObject(@TargetAggregateIdentifier String board, String motion, String director) implements Command {
        public String target() { return Board.AGGREGATE; }
    }

    /**
     * The board publishes its reasons for a decision: {@code strength} (0 to 1) is how far they would convince a
     * reader who trusted neither side, {@code summary} what they say.
     */
    record PublishReasons(@TargetAggregateIdentifier String board, double strength, String summary) implements Command {
        public String target() { return Board.AGGREGATE; }
    }

    /** The CEO's removal cites {@code motion}, which the board did not carry: the board says why it gives no authority. */
    record ReviewOfficerRemoval(@TargetAggregateIdentifier String board, String person, String motion) implements Command {
        public String target() { return Board.AGGREGATE; }
    }

    /**
     * An appointment ({@code act}: CEO, interim CEO or another officer, {@code role} naming the office) cites
     * {@code motion}, which the board did not carry: the board says why it gives no authority.
     */
    record ReviewOfficerAppointment(@TargetAggregateIdentifier String board, String person, Motion.Kind act, String role,
                                    String motion) implements Command {
        public String target() { return Board.AGGREGATE; }
    }

    /** Measure the pressure on the directors over the last {@code hours}; the reading is taken when the action runs. */
    record RecordPressure(@TargetAggregateIdentifier String board, double hours, PressureReading reading, double tolerance)
            implements Command {
        public String target() { return Board.AGGREGATE; }

        public RecordPressure withReading(PressureReading r) {
            return new RecordPressure(board, hours, r, tolerance);
        }
    }

    record YieldToPressure(@TargetAggregateIdentifier String board, String director) implements Command {
        public String target() { return Board.AGGREGATE; }
    }

    /** The stockholders' act on the board's seats ({@code authority}: their consent or meeting), without a board vote. */
    record SeatByStockholders(@TargetAggregateIdentifier String board, List<String> remove, List<String> elect,
                              String authority) implements Command {
        public String target() { return Board.AGGREGATE; }
    }

    /**
     * A holder's designee takes a seat under the holder's right to name {@code seats} directors; {@code designees} are
     * all the holder has named, this one included, so the board can count those still sitting.
     */
    record SeatDesignee(@TargetAggregateIdentifier String board, String holder, String person, int seats,
                        List<String> designees) implements Command {
        public String target() { return Board.AGGREGATE; }
    }

    /** A court's judgment removes directors ({@code authority}: the suit it ends). */
    record CarryOutJudgment(@TargetAggregateIdentifier String board, List<String> remove, String authority)
            implements Command {
        public String target() { return Board.AGGREGATE; }
    }

    record ResignFromBoard(@TargetAggregateIdentifier String board, String director, String reason) implements Command {
        public String target() { return Board.AGGREGATE; }
    }

    record DemandBoardResignation(@TargetAggregateIdentifier String board, String by, int count) implements Command {
        public String target() { return Board.AGGREGATE; }
    }

    record ProposeSettlement(@TargetAggregateIdentifier String board, String settlement, String proposer,
                             SettlementTerms terms, Instant deadline) implements Command {
        public String target() { return Board.AGGREGATE; }
    }

    record LapseSettlement(@TargetAggregateIdentifier String board, String settlement) implements Command {
        public String target() { return Board.AGGREGATE; }
    }

    /** The board answers open terms with terms of its own, put by the director who negotiates for it. */
    record CounterSettlement(@TargetAggregateIdentifier String board, String settlement, String counter, String by,
                             SettlementTerms terms, String reason) implements Command {
        public String target() { return Board.AGGREGATE; }
    }

    /**
     * The side that proposed terms accepts or rejects the board's counter-offer. Scheduled with {@code accept} and
     * {@code reason} null: the answer is made from the world as it is when it is given.
     */
    record AnswerCounter(@TargetAggregateIdentifier String board, String counter, String by, Boolean accept, String reason)
            implements Command {
        public String target() { return Board.AGGREGATE; }

        public AnswerCounter answered(boolean yes, String why) {
            return new AnswerCounter(board, counter, by, yes, why);
        }
    }

    record WithdrawSettlement(@TargetAggregateIdentifier String board, String settlement, String by, String reason)
            implements Command {
        public String target() { return Board.AGGREGATE; }
    }

    /**
     * The terms under which the board's opponents would settle: who leads, who sits on the board, who leaves it, and
     * the number of seats of the board they leave behind (null: the seats stay as they are).
     */
    record SettlementTerms(String ceo, List<String> elect, String chair, List<String> leaving, List<Officer> officers,
                           Integer seats) {

        public record Officer(String person, String role) {
        }

        public SettlementTerms(String ceo, List<String> elect, String chair, List<String> leaving, List<Officer> officers) {
            this(ceo, elect, chair, leaving, officers, null);
        }

        public Motion toMotion(String id, String title) {
            List<Motion.Resolution> rs = new java.util.ArrayList<>();
            if (seats != null) {
                rs.add(Motion.Resolution.boardSize(seats));
            }
            elect.forEach(p -> rs.add(Motion.Resolution.of(Motion.Kind.ELECT_DIRECTOR, p)));
            if (chair != null) {
                rs.add(Motion.Resolution.of(Motion.Kind.ELECT_CHAIR, chair));
            }
            if (ceo != null) {
                rs.add(Motion.Resolution.of(Motion.Kind.APPOINT_CEO, ceo));
            }
            officers.forEach(o -> rs.add(new Motion.Resolution(Motion.Kind.APPOINT_OFFICER, o.person(), o.role())));
            leaving.forEach(p -> rs.add(Motion.Resolution.of(Motion.Kind.DEPART, p)));
            return new Motion(id, title, List.copyOf(rs), Motion.Side.CONCESSION);
        }
    }
}
