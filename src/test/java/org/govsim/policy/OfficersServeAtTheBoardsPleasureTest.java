package org.govsim.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govsim.policy.PolicyFixture.BOARD;
import static org.govsim.policy.PolicyFixture.OFFICE;

import java.util.List;

import org.govsim.board.BoardCommands.Method;
import org.govsim.board.BoardCommands.ReviewOfficerRemoval;
import org.govsim.board.BoardEvents.MotionCarried;
import org.govsim.board.BoardEvents.MotionFailed;
import org.govsim.board.Motion;
import org.govsim.board.Motion.Kind;
import org.govsim.board.Motion.Resolution;
import org.govsim.ceo.CeoCommands.RemoveCeo;
import org.junit.jupiter.api.Test;

class OfficersServeAtTheBoardsPleasureTest {

    private static final List<String> FOUR = List.of("carol", "dave", "erin", "frank");
    private static final Motion REMOVE_ALICE = new Motion("m1", "remove Alice",
            List.of(Resolution.of(Kind.REMOVE_CEO, "alice")), Motion.Side.BOARD_LINE);

    @Test
    void removalCitingAFailedMotionGoesToTheBoardToBeRefused() {
        PolicyFixture world = PolicyFixture.givenMinimalWorld()
                .andGiven(new MotionFailed("m1", "remove Alice", "no quorum", FOUR, FOUR));
        assertThat(new OfficersServeAtTheBoardsPleasure().prepare(new RemoveCeo(OFFICE, "alice", "m1"), world.world()))
                .isEqualTo(new ReviewOfficerRemoval(BOARD, "alice", "m1"));
    }

    @Test
    void removalCitingACarriedMotionGoesToTheCeosOffice() {
        PolicyFixture world = PolicyFixture.givenMinimalWorld().andGiven(new MotionCarried(REMOVE_ALICE, Method.MEETING,
                FOUR, FOUR, List.of(), 6, 4, "carried 4-0", List.of()));
        RemoveCeo removal = new RemoveCeo(OFFICE, "alice", "m1");
        assertThat(new OfficersServeAtTheBoardsPleasure().prepare(removal, world.world())).isSameAs(removal);
    }

    @Test
    void removalCitingNoMotionIsLeftToTheCeosOfficeToReject() {
        RemoveCeo removal = new RemoveCeo(OFFICE, "alice", null);
        assertThat(new OfficersServeAtTheBoardsPleasure().prepare(removal, PolicyFixture.givenMinimalWorld().world()))
                .isSameAs(removal);
    }
}
