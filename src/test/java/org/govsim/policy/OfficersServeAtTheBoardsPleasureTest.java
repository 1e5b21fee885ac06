package org.govsim.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govsim.policy.PolicyFixture.BOARD;
import static org.govsim.policy.PolicyFixture.OFFICE;

import java.util.List;

import org.govsim.board.BoardCommands.Method;
import org.govsim.board.BoardCommands.ReviewOfficerAppointment;
import org.govsim.board.BoardCommands.ReviewOfficerRemoval;
import org.govsim.board.BoardEvents.MotionCarried;
import org.govsim.board.BoardEvents.MotionFailed;
import org.govsim.board.Motion;
import org.govsim.board.Motion.Kind;
import org.govsim.board.Motion.Resolution;
import org.govsim.ceo.CeoCommands.AppointCeo;
import org.govsim.ceo.CeoCommands.AppointOfficer;
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

    @Test
    void interimCeoAppointmentCitingAFailedMotionGoesToTheBoardToBeRefused() {
        PolicyFixture world = PolicyFixture.givenMinimalWorld()
                .andGiven(new MotionFailed("m2", "appoint Olivia interim CEO", "no quorum", FOUR, FOUR));
        assertThat(new OfficersServeAtTheBoardsPleasure().prepare(new AppointCeo(OFFICE, "olivia", true, "m2"),
                world.world()))
                .isEqualTo(new ReviewOfficerAppointment(BOARD, "olivia", Kind.APPOINT_INTERIM_CEO, "interim CEO", "m2"));
    }

    @Test
    void ceoAppointmentCitingAMotionThatAppointsAnInterimGoesToTheBoardToBeRefused() {
        Motion interim = new Motion("m2", "appoint Olivia interim CEO",
                List.of(Resolution.of(Kind.APPOINT_INTERIM_CEO, "olivia")), Motion.Side.BOARD_LINE);
        PolicyFixture world = PolicyFixture.givenMinimalWorld().andGiven(new MotionCarried(interim, Method.MEETING,
                FOUR, FOUR, List.of(), 6, 4, "carried 4-0", List.of()));
        assertThat(new OfficersServeAtTheBoardsPleasure().prepare(new AppointCeo(OFFICE, "olivia", false, "m2"),
                world.world()))
                .isEqualTo(new ReviewOfficerAppointment(BOARD, "olivia", Kind.APPOINT_CEO, "CEO", "m2"));
    }

    @Test
    void officerAppointmentCitingAFailedMotionGoesToTheBoardToBeRefused() {
        PolicyFixture world = PolicyFixture.givenMinimalWorld()
                .andGiven(new MotionFailed("m5", "appoint Bob president", "no majority", FOUR, List.of()));
        assertThat(new OfficersServeAtTheBoardsPleasure().prepare(new AppointOfficer(OFFICE, "bob", "president", "m5"),
                world.world()))
                .isEqualTo(new ReviewOfficerAppointment(BOARD, "bob", Kind.APPOINT_OFFICER, "president", "m5"));
    }

    @Test
    void appointmentsCitingACarriedMotionThatNamesThemGoToTheCeosOffice() {
        Motion motion = new Motion("m2", "appoint Olivia interim CEO and Bob president",
                List.of(Resolution.of(Kind.APPOINT_INTERIM_CEO, "olivia"), new Resolution(Kind.APPOINT_OFFICER, "bob",
                        "president")), Motion.Side.BOARD_LINE);
        PolicyFixture world = PolicyFixture.givenMinimalWorld().andGiven(new MotionCarried(motion, Method.MEETING,
                FOUR, FOUR, List.of(), 6, 4, "carried 4-0", List.of()));
        AppointCeo interim = new AppointCeo(OFFICE, "olivia", true, "m2");
        AppointOfficer president = new AppointOfficer(OFFICE, "bob", "president", "m2");
        assertThat(new OfficersServeAtTheBoardsPleasure().prepare(interim, world.world())).isSameAs(interim);
        assertThat(new OfficersServeAtTheBoardsPleasure().prepare(president, world.world())).isSameAs(president);
    }
}
