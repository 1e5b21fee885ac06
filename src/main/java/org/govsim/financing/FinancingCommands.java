package org.govsim.financing;

import org.govsim.simulation.Command;

/** What may happen to the company's sources of cash. */
public interface FinancingCommands {

    record AddFunding(FinancingEvents.Source source, String reason) implements Command {
        public String target() { return Financing.AGGREGATE; }
    }

    /** A source is lost: an offering postponed, a financier who withdraws. */
    record LoseFunding(String source, String reason) implements Command {
        public String target() { return Financing.AGGREGATE; }
    }
}
