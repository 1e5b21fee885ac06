package org.govsim.policy;

import java.time.Duration;
import java.util.List;

import org.govsim.ceo.CeoEvents.LetterRefused;
import org.govsim.financing.FinancingCommands.LoseFunding;
import org.govsim.financing.FinancingEvents.FundingRegistered;
import org.govsim.financing.FinancingEvents.Source;
import org.govsim.shareholders.ShareholderEvents.HoldersLetterSent;
import org.govsim.shareholders.ShareholderEvents.ShareCapitalRegistered;
import org.junit.jupiter.api.Test;

/** A fund that provides the company's cash, and a bank that does not, wrote to Alice; she refused. */
class RefusedFinanciersWithdrawTest {

    private static final FundingRegistered FUNDING = new FundingRegistered(List.of(
            new Source("fund-money", "the fund's money", "fund", 1e9, null),
            new Source("bank-loan", "the bank's loan", "bank", 2e9, null)), null);
    private static final HoldersLetterSent LETTER = new HoldersLetterSent("l1", List.of("fund"), "alice", "ceo",
            "step down", PolicyFixture.T0.plus(Duration.ofHours(4)), 0.3, 0.1);

    @Test
    void aSignerWhoProvidesCashWithdrawsItWhenTheLetterIsRefused() {
        PolicyFixture.givenMinimalWorld(new ShareCapitalRegistered(List.of(), "plurality", "s1"), FUNDING, LETTER)
                .when(new RefusedFinanciersWithdraw(), new LetterRefused("alice", "ceo", "l1", "holds firm"))
                .expectCommands(new LoseFunding("fund-money", "withdrawn by fund once Alice Able refused the demand to "
                        + "step down"))
                .expectAllDueNow();
    }

    @Test
    void aLetterFromHoldersWhoProvideNoCashCostsNothingToRefuse() {
        HoldersLetterSent fromTheBank = new HoldersLetterSent("l2", List.of("retail"), "alice", "ceo", "step down",
                PolicyFixture.T0, 0.3, 0.1);
        PolicyFixture.givenMinimalWorld(new ShareCapitalRegistered(List.of(), "plurality", "s1"), FUNDING, fromTheBank)
                .when(new RefusedFinanciersWithdraw(), new LetterRefused("alice", "ceo", "l2", "holds firm"))
                .expectNoCommands();
    }
}
