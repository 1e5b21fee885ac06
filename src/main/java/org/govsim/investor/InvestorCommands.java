package org.govsim.investor;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.govsim.simulation.Command;

/** What may be asked of one investor. The target is the investor's own stream, "investor/ID". */
public interface InvestorCommands {

    record PressBoard(@TargetAggregateIdentifier String investor, String demand) implements Command {
        public String target() { return Investor.AGGREGATE_PREFIX + investor; }
    }

    /** Stop pressing for {@code demand}, which was met; an investor pressing for something else carries on. */
    record StandDown(@TargetAggregateIdentifier String investor, String demand, String reason) implements Command {
        public String target() { return Investor.AGGREGATE_PREFIX + investor; }
    }

    record WeighLegalAction(@TargetAggregateIdentifier String investor) implements Command {
        public String target() { return Investor.AGGREGATE_PREFIX + investor; }
    }

    /** An offer of roles to named people and, when {@code colleagues}, to any employee who follows them. */
    record MakeOutsideOffer(@TargetAggregateIdentifier String investor, List<String> to, boolean colleagues, String role)
            implements Command {
        public String target() { return Investor.AGGREGATE_PREFIX + investor; }
    }

    record BackCeo(@TargetAggregateIdentifier String investor, String person) implements Command {
        public String target() { return Investor.AGGREGATE_PREFIX + investor; }
    }
}
