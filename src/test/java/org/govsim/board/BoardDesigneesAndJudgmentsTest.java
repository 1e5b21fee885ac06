package org.govsim.board;

import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.govsim.board.BoardCommands.CarryOutJudgment;
import org.govsim.board.BoardCommands.SeatDesignee;
import org.govsim.board.BoardEvents.DesigneeNotSeated;
import org.govsim.board.BoardEvents.DesigneeSeated;
import org.govsim.board.BoardEvents.DirectorRemoved;
import org.govsim.board.Bylaws.Electorate;
import org.govsim.board.Bylaws.QuorumBase;
import org.govsim.board.Bylaws.WrittenConsent;
import org.junit.jupiter.api.Test;

/**
 * A board of six directors (alice to frank) with eight seats, elected by the stockholders: a holder's designees take
 * the free seats its right gives it, and a judgment takes directors off the board.
 */
class BoardDesigneesAndJudgmentsTest {

    private static BoardEvents.BoardConstituted eightSeats(Electorate by) {
        return org.govsim.policy.PolicyFixture.board(new Bylaws(0, WrittenConsent.MAJORITY, false, by, by, "assumption",
                QuorumBase.AUTHORISED_SEATS, 8, false));
    }

    @Test
    void aDesigneeTakesAFreeSeatWhileTheHolderHasSeatsLeft() {
        new AggregateTestFixture<>(Board.class).given(eightSeats(Electorate.SHAREHOLDERS))
                .when(new SeatDesignee("board", "founder", "olivia", 2, List.of("carol", "olivia")))
                .expectEvents(new DesigneeSeated("olivia", "founder"));
    }

    @Test
    void aHolderWhoseDesigneesFillItsSeatsCannotSeatAnother() {
        new AggregateTestFixture<>(Board.class).given(eightSeats(Electorate.SHAREHOLDERS))
                .when(new SeatDesignee("board", "fund", "olivia", 1, List.of("carol", "olivia")))
                .expectEvents(new DesigneeNotSeated("olivia", "fund", "the seat the holder may fill is taken by carol"));
    }

    @Test
    void aSeatLeftByADesigneeMayBeFilledAgain() {
        new AggregateTestFixture<>(Board.class)
                .given(eightSeats(Electorate.SHAREHOLDERS), new BoardEvents.DirectorResigned("carol", "leaves"))
                .when(new SeatDesignee("board", "fund", "olivia", 1, List.of("carol", "olivia")))
                .expectEvents(new DesigneeSeated("olivia", "fund"));
    }

    @Test
    void noDesigneeSitsOnAFullBoard() {
        new AggregateTestFixture<>(Board.class)
                .given(eightSeats(Electorate.SHAREHOLDERS), new DesigneeSeated("murati", "founder"),
                        new DesigneeSeated("bob2", "founder"))
                .when(new SeatDesignee("board", "founder", "olivia", 3, List.of("murati", "bob2", "olivia")))
                .expectEvents(new DesigneeNotSeated("olivia", "founder", "no seat is free: 8 directors sit on a board of 8 seats"));
    }

    @Test
    void whereTheBoardElectsItselfNoHolderDesignatesADirector() {
        new AggregateTestFixture<>(Board.class).given(eightSeats(Electorate.BOARD))
                .when(new SeatDesignee("board", "founder", "olivia", 2, List.of("olivia")))
                .expectEvents(new DesigneeNotSeated("olivia", "founder", "under the bylaws only the board may elect a director"));
    }

    @Test
    void aJudgmentRemovesTheDirectorsItNamesWhoStillSit() {
        new AggregateTestFixture<>(Board.class).given(eightSeats(Electorate.SHAREHOLDERS))
                .when(new CarryOutJudgment("board", List.of("carol", "olivia"), "suit-1"))
                .expectEvents(new DirectorRemoved("carol", "suit-1"));
    }
}
