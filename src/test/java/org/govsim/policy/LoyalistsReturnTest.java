package org.govsim.policy;

import static org.govsim.policy.PolicyFixture.WORKFORCE;

import org.govsim.ceo.CeoEvents.CeoAppointed;
import org.govsim.ceo.CeoEvents.CeoRemoved;
import org.govsim.workforce.WorkforceCommands.WithdrawResignations;
import org.govsim.workforce.WorkforceEvents.EmployeesResigned;
import org.junit.jupiter.api.Test;

class LoyalistsReturnTest {

    @Test
    void resignedStaffComeBackWhenTheRemovedCeoReturns() {
        PolicyFixture.givenMinimalWorld()
                .andGiven(new CeoRemoved("alice", "m1"), new EmployeesResigned(3, 0, "researchers resign in protest"),
                        new CeoAppointed("murati", true, "m1", false, null))
                .when(new LoyalistsReturn(), new CeoAppointed("alice", false, "s1", true, "murati"))
                .expectCommands(new WithdrawResignations(WORKFORCE, "Alice Able is back as CEO"))
                .expectAllDueNow();
    }

    @Test
    void nobodyComesBackForANewCeo() {
        PolicyFixture.givenMinimalWorld()
                .andGiven(new CeoRemoved("alice", "m1"), new EmployeesResigned(3, 0, "researchers resign in protest"))
                .when(new LoyalistsReturn(), new CeoAppointed("olivia", true, "m2", false, null))
                .expectNoCommands();
    }

    @Test
    void nothingToWithdrawWhenNobodyResigned() {
        PolicyFixture.givenMinimalWorld()
                .andGiven(new CeoRemoved("alice", "m1"))
                .when(new LoyalistsReturn(), new CeoAppointed("alice", false, "s1", true, null))
                .expectNoCommands();
    }

    @Test
    void signersWhoLeftForTheOfferDoNotComeBackWithTheCeo() {
        PolicyFixture.givenMinimalWorld()
                .andGiven(new CeoRemoved("alice", "m1"), new CeoAppointed("murati", true, "m1", false, null),
                        new EmployeesResigned(10, 10, "signers leave to join Backer Corp"))
                .when(new LoyalistsReturn(), new CeoAppointed("alice", false, "s1", true, "murati"))
                .expectNoCommands();
    }
}
