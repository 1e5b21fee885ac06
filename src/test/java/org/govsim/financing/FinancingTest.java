package org.govsim.financing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.govsim.financing.FinancingCommands.AddFunding;
import org.govsim.financing.FinancingCommands.LoseFunding;
import org.govsim.financing.FinancingEvents.FundingLost;
import org.govsim.financing.FinancingEvents.FundingRegistered;
import org.govsim.financing.FinancingEvents.Source;
import org.govsim.simulation.Command;
import org.govsim.simulation.DomainEvent;
import org.junit.jupiter.api.Test;

/** A company counting on an offering of $3B, a credit line of $6B that needs the offering, and a fund's $1B. */
class FinancingTest {

    private final Financing financing = new Financing();

    private List<DomainEvent> when(Command c) {
        List<DomainEvent> out = financing.decide(c);
        out.forEach(e -> financing.evolve(e, Instant.EPOCH));
        return out;
    }

    private void registered() {
        financing.evolve(new FundingRegistered(List.of(new Source("ipo", "the offering", null, 3e9, null),
                new Source("loan", "the credit line", "banks", 6e9, "ipo"),
                new Source("fund-money", "the fund's money", "fund", 1e9, null)), null), Instant.EPOCH);
    }

    @Test
    void aProviderLeansWithItsShareOfTheCashStillAvailable() {
        registered();
        assertThat(financing.shareProvidedBy(Set.of("fund"))).isEqualTo(0.1);
        assertThat(financing.shareProvidedBy(Set.of("nobody"))).isZero();
    }

    @Test
    void losingASourceLosesWhatDependsOnItAndLeavesTheRestToItsProviders() {
        registered();
        assertThat(when(new LoseFunding("ipo", "postponed")))
                .containsExactly(new FundingLost("ipo", List.of("loan"), "postponed"));
        assertThat(financing.shareProvidedBy(Set.of("fund"))).isEqualTo(1.0);
    }

    @Test
    void aRivalSourceDilutesTheOthersLeverage() {
        registered();
        when(new LoseFunding("ipo", "postponed"));
        when(new AddFunding(new Source("rival", "a rival's debt", "bank", 3e9, null), "an offer"));
        assertThat(financing.shareProvidedBy(Set.of("fund"))).isEqualTo(0.25);
    }

    @Test
    void aSourceAlreadyLostCannotBeLostAgain() {
        registered();
        when(new LoseFunding("fund-money", "withdrawn"));
        assertThat(when(new LoseFunding("fund-money", "withdrawn")))
                .containsExactly(new FinancingEvents.FundingRefused("fund-money", "it is lost already"));
        assertThat(financing.shareProvidedBy(Set.of("fund"))).isZero();
    }
}
