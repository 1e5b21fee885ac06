package org.govsim.ceo;

import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.govsim.ceo.CeoCommands.AnswerLetter;
import org.govsim.ceo.CeoEvents.CeoOfficeEstablished;
import org.govsim.ceo.CeoEvents.LetterRefused;
import org.govsim.ceo.CeoEvents.OfficerResigned;
import org.junit.jupiter.api.Test;

/** Alice, the CEO, answers holders' letter demanding that she resign. */
class CeoOfficeLetterTest {

    private final AggregateTestFixture<CeoOffice> fixture = new AggregateTestFixture<>(CeoOffice.class);
    private static final CeoOfficeEstablished OFFICE = new CeoOfficeEstablished("ceo", "alice", Map.of("cto", "murati"));

    @Test
    void anOfficerWhoGivesWayResignsTheOffice() {
        fixture.given(OFFICE).when(new AnswerLetter("ceo", "alice", "ceo", "l1", true, "gives way"))
                .expectEvents(new OfficerResigned("alice", "ceo", "gives way"));
    }

    @Test
    void anOfficerWhoRefusesStaysInOffice() {
        fixture.given(OFFICE).when(new AnswerLetter("ceo", "alice", "ceo", "l1", false, "holds firm"))
                .expectEvents(new LetterRefused("alice", "ceo", "l1", "holds firm"));
    }

    @Test
    void someoneWhoDoesNotHoldTheOfficeHasNoneToResign() {
        fixture.given(OFFICE, new OfficerResigned("alice", "ceo", "left"))
                .when(new AnswerLetter("ceo", "alice", "ceo", "l1", true, "gives way"))
                .expectEvents(new CeoEvents.CeoChangeRejected("alice", "alice does not hold the office of ceo, so has "
                        + "none to resign as the holders' letter demands"));
    }
}
