package org.govsim.workforce;

import java.time.Instant;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.govsim.simulation.Command;

/** What may be asked of the workforce. Times and local hours travel in the commands, so decisions stay pure. */
public interface WorkforceCommands {

    record OpenLetter(@TargetAggregateIdentifier String workforce, List<String> demands, String trigger) implements Command {
        public String target() { return Workforce.AGGREGATE; }
    }

    /** Close the open letter if one of its demands names {@code returned}, the CEO who is back. */
    record CloseLetter(@TargetAggregateIdentifier String workforce, String returned, String reason) implements Command {
        public String target() { return Workforce.AGGREGATE; }
    }

    /** Count the signatures added over {@code hours} up to {@code at}; {@code localHour} picks the day or night rate. */
    record TallyLetter(@TargetAggregateIdentifier String workforce, Instant at, double hours, int localHour)
            implements Command {
        public String target() { return Workforce.AGGREGATE; }
    }

    /** Signers who threatened to leave do so, at the model's leave rate, once the letter's ultimatum has run out. */
    record LeaveForOffer(@TargetAggregateIdentifier String workforce, Instant at, double hours, double ratePerHour) implements Command {
        public String target() { return Workforce.AGGREGATE; }
    }

    record ResignEmployees(@TargetAggregateIdentifier String workforce, int count, String reason) implements Command {
        public String target() { return Workforce.AGGREGATE; }
    }

    record WithdrawResignations(@TargetAggregateIdentifier String workforce, String reason) implements Command {
        public String target() { return Workforce.AGGREGATE; }
    }

    record ReceiveOutsideOffer(@TargetAggregateIdentifier String workforce, String employer, double thresholdDiscount)
            implements Command {
        public String target() { return Workforce.AGGREGATE; }
    }

    /**
     * The staff weigh the board's published reasons: each employee not yet signed needs {@code thresholdShift} more of
     * their colleagues to have signed before they sign.
     */
    record WeighReasons(@TargetAggregateIdentifier String workforce, double strength, double thresholdShift)
            implements Command {
        public String target() { return Workforce.AGGREGATE; }
    }

    record BriefExecutives(@TargetAggregateIdentifier String workforce) implements Command {
        public String target() { return Workforce.AGGREGATE; }
    }
}
