package org.govsim.policy;

import static org.govsim.policy.PolicyFixture.OFFICE;
import static org.govsim.policy.PolicyFixture.T0;

import java.time.Duration;
import java.util.List;

import org.govsim.ceo.CeoCommands.ResignOffice;
import org.govsim.ceo.CeoEvents.UltimatumIssued;
import org.govsim.simulation.SimulationEvents.OnlyIf;
import org.junit.jupiter.api.Test;

/** Alice, the CEO, says she will resign unless the board carries m7 within a day: at the deadline she does, unless it has. */
class UltimatumsAreKeptTest {

    private static final UltimatumIssued ULTIMATUM = new UltimatumIssued("alice", "ceo", "m7",
            "take the division from Bob", T0.plus(Duration.ofHours(24)));

    @Test
    void theOfficerResignsAtTheDeadlineUnlessTheBoardHasCarriedTheMotionByThen() {
        PolicyFixture.givenMinimalWorld()
                .when(new UltimatumsAreKept(), ULTIMATUM)
                .expectCommands(new OnlyIf(List.of("not-carried:m7"), new ResignOffice(OFFICE, "alice", "ceo",
                        "resigns, as threatened: the board did not decide to take the division from Bob by the deadline")))
                .expectAllDueAfterHours(24);
    }
}
