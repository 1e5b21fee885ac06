package org.govsim.board;

import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.govsim.board.BoardCommands.SeatByStockholders;
import org.govsim.board.BoardEvents.DirectorElected;
import org.govsim.board.BoardEvents.DirectorRemoved;
import org.govsim.board.BoardEvents.MotionRejected;
import org.govsim.board.Bylaws.Electorate;
import org.govsim.board.Bylaws.WrittenConsent;
import org.junit.jupiter.api.Test;

/**
 * The stockholders' act on the seats of a board of six (alice to frank, six seats): removals and elections without a
 * board vote, where the bylaws give the stockholders that power and the seats allow.
 */
class BoardSeatsByStockholdersTest {

    static BoardEvents.BoardConstituted elected(Electorate by) {
        return org.govsim.policy.PolicyFixture.board(new Bylaws(0, WrittenConsent.MAJORITY, false, by, by, "assumption"));
    }

    @Test
    void stockholdersRemoveADirectorAndElectAnotherInTheFreedSeat() {
        new AggregateTestFixture<>(Board.class).given(elected(Electorate.SHAREHOLDERS))
                .when(new SeatByStockholders("board", List.of("carol"), List.of("olivia"), "c1"))
                .expectEvents(new DirectorRemoved("carol", "c1"), new DirectorElected("olivia", "c1"));
    }

    @Test
    void whereTheBoardElectsAndRemovesItselfTheStockholdersCannot() {
        new AggregateTestFixture<>(Board.class).given(elected(Electorate.BOARD))
                .when(new SeatByStockholders("board", List.of("carol"), List.of(), "c1"))
                .expectEvents(new MotionRejected("c1", "the stockholders' act c1",
                        "under the bylaws only the board may remove a director"));
    }

    @Test
    void stockholdersCannotElectMoreDirectorsThanTheBoardHasSeats() {
        new AggregateTestFixture<>(Board.class).given(elected(Electorate.SHAREHOLDERS))
                .when(new SeatByStockholders("board", List.of(), List.of("olivia"), "c1"))
                .expectEvents(new MotionRejected("c1", "the stockholders' act c1",
                        "electing 1 would seat 7 directors on a board of 6 seats"));
    }
}
