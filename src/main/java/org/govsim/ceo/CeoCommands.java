package org.govsim.ceo;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.govsim.simulation.Command;

/** What may be asked of the chief executive's office. {@code authority} is the board motion that orders it, if any. */
public interface CeoCommands {

    record RemoveCeo(@TargetAggregateIdentifier String office, String person, String authority) implements Command {
        public String target() { return CeoOffice.AGGREGATE; }
    }

    record AppointCeo(@TargetAggregateIdentifier String office, String person, boolean interim, String authority)
            implements Command {
        public String target() { return CeoOffice.AGGREGATE; }
    }

    record AppointOfficer(@TargetAggregateIdentifier String office, String person, String role, String authority)
            implements Command {
        public String target() { return CeoOffice.AGGREGATE; }
    }

    /** The board takes an officer's role away: {@code authority} is the carried motion that orders it. */
    record RemoveOfficer(@TargetAggregateIdentifier String office, String person, String role, String authority)
            implements Command {
        public String target() { return CeoOffice.AGGREGATE; }
    }

    /** An officer tells the board they will resign unless it carries a motion by a deadline. */
    record IssueUltimatum(@TargetAggregateIdentifier String office, String person, String role, String motion,
                          String demand, java.time.Instant deadline) implements Command {
        public String target() { return CeoOffice.AGGREGATE; }
    }

    /**
     * An officer answers holders' letter demanding they resign {@code role}: {@code resign} gives way, otherwise the
     * letter is refused; {@code reason} says why.
     */
    record AnswerLetter(@TargetAggregateIdentifier String office, String person, String role, String letter,
                        boolean resign, String reason) implements Command {
        public String target() { return CeoOffice.AGGREGATE; }
    }

    record ResignOffice(@TargetAggregateIdentifier String office, String person, String role, String reason)
            implements Command {
        public String target() { return CeoOffice.AGGREGATE; }
    }

    record ApproachCandidate(@TargetAggregateIdentifier String office, String person, String role) implements Command {
        public String target() { return CeoOffice.AGGREGATE; }
    }

    /** The candidate has had time to think; the answer is given on what they see then. */
    record ConsiderApproach(@TargetAggregateIdentifier String office, String person) implements Command {
        public String target() { return CeoOffice.AGGREGATE; }
    }

    record AnswerApproach(@TargetAggregateIdentifier String office, String person, boolean accept, String reason)
            implements Command {
        public String target() { return CeoOffice.AGGREGATE; }
    }

    /** A person takes an outside role for good and is no longer available to lead the organisation. */
    record CommitElsewhere(@TargetAggregateIdentifier String office, String person, String employer) implements Command {
        public String target() { return CeoOffice.AGGREGATE; }
    }
}
