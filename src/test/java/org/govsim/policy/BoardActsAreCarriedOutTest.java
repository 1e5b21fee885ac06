package org.govsim.policy;

import static org.govsim.policy.PolicyFixture.BOARD;
import static org.govsim.policy.PolicyFixture.OFFICE;

import java.util.List;

import org.govsim.board.BoardCommands.Method;
import org.govsim.board.BoardCommands.ResignFromBoard;
import org.govsim.board.BoardEvents.MotionCarried;
import org.govsim.board.BoardEvents.MotionFailed;
import org.govsim.board.Motion;
import org.govsim.board.Motion.Kind;
import org.govsim.board.Motion.Resolution;
import org.govsim.ceo.CeoCommands.AppointCeo;
import org.govsim.ceo.CeoCommands.AppointOfficer;
import org.govsim.ceo.CeoCommands.RemoveCeo;
import org.junit.jupiter.api.Test;

class BoardActsAreCarriedOutTest {

    private static final List<String> FOUR = List.of("carol", "dave", "erin", "frank");

    private static MotionCarried carried(Motion motion) {
        return new MotionCarried(motion, Method.MEETING, FOUR, FOUR, List.of(), 6, 4, "carried 4-0", List.of());
    }

    @Test
    void carriedRemovalOfTheCeoAndInterimAppointmentAreCarriedOutAtOnce() {
        Motion motion = new Motion("m1", "remove Alice", List.of(Resolution.of(Kind.REMOVE_CEO, "alice"),
                Resolution.of(Kind.REMOVE_DIRECTOR, "alice"), Resolution.of(Kind.APPOINT_INTERIM_CEO, "murati")),
                Motion.Side.BOARD_LINE);
        PolicyFixture.givenMinimalWorld()
                .when(new BoardActsAreCarriedOut(), carried(motion))
                .expectCommands(new RemoveCeo(OFFICE, "alice", "m1"), new AppointCeo(OFFICE, "murati", true, "m1"))
                .expectAllDueNow();
    }

    @Test
    void carriedSettlementReinstatesTheCeoAppointsOfficersAndSeesDepartingDirectorsOff() {
        Motion motion = new Motion("s1", "the settlement", List.of(Resolution.of(Kind.APPOINT_CEO, "alice"),
                new Resolution(Kind.APPOINT_OFFICER, "bob", "president"), Resolution.of(Kind.DEPART, "frank")),
                Motion.Side.CONCESSION);
        PolicyFixture.givenMinimalWorld()
                .when(new BoardActsAreCarriedOut(), carried(motion))
                .expectCommands(new AppointCeo(OFFICE, "alice", false, "s1"),
                        new AppointOfficer(OFFICE, "bob", "president", "s1"),
                        new ResignFromBoard(BOARD, "frank", "leaves the board under the settlement"))
                .expectAllDueNow();
    }

    @Test
    void carriedMotionStripsAnOfficerOfARoleWhoKeepsTheChairAndTheSeat() {
        Motion motion = new Motion("m2", "take the division from Bob", List.of(
                new Resolution(Kind.REMOVE_OFFICER, "bob", "president")), Motion.Side.BOARD_LINE);
        PolicyFixture.givenMinimalWorld()
                .when(new BoardActsAreCarriedOut(), carried(motion))
                .expectCommands(new org.govsim.ceo.CeoCommands.RemoveOfficer(OFFICE, "bob", "president", "m2"))
                .expectAllDueNow();
    }

    @Test
    void motionThatOnlyReshapesTheBoardAsksNothingOfTheOfficers() {
        Motion motion = new Motion("m1", "reshape", List.of(Resolution.of(Kind.REMOVE_DIRECTOR, "bob"),
                Resolution.of(Kind.REMOVE_CHAIR, "bob"), Resolution.of(Kind.ELECT_DIRECTOR, "gina")), Motion.Side.BOARD_LINE);
        PolicyFixture.givenMinimalWorld()
                .when(new BoardActsAreCarriedOut(), carried(motion))
                .expectNoCommands();
    }

    @Test
    void failedMotionIsNotCarriedOut() {
        PolicyFixture.givenMinimalWorld()
                .when(new BoardActsAreCarriedOut(), new MotionFailed("m1", "remove Alice",
                        "no quorum: 3 of 6 directors present, 4 needed", List.of("carol", "dave", "erin"), List.of()))
                .expectNoCommands();
    }
}
