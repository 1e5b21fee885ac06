package org.govsim.financing;

import java.util.List;

import org.govsim.simulation.ActorKind;
import org.govsim.simulation.DomainEvent;

/** What the financing stream records. */
public interface FinancingEvents {

    interface FinancingEvent extends DomainEvent {
        default String aggregate() { return Financing.AGGREGATE; }

        default ActorKind<?> actorKind() { return Financing.KIND; }
    }

    /**
     * A source of cash: {@code provider} is the holder (or other id) who provides it, {@code usd} the amount, and
     * {@code requires} the source it depends on, or null.
     */
    record Source(String id, String name, String provider, double usd, String requires) {
    }

    /** The sources of cash the company can count on when the run starts. */
    record FundingRegistered(List<Source> sources, String note) implements FinancingEvent {
    }

    /** A new source (a rival financier's offer, for instance). */
    record FundingAdded(Source source, String reason) implements FinancingEvent {
    }

    /** A step on the company's cash that cannot be taken: a source known already, or one no longer available. */
    record FundingRefused(String source, String reason) implements FinancingEvent {
    }

    /** A source is gone ({@code reason}), and with it the sources that depend on it ({@code with}). */
    record FundingLost(String source, List<String> with, String reason) implements FinancingEvent {
    }
}
