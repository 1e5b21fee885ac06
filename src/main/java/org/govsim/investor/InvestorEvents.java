package org.govsim.investor;

import java.util.List;

import org.govsim.simulation.DomainEvent;

/** What happened to one investor. */
public interface InvestorEvents {

    interface InvestorEvent extends DomainEvent {
        String investor();

        default String aggregate() { return Investor.AGGREGATE_PREFIX + investor(); }

        default org.govsim.simulation.ActorKind<?> actorKind() { return Investor.KIND; }
    }

    /**
     * An investor as the seed world describes it. Economic stake and votes are kept apart: money is not control.
     * {@code leverage} weighs what the investor can withhold (funding, compute, jobs); {@code alignment} how far it
     * sides with the CEO; the hours are reaction delays. Leverage, alignment and delays are modelling choices.
     * {@code committedUsd} is money committed to the company, 0 where none is known; {@code note} is the seed's remark
     * for readers (what the investor's stake is, where no sum is known), or null. Revision 2: the note.
     */
    @org.axonframework.serialization.Revision("2")
    record InvestorRegistered(String investor, String name, double committedUsd, double profitShare, int votes,
                              Leverage leverage, double alignment, double reactionHours, double escalateAfterHours,
                              String source, String note) implements InvestorEvent {

        public InvestorRegistered(String investor, String name, double committedUsd, double profitShare, int votes,
                                  Leverage leverage, double alignment, double reactionHours, double escalateAfterHours,
                                  String source) {
            this(investor, name, committedUsd, profitShare, votes, leverage, alignment, reactionHours, escalateAfterHours,
                    source, null);
        }
    }

    record Leverage(double funding, double compute, double jobs) {
        public double total() {
            return funding + compute + jobs;
        }
    }

    record BoardPressed(String investor, String demand, double weight) implements InvestorEvent {
    }

    /** The investor stops pressing (and drops any legal threat) because the demand it pressed for was met. */
    record InvestorStoodDown(String investor, String demand, String reason) implements InvestorEvent {
    }

    record LegalActionWeighed(String investor, double weight) implements InvestorEvent {
    }

    record OutsideOfferMade(String investor, List<String> to, boolean colleagues, String role) implements InvestorEvent {
    }

    record CeoBacked(String investor, String person) implements InvestorEvent {
    }

    /** A what-if changes the investor's leverage, alignment or patience. */
    record InvestorProfileChanged(String investor, InvestorRegistered profile, String reason) implements InvestorEvent {
    }
}
