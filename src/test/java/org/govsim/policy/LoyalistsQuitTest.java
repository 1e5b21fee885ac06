package org.govsim.policy;

import static org.govsim.policy.PolicyFixture.OFFICE;
import static org.govsim.policy.PolicyFixture.WORKFORCE;
import static org.govsim.policy.PolicyFixture.hoursAfterStart;

import java.util.List;

import org.govsim.ceo.CeoCommands.ResignOffice;
import org.govsim.ceo.CeoEvents.CeoAppointed;
import org.govsim.ceo.CeoEvents.CeoRemoved;
import org.govsim.organisation.Organisation.Loyalist;
import org.govsim.workforce.WorkforceCommands.ResignEmployees;
import org.junit.jupiter.api.Test;

class LoyalistsQuitTest {

    private static final List<Loyalist> LOYAL_TO_ALICE = List.of(
            new Loyalist("bob", "president", 0, "alice", true, 1.0, "s1"),
            new Loyalist(null, "researchers", 3, "alice", true, 2.0, "s1"),
            new Loyalist("murati", "cto", 0, "alice", false, 0, "s1"));

    @Test
    void loyalistsQuitAfterTheirOwnReactionTimeWhenTheirLeaderIsRemoved() {
        PolicyFixture.givenMinimalWorld(PolicyFixture.organisation(LOYAL_TO_ALICE, List.of()))
                .when(new LoyalistsQuit(), new CeoRemoved("alice", "m1"))
                .expectCommands(
                        new ResignOffice(OFFICE, "bob", "president", "quits in protest at the removal of Alice Able"),
                        new ResignEmployees(WORKFORCE, 3, "researchers resign in protest at the removal of Alice Able"))
                .expectDue(hoursAfterStart(1), hoursAfterStart(2));
    }

    @Test
    void loyalistsWhoStayDoNotQuit() {
        PolicyFixture.givenMinimalWorld(PolicyFixture.organisation(List.of(
                        new Loyalist("murati", "cto", 0, "alice", false, 0, "s1")), List.of()))
                .when(new LoyalistsQuit(), new CeoRemoved("alice", "m1"))
                .expectNoCommands();
    }

    @Test
    void nobodyQuitsOverTheRemovalOfSomeoneElse() {
        PolicyFixture.givenMinimalWorld(PolicyFixture.organisation(List.of(
                        new Loyalist("murati", "cto", 0, "bob", true, 1.0, "s1")), List.of()))
                .when(new LoyalistsQuit(), new CeoRemoved("alice", "m1"))
                .expectNoCommands();
    }

    @Test
    void nobodyQuitsOverAnAppointment() {
        PolicyFixture.givenMinimalWorld(PolicyFixture.organisation(LOYAL_TO_ALICE, List.of()))
                .andGiven(new CeoRemoved("alice", "m1"))
                .when(new LoyalistsQuit(), new CeoAppointed("murati", true, "m1", false, null))
                .expectNoCommands();
    }
}
