package org.govsim.policy;

import static org.govsim.policy.PolicyFixture.BOARD;

import java.util.List;

import org.govsim.board.BoardCommands.SeatByStockholders;
import org.govsim.shareholders.ShareholderEvents.StockholderConsentFailed;
import org.govsim.shareholders.ShareholderEvents.StockholdersConsented;
import org.junit.jupiter.api.Test;

/** A written consent of a majority of the votes reseats the board at once; one that failed changes nothing. */
class StockholdersSeatTheBoardTest {

    @Test
    void aConsentThatCarriedRemovesAndElectsDirectorsAtOnce() {
        PolicyFixture.givenMinimalWorld()
                .when(new StockholdersSeatTheBoard(), new StockholdersConsented("c1", List.of("founder"), 60, 100,
                        List.of("carol"), List.of("olivia")))
                .expectCommands(new SeatByStockholders(BOARD, List.of("carol"), List.of("olivia"), "c1"))
                .expectAllDueNow();
    }

    @Test
    void aConsentThatFailedChangesNothing() {
        PolicyFixture.givenMinimalWorld()
                .when(new StockholdersSeatTheBoard(), new StockholderConsentFailed("c1", List.of("founder"), 40, 100,
                        "not a majority"))
                .expectNoCommands();
    }
}
