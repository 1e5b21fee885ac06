package org.govsim.policy;

import static org.govsim.policy.PolicyFixture.BOARD;

import java.util.List;

import org.govsim.board.BoardCommands.SeatDesignee;
import org.govsim.shareholders.ShareholderEvents.DirectorDesignated;
import org.junit.jupiter.api.Test;

/** The founder names Olivia to the board under a right to two seats that Carol already sits in one of. */
class DesigneesTakeTheirSeatsTest {

    @Test
    void aDesigneeIsPutToTheBoardAtOnceWithEveryoneTheHolderHasNamed() {
        PolicyFixture.givenMinimalWorld()
                .when(new DesigneesTakeTheirSeats(), new DirectorDesignated("founder", "olivia", 2, List.of("carol", "olivia")))
                .expectCommands(new SeatDesignee(BOARD, "founder", "olivia", 2, List.of("carol", "olivia")))
                .expectAllDueNow();
    }
}
