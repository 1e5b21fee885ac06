package org.govsim.ceo;

import java.time.Instant;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.govsim.ceo.CeoCommands.IssueUltimatum;
import org.govsim.ceo.CeoEvents.CeoChangeRejected;
import org.govsim.ceo.CeoEvents.CeoOfficeEstablished;
import org.govsim.ceo.CeoEvents.UltimatumIssued;
import org.junit.jupiter.api.Test;

/** Only an officer can threaten to resign an office, and only the office they hold. */
class CeoOfficeUltimatumTest {

    static final Instant BY = Instant.parse("1985-04-12T01:00:00Z");

    @Test
    void theCeoThreatensToResignUnlessTheBoardActs() {
        new AggregateTestFixture<>(CeoOffice.class)
                .given(new CeoOfficeEstablished("ceo", "alice", Map.of("president", "bob")))
                .when(new IssueUltimatum("ceo", "alice", "ceo", "m7", "take the division from Bob", BY))
                .expectEvents(new UltimatumIssued("alice", "ceo", "m7", "take the division from Bob", BY));
    }

    @Test
    void someoneWithoutTheOfficeHasNothingToThreatenWith() {
        new AggregateTestFixture<>(CeoOffice.class)
                .given(new CeoOfficeEstablished("ceo", "alice", Map.of("president", "bob")))
                .when(new IssueUltimatum("ceo", "bob", "ceo", "m7", "make Bob CEO", BY))
                .expectEvents(new CeoChangeRejected("bob", "bob does not hold the office of ceo, so cannot threaten to "
                        + "resign it"));
    }
}
