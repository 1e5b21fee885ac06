package org.govsim.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.instanceOf;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.govsim.board.BoardCommands.AttendToObject;
import org.govsim.board.BoardCommands.DemandBoardResignation;
import org.govsim.board.BoardCommands.LapseSettlement;
import org.govsim.board.BoardCommands.Method;
import org.govsim.board.BoardCommands.ProposeSettlement;
import org.govsim.board.BoardCommands.PutMotionToVote;
import org.govsim.board.BoardCommands.RecordPressure;
import org.govsim.board.BoardCommands.ReviewOfficerAppointment;
import org.govsim.board.BoardCommands.ReviewOfficerRemoval;
import org.govsim.board.BoardCommands.ResignFromBoard;
import org.govsim.board.BoardCommands.SettlementTerms;
import org.govsim.board.BoardCommands.VoteBy;
import org.govsim.board.BoardCommands.YieldToPressure;
import org.govsim.board.BoardEvents.AttendedToObject;
import org.govsim.board.BoardEvents.BoardConstituted;
import org.govsim.board.BoardEvents.BoardSizeFixed;
import org.govsim.board.BoardEvents.BoardResignationDemanded;
import org.govsim.board.BoardEvents.ChairRemoved;
import org.govsim.board.BoardEvents.DirectorElected;
import org.govsim.board.BoardEvents.DirectorRemoved;
import org.govsim.board.BoardEvents.DirectorResignationRejected;
import org.govsim.board.BoardEvents.DirectorResigned;
import org.govsim.board.BoardEvents.DirectorYielded;
import org.govsim.board.BoardEvents.MotionCarried;
import org.govsim.board.BoardEvents.MotionFailed;
import org.govsim.board.BoardEvents.MotionRejected;
import org.govsim.board.BoardEvents.OfficerAppointmentRefused;
import org.govsim.board.BoardEvents.OfficerRemovalRefused;
import org.govsim.board.BoardEvents.PressureMeasured;
import org.govsim.board.BoardEvents.CounterAccepted;
import org.govsim.board.BoardEvents.CounterRejected;
import org.govsim.board.BoardEvents.SettlementCountered;
import org.govsim.board.BoardEvents.SettlementLapsed;
import org.govsim.board.BoardEvents.SettlementWithdrawn;
import org.govsim.board.BoardEvents.SettlementProposed;
import org.govsim.board.Bylaws.Electorate;
import org.govsim.board.Bylaws.WrittenConsent;
import org.govsim.board.Motion.Kind;
import org.govsim.board.Motion.Resolution;
import org.govsim.board.Motion.Side;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The board acts only by motions that satisfy its bylaws; every broken rule ends in an event with its reason.
 * Six directors: alice (CEO) and bob (chair) bear no strain; carol, dave, erin and frank give way at 10, 20, 30, 40.
 */
class BoardTest {

    private static final String BOARD = "board";
    private static final List<String> ALL = List.of("alice", "bob", "carol", "dave", "erin", "frank");
    private static final List<String> FOUR = List.of("carol", "dave", "erin", "frank");

    private FixtureConfiguration<Board> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Board.class);
    }

    static Bylaws bylaws(WrittenConsent consent, boolean notice, Electorate removedBy) {
        return new Bylaws(0, consent, notice, Electorate.BOARD, removedBy, "assumption");
    }

    static BoardConstituted constituted(Bylaws bylaws) {
        return org.govsim.policy.PolicyFixture.board(bylaws);
    }

    static BoardConstituted defaultBoard() {
        return constituted(bylaws(WrittenConsent.MAJORITY, false, Electorate.BOARD));
    }

    static final Motion REMOVE_CEO = new Motion("m1", "remove Alice as CEO",
            List.of(Resolution.of(Kind.REMOVE_CEO, "alice")), Side.BOARD_LINE);

    static final Motion REMOVE_CHAIR_AND_DIRECTOR = new Motion("m1", "remove Bob from the board and the chair",
            List.of(Resolution.of(Kind.REMOVE_DIRECTOR, "bob"), Resolution.of(Kind.REMOVE_CHAIR, "bob"),
                    Resolution.of(Kind.REMOVE_CEO, "alice")), Side.BOARD_LINE);

    static PutMotionToVote meeting(Motion motion, List<String> present, List<String> votesFor, List<String> votesAgainst) {
        return new PutMotionToVote(BOARD, motion, Method.MEETING, List.of(), present, votesFor, votesAgainst, VoteBy.RECORD);
    }

    static PutMotionToVote writtenConsent(Motion motion, List<String> signers) {
        return new PutMotionToVote(BOARD, motion, Method.WRITTEN_CONSENT, List.of(), List.of(), signers, List.of(),
                VoteBy.RECORD);
    }

    // ---- quorum and majority ----

    @Test
    void boardWithoutQuorumCannotRemoveCeo() {
        List<String> three = List.of("carol", "dave", "erin");
        fixture.given(defaultBoard())
                .when(meeting(REMOVE_CEO, three, three, List.of()))
                .expectEvents(new MotionFailed("m1", "remove Alice as CEO",
                        "no quorum: 3 of 6 directors present, 4 needed (quorum: a majority of the authorised seats)",
                        three, three));
    }

    @Test
    void quorumSetByTheBylawsOverridesTheMajorityDefault() {
        List<String> four = FOUR;
        fixture.given(constituted(new Bylaws(5, WrittenConsent.MAJORITY, false, Electorate.BOARD, Electorate.BOARD, "s")))
                .when(meeting(REMOVE_CEO, four, four, List.of()))
                .expectEvents(new MotionFailed("m1", "remove Alice as CEO",
                        "no quorum: 4 of 6 directors present, 5 needed (quorum of 5 set by the bylaws)", four, four));
    }

    @Test
    void motionWithoutMajorityOfThosePresentFails() {
        fixture.given(defaultBoard())
                .when(meeting(REMOVE_CEO, FOUR, List.of("carol"), List.of("dave", "erin")))
                .expectEvents(new MotionFailed("m1", "remove Alice as CEO",
                        "no majority: 1 of 4 directors present voted for, 3 needed", FOUR, List.of("carol")));
    }

    @Test
    void peoplePresentWhoAreNotDirectorsDoNotCountTowardsQuorum() {
        List<String> present = List.of("carol", "dave", "erin", "visitor");
        List<String> three = List.of("carol", "dave", "erin");
        fixture.given(defaultBoard())
                .when(meeting(REMOVE_CEO, present, three, List.of()))
                .expectEvents(new MotionFailed("m1", "remove Alice as CEO",
                        "no quorum: 3 of 6 directors present, 4 needed (quorum: a majority of the authorised seats)",
                        three, three));
    }

    // ---- seats, vacancies and the quorum they make ----

    static final Motion INTERIM_CEO = new Motion("m2", "appoint Olivia interim CEO",
            List.of(Resolution.of(Kind.APPOINT_INTERIM_CEO, "olivia")), Side.BOARD_LINE);

    static final Motion ELECT_GINA = new Motion("m3", "elect Gina", List.of(Resolution.of(Kind.ELECT_DIRECTOR, "gina")),
            Side.BOARD_LINE);

    /** The default six-seat board after the removal of the first {@code vacancies} of alice, bob, carol, dave, erin. */
    static Object[] withVacancies(Bylaws bylaws, int vacancies) {
        Object[] events = new Object[vacancies + 1];
        events[0] = constituted(bylaws);
        for (int i = 0; i < vacancies; i++) {
            events[i + 1] = new DirectorRemoved(ALL.get(i), "m0");
        }
        return events;
    }

    @Test
    @DisplayName("DGCL 141(b): three of a six-seat board with two vacancies are no quorum, which counts the seats")
    void threeDirectorsOfASixSeatBoardWithTwoVacanciesCannotAct() {
        List<String> three = List.of("carol", "dave", "erin");
        fixture.given(withVacancies(bylaws(WrittenConsent.MAJORITY, false, Electorate.BOARD), 2))
                .when(meeting(INTERIM_CEO, three, three, List.of()))
                .expectEvents(new MotionFailed("m2", "appoint Olivia interim CEO", "no quorum: 3 of 4 directors in office "
                        + "(6 seats) present, 4 needed (quorum: a majority of the authorised seats)", three, three));
    }

    @Test
    @DisplayName("DGCL 141(b): where the bylaws count the directors in office, three of four make a quorum")
    void threeDirectorsOfFourInOfficeActWhenTheBylawsCountDirectorsInOffice() {
        List<String> three = List.of("carol", "dave", "erin");
        Bylaws inOffice = new Bylaws(0, WrittenConsent.MAJORITY, false, Electorate.BOARD, Electorate.BOARD, "s",
                Bylaws.QuorumBase.DIRECTORS_IN_OFFICE, 0, false);
        fixture.given(withVacancies(inOffice, 2))
                .when(meeting(INTERIM_CEO, three, three, List.of()))
                .expectEvents(new MotionCarried(INTERIM_CEO, Method.MEETING, three, three, List.of(), 4, 3,
                        "carried 3-0 at a meeting with 3 of 4 directors in office (6 seats) present (quorum 3; an act "
                                + "needs a majority of those present)", List.of()));
    }

    @Test
    @DisplayName("DGCL 223: three remaining directors of six seats elect a fourth though they are no quorum")
    void threeRemainingDirectorsFillAVacancyBelowQuorum() {
        List<String> three = List.of("dave", "erin", "frank");
        fixture.given(withVacancies(bylaws(WrittenConsent.MAJORITY, false, Electorate.BOARD), 3))
                .when(meeting(ELECT_GINA, three, List.of("dave", "erin"), List.of("frank")))
                .expectEvents(
                        new MotionCarried(ELECT_GINA, Method.MEETING, three, List.of("dave", "erin"), List.of("frank"), 3, 4,
                                "carried 2-1 below quorum (3 of 3 directors in office (6 seats) present, quorum 4): a "
                                        + "majority of the directors in office may fill vacancies though less than a quorum "
                                        + "(DGCL 223)", List.of()),
                        new DirectorElected("gina", "m3"))
                .expectState(board -> assertThat(board.members()).containsExactly("dave", "erin", "frank", "gina"));
    }

    @Test
    @DisplayName("DGCL 223: below quorum, a vacancy needs a majority of the directors in office, not of those present")
    void aVacancyBelowQuorumNeedsAMajorityOfTheDirectorsInOffice() {
        fixture.given(withVacancies(bylaws(WrittenConsent.MAJORITY, false, Electorate.BOARD), 3))
                .when(meeting(ELECT_GINA, List.of("dave"), List.of("dave"), List.of()))
                .expectEvents(new MotionFailed("m3", "elect Gina", "no quorum (1 of 3 directors in office (6 seats) "
                        + "present, 4 needed), and short of the majority of the directors in office that may fill vacancies "
                        + "without one (DGCL 223): 1 voted for, 2 needed", List.of("dave"), List.of("dave")));
    }

    @Test
    @DisplayName("DGCL 223: a sole remaining director fills a vacancy")
    void aSoleRemainingDirectorFillsAVacancy() {
        List<String> frank = List.of("frank");
        fixture.given(withVacancies(bylaws(WrittenConsent.MAJORITY, false, Electorate.BOARD), 5))
                .when(meeting(ELECT_GINA, frank, frank, List.of()))
                .expectEvents(
                        new MotionCarried(ELECT_GINA, Method.MEETING, frank, frank, List.of(), 1, 4,
                                "carried 1-0 below quorum (1 of 1 directors in office (6 seats) present, quorum 4): a sole "
                                        + "remaining director may fill vacancies (DGCL 223)", List.of()),
                        new DirectorElected("gina", "m3"));
    }

    @Test
    @DisplayName("DGCL 141(b): no vacancy is filled beyond the authorised seats")
    void boardCannotSeatMoreDirectorsThanItHasSeats() {
        fixture.given(defaultBoard())
                .when(meeting(ELECT_GINA, FOUR, FOUR, List.of()))
                .expectEvents(new MotionRejected("m3", "elect Gina",
                        "the motion would seat 7 directors in 6 authorised seats; the board must first fix a larger size"));
    }

    static final Motion FOUR_SEATS = new Motion("m4", "fix the board at four seats",
            List.of(Resolution.boardSize(4)), Side.BOARD_LINE);

    @Test
    @DisplayName("DGCL 141(b): a resolution fixes the board's size, and the quorum follows it")
    void resolutionFixesTheBoardsSizeAndTheQuorumFollows() {
        fixture.given(withVacancies(bylaws(WrittenConsent.MAJORITY, false, Electorate.BOARD), 2))
                .when(meeting(FOUR_SEATS, FOUR, FOUR, List.of()))
                .expectEvents(
                        new MotionCarried(FOUR_SEATS, Method.MEETING, FOUR, FOUR, List.of(), 4, 4,
                                "carried 4-0 at a meeting with 4 of 4 directors in office (6 seats) present (quorum 4; an "
                                        + "act needs a majority of those present)", List.of()),
                        new BoardSizeFixed(4, "m4"))
                .expectState(board -> assertThat(board.seats()).isEqualTo(4));
        List<String> three = List.of("carol", "dave", "erin");
        Object[] resized = java.util.stream.Stream.concat(
                java.util.Arrays.stream(withVacancies(bylaws(WrittenConsent.MAJORITY, false, Electorate.BOARD), 2)),
                java.util.stream.Stream.of(new BoardSizeFixed(4, "m4"))).toArray();
        fixture.given(resized)
                .when(meeting(INTERIM_CEO, three, three, List.of()))
                .expectEvents(new MotionCarried(INTERIM_CEO, Method.MEETING, three, three, List.of(), 4, 3,
                        "carried 3-0 at a meeting with 3 of 4 directors present (quorum 3; an act needs a majority of "
                                + "those present)", List.of()));
    }

    @Test
    @DisplayName("DGCL 141(b): the board cannot fix fewer seats than the directors who sit")
    void boardCannotFixFewerSeatsThanItsDirectors() {
        fixture.given(defaultBoard())
                .when(meeting(FOUR_SEATS, FOUR, FOUR, List.of()))
                .expectEvents(new MotionRejected("m4", "fix the board at four seats",
                        "the motion would seat 6 directors in 4 authorised seats; the board must first fix a larger size"));
    }

    @Test
    @DisplayName("DGCL 141(b): seats fixed by the bylaws count vacancies the board was constituted with")
    void seatsFixedByTheBylawsCountVacanciesFromTheStart() {
        Bylaws eightSeats = new Bylaws(0, WrittenConsent.MAJORITY, false, Electorate.BOARD, Electorate.BOARD, "s",
                Bylaws.QuorumBase.AUTHORISED_SEATS, 8, false);
        fixture.given(constituted(eightSeats))
                .when(meeting(INTERIM_CEO, FOUR, FOUR, List.of()))
                .expectEvents(new MotionFailed("m2", "appoint Olivia interim CEO", "no quorum: 4 of 6 directors in office "
                        + "(8 seats) present, 5 needed (quorum: a majority of the authorised seats)", FOUR, FOUR));
    }

    // ---- officers serve at the board's pleasure ----

    @Test
    @DisplayName("DGCL 142: a removal of the CEO citing a failed motion is refused with the motion's failure")
    void removalOfTheCeoCitingAFailedMotionIsRefused() {
        fixture.given(defaultBoard(), new MotionFailed("m1", "remove Alice as CEO",
                        "no quorum: 3 of 6 directors present, 4 needed", List.of("carol"), List.of("carol")))
                .when(new ReviewOfficerRemoval(BOARD, "alice", "m1"))
                .expectEvents(new OfficerRemovalRefused("alice", "m1",
                        "motion m1 failed: no quorum: 3 of 6 directors present, 4 needed"));
    }

    @Test
    @DisplayName("DGCL 142: a removal of the CEO citing an unknown or unrelated motion is refused")
    void removalOfTheCeoCitingAnUnknownOrUnrelatedMotionIsRefused() {
        fixture.given(defaultBoard())
                .when(new ReviewOfficerRemoval(BOARD, "alice", "m9"))
                .expectEvents(new OfficerRemovalRefused("alice", "m9", "no motion m9 was put to the board"));
        fixture.given(defaultBoard(), new MotionCarried(ELECT_GINA, Method.MEETING, FOUR, FOUR, List.of(), 6, 4, "carried",
                        List.of()))
                .when(new ReviewOfficerRemoval(BOARD, "alice", "m3"))
                .expectEvents(new OfficerRemovalRefused("alice", "m3", "motion m3 carried but does not remove alice as CEO"));
        fixture.given(defaultBoard(), new MotionRejected("m1", "remove Alice as CEO", "zed is not a director"))
                .when(new ReviewOfficerRemoval(BOARD, "alice", "m1"))
                .expectEvents(new OfficerRemovalRefused("alice", "m1",
                        "motion m1 was out of order: zed is not a director"));
    }

    @Test
    void carriedMotionGivesAuthorityToRemoveTheCeo() {
        fixture.given(defaultBoard(), new MotionCarried(REMOVE_CEO, Method.MEETING, FOUR, FOUR, List.of(), 6, 4, "carried",
                        List.of()))
                .when(new ReviewOfficerRemoval(BOARD, "alice", "m1"))
                .expectNoEvents()
                .expectState(board -> assertThat(board.noAuthorityToRemove("alice", "m1")).isNull());
    }

    static final MotionFailed INTERIM_CEO_FAILED = new MotionFailed("m2", "appoint Olivia interim CEO",
            "no quorum: 3 of 6 directors present, 4 needed", List.of("carol", "dave", "erin"), List.of("carol"));

    @Test
    @DisplayName("DGCL 142: an interim CEO's appointment citing a failed motion is refused with the motion's failure")
    void appointmentOfAnInterimCeoCitingAFailedMotionIsRefused() {
        fixture.given(defaultBoard(), INTERIM_CEO_FAILED)
                .when(new ReviewOfficerAppointment(BOARD, "olivia", Kind.APPOINT_INTERIM_CEO, "interim CEO", "m2"))
                .expectEvents(new OfficerAppointmentRefused("olivia", "interim CEO", "m2",
                        "motion m2 failed: no quorum: 3 of 6 directors present, 4 needed"));
    }

    @Test
    @DisplayName("DGCL 142: a CEO's appointment citing a motion out of order is refused")
    void appointmentOfACeoCitingAMotionOutOfOrderIsRefused() {
        fixture.given(defaultBoard(), new MotionRejected("s1", "the settlement", "zed is not a director"))
                .when(new ReviewOfficerAppointment(BOARD, "alice", Kind.APPOINT_CEO, "CEO", "s1"))
                .expectEvents(new OfficerAppointmentRefused("alice", "CEO", "s1",
                        "motion s1 was out of order: zed is not a director"));
    }

    @Test
    @DisplayName("DGCL 142: an officer's appointment citing a motion that appoints someone else is refused")
    void appointmentOfAnOfficerCitingAMotionThatDoesNotAppointThemIsRefused() {
        Motion president = new Motion("m5", "appoint Bob president",
                List.of(new Resolution(Kind.APPOINT_OFFICER, "bob", "president")), Side.BOARD_LINE);
        fixture.given(defaultBoard(), new MotionCarried(president, Method.MEETING, FOUR, FOUR, List.of(), 6, 4, "carried",
                        List.of()))
                .when(new ReviewOfficerAppointment(BOARD, "bob", Kind.APPOINT_OFFICER, "cto", "m5"))
                .expectEvents(new OfficerAppointmentRefused("bob", "cto", "m5",
                        "motion m5 carried but does not appoint bob cto"));
        fixture.given(defaultBoard())
                .when(new ReviewOfficerAppointment(BOARD, "murati", Kind.APPOINT_OFFICER, "cto", "m9"))
                .expectEvents(new OfficerAppointmentRefused("murati", "cto", "m9", "no motion m9 was put to the board"));
    }

    @Test
    void carriedMotionGivesAuthorityToAppointTheOfficersItNames() {
        Motion president = new Motion("m5", "appoint Bob president",
                List.of(new Resolution(Kind.APPOINT_OFFICER, "bob", "president")), Side.BOARD_LINE);
        fixture.given(defaultBoard(), new MotionCarried(president, Method.MEETING, FOUR, FOUR, List.of(), 6, 4, "carried",
                        List.of()))
                .when(new ReviewOfficerAppointment(BOARD, "bob", Kind.APPOINT_OFFICER, "president", "m5"))
                .expectNoEvents();
    }

    // the board's own acts are carried out by the vote itself: a motion that fails or is out of order does none of them

    private static final List<String> THREE = List.of("carol", "dave", "erin");

    @Test
    @DisplayName("DGCL 141(b): a motion to elect a director that fails elects nobody")
    void aFailedMotionToElectADirectorElectsNobody() {
        fixture.given(withVacancies(bylaws(WrittenConsent.MAJORITY, false, Electorate.BOARD), 1))
                .when(meeting(ELECT_GINA, FOUR, List.of("carol"), List.of("dave", "erin", "frank")))
                .expectEvents(new MotionFailed("m3", "elect Gina", "no majority: 1 of 4 directors present voted for, "
                        + "3 needed", FOUR, List.of("carol")))
                .expectState(board -> assertThat(board.members()).doesNotContain("gina"));
    }

    @Test
    @DisplayName("DGCL 141(b): a motion to fix the board's size that fails leaves the seats as they were")
    void aFailedMotionToFixTheBoardsSizeLeavesTheSeats() {
        Motion sevenSeats = new Motion("m6", "fix the board at seven seats", List.of(Resolution.boardSize(7)),
                Side.BOARD_LINE);
        fixture.given(defaultBoard())
                .when(meeting(sevenSeats, THREE, THREE, List.of()))
                .expectEvents(new MotionFailed("m6", "fix the board at seven seats",
                        "no quorum: 3 of 6 directors present, 4 needed (quorum: a majority of the authorised seats)",
                        THREE, THREE))
                .expectState(board -> assertThat(board.seats()).isEqualTo(6));
    }

    @Test
    @DisplayName("DGCL 141(b): a motion to grant an observer seat that fails grants none")
    void aFailedMotionToGrantAnObserverSeatGrantsNone() {
        Motion observer = new Motion("m7", "grant Backer an observer seat",
                List.of(Resolution.of(Kind.GRANT_OBSERVER_SEAT, "backer")), Side.BOARD_LINE);
        fixture.given(defaultBoard())
                .when(meeting(observer, FOUR, List.of("carol"), List.of("dave", "erin", "frank")))
                .expectEvents(new MotionFailed("m7", "grant Backer an observer seat",
                        "no majority: 1 of 4 directors present voted for, 3 needed", FOUR, List.of("carol")))
                .expectState(board -> assertThat(board.observers()).isEmpty());
    }

    @Test
    @DisplayName("DGCL 141(b): a motion to remove a director and the chair that fails leaves both in place")
    void aFailedMotionToRemoveADirectorAndTheChairLeavesBoth() {
        fixture.given(defaultBoard())
                .when(meeting(REMOVE_CHAIR_AND_DIRECTOR, THREE, THREE, List.of()))
                .expectEvents(new MotionFailed("m1", "remove Bob from the board and the chair",
                        "no quorum: 3 of 6 directors present, 4 needed (quorum: a majority of the authorised seats)",
                        THREE, THREE))
                .expectState(board -> {
                    assertThat(board.members()).contains("bob");
                    assertThat(board.chair()).isEqualTo("bob");
                });
    }

    @Test
    @DisplayName("DGCL 141(b): a motion to elect a chair that is out of order elects none")
    void aMotionOutOfOrderToElectAChairElectsNone() {
        Motion chair = new Motion("m8", "elect Carol chair", List.of(Resolution.of(Kind.ELECT_CHAIR, "carol")),
                Side.BOARD_LINE);
        fixture.given(defaultBoard())
                .when(meeting(chair, FOUR, List.of("carol", "zed"), List.of()))
                .expectEvents(new MotionRejected("m8", "elect Carol chair", "zed is not a director, so cannot vote"))
                .expectState(board -> assertThat(board.chair()).isEqualTo("bob"));
    }

    // ---- who may vote ----

    @Test
    void nonDirectorCannotVote() {
        fixture.given(defaultBoard())
                .when(meeting(REMOVE_CEO, List.of("carol", "dave", "erin", "frank", "zed"), List.of("carol", "zed"),
                        List.of()))
                .expectEvents(new MotionRejected("m1", "remove Alice as CEO", "zed is not a director, so cannot vote"));
    }

    @Test
    void removedDirectorCannotVote() {
        fixture.given(defaultBoard(), new DirectorRemoved("alice", "m0"))
                .when(meeting(REMOVE_CEO, ALL, List.of("carol", "dave", "erin"), List.of("alice")))
                .expectEvents(new MotionRejected("m1", "remove Alice as CEO",
                        "alice is no longer a director (removed by motion m0), so cannot vote"));
    }

    @Test
    void resignedDirectorCannotVote() {
        fixture.given(defaultBoard(), new DirectorResigned("bob", "protest"))
                .when(meeting(REMOVE_CEO, FOUR, FOUR, List.of("bob")))
                .expectEvents(new MotionRejected("m1", "remove Alice as CEO",
                        "bob is no longer a director (resigned), so cannot vote"));
    }

    @Test
    void directorAbsentFromTheMeetingCannotVote() {
        fixture.given(defaultBoard())
                .when(meeting(REMOVE_CEO, FOUR, List.of("carol", "dave", "erin", "frank", "bob"), List.of()))
                .expectEvents(new MotionRejected("m1", "remove Alice as CEO",
                        "bob voted without being present at the meeting"));
    }

    // ---- action without a meeting ----

    @Test
    void writtenConsentUnderUnanimousBylawsFailsWithAMissingSignature() {
        List<String> five = List.of("bob", "carol", "dave", "erin", "frank");
        fixture.given(constituted(bylaws(WrittenConsent.UNANIMOUS, false, Electorate.BOARD)))
                .when(writtenConsent(REMOVE_CEO, five))
                .expectEvents(new MotionFailed("m1", "remove Alice as CEO",
                        "written consent must be unanimous: 5 of 6 directors signed", List.of(), five));
    }

    @Test
    void writtenConsentUnderUnanimousBylawsCarriesWhenEveryDirectorSigns() {
        fixture.given(constituted(bylaws(WrittenConsent.UNANIMOUS, false, Electorate.BOARD)))
                .when(writtenConsent(REMOVE_CEO, ALL))
                .expectEvents(new MotionCarried(REMOVE_CEO, Method.WRITTEN_CONSENT, List.of(), ALL, List.of(), 6, 4,
                        "carried by written consent of 6 of 6 directors (unanimous consent required)", List.of()));
    }

    @Test
    void writtenConsentUnderMajorityBylawsCarriesWithoutAMeeting() {
        fixture.given(defaultBoard())
                .when(writtenConsent(REMOVE_CHAIR_AND_DIRECTOR, FOUR))
                .expectEvents(
                        new MotionCarried(REMOVE_CHAIR_AND_DIRECTOR, Method.WRITTEN_CONSENT, List.of(), FOUR, List.of(), 6, 4,
                                "carried by written consent of 4 of 6 directors (the bylaws let a majority act without a "
                                        + "meeting or notice)", List.of()),
                        new DirectorRemoved("bob", "m1"),
                        new ChairRemoved("bob", "m1"));
    }

    @Test
    void writtenConsentUnderMajorityBylawsNeedsAMajorityOfTheWholeBoard() {
        List<String> three = List.of("carol", "dave", "erin");
        fixture.given(defaultBoard())
                .when(writtenConsent(REMOVE_CEO, three))
                .expectEvents(new MotionFailed("m1", "remove Alice as CEO",
                        "no majority of the board: 3 of 6 directors consented, 4 needed", List.of(), three));
    }

    static Bylaws onlySignersWhoCouldMeet(boolean required) {
        return new Bylaws(0, WrittenConsent.UNANIMOUS, false, Electorate.BOARD, Electorate.BOARD, "s",
                Bylaws.QuorumBase.AUTHORISED_SEATS, 0, required);
    }

    @Test
    @DisplayName("DGCL 141(f): a sole director's consent is refused where signers must be able to act at a meeting")
    void soleDirectorsConsentIsRefusedWhereSignersMustBeAbleToMeet() {
        List<String> frank = List.of("frank");
        fixture.given(withVacancies(onlySignersWhoCouldMeet(true), 5))
                .when(writtenConsent(INTERIM_CEO, frank))
                .expectEvents(new MotionFailed("m2", "appoint Olivia interim CEO", "the signers could not act at a meeting, "
                        + "and the bylaws let only such signers act without one (DGCL 141(f)): 1 of 1 directors in office "
                        + "(6 seats) signed, a quorum is 4 (quorum: a majority of the authorised seats)", List.of(), frank));
    }

    @Test
    @DisplayName("DGCL 141(f): a sole director's unanimous consent carries where the bylaws do not restrict signers")
    void soleDirectorsConsentCarriesWhereTheBylawsDoNotRestrictSigners() {
        List<String> frank = List.of("frank");
        fixture.given(withVacancies(onlySignersWhoCouldMeet(false), 5))
                .when(writtenConsent(INTERIM_CEO, frank))
                .expectEvents(new MotionCarried(INTERIM_CEO, Method.WRITTEN_CONSENT, List.of(), frank, List.of(), 1, 4,
                        "carried by written consent of 1 of 1 directors in office (6 seats) (unanimous consent required)",
                        List.of()));
    }

    @Test
    @DisplayName("DGCL 141(f) and 223: a sole director who could fill a vacancy at a meeting may do so by consent")
    void soleDirectorFillsAVacancyByConsentWhereSignersMustBeAbleToMeet() {
        List<String> frank = List.of("frank");
        fixture.given(withVacancies(onlySignersWhoCouldMeet(true), 5))
                .when(writtenConsent(ELECT_GINA, frank))
                .expectEvents(
                        new MotionCarried(ELECT_GINA, Method.WRITTEN_CONSENT, List.of(), frank, List.of(), 1, 4,
                                "carried by written consent of 1 of 1 directors in office (6 seats) (unanimous consent "
                                        + "required)", List.of()),
                        new DirectorElected("gina", "m3"));
    }

    @Test
    void bylawsWithoutActionByConsentRejectWrittenConsent() {
        fixture.given(constituted(bylaws(WrittenConsent.NONE, false, Electorate.BOARD)))
                .when(writtenConsent(REMOVE_CEO, ALL))
                .expectEvents(new MotionRejected("m1", "remove Alice as CEO",
                        "the bylaws allow no action without a meeting"));
    }

    // ---- notice ----

    @Test
    void meetingIsOutOfOrderWhenNoticeIsRequiredAndADirectorWasNotInvited() {
        List<String> invited = List.of("bob", "carol", "dave", "erin", "frank");
        fixture.given(constituted(bylaws(WrittenConsent.MAJORITY, true, Electorate.BOARD)))
                .when(new PutMotionToVote(BOARD, REMOVE_CEO, Method.MEETING, invited, FOUR, FOUR, List.of(), VoteBy.RECORD))
                .expectEvents(new MotionRejected("m1", "remove Alice as CEO",
                        "alice was given no notice of the meeting, and the bylaws require notice to every director"));
    }

    @Test
    void meetingHiddenFromADirectorCarriesWithAWarningWhenNoNoticeIsRequired() {
        List<String> invited = List.of("bob", "carol", "dave", "erin", "frank");
        fixture.given(defaultBoard())
                .when(new PutMotionToVote(BOARD, REMOVE_CEO, Method.MEETING, invited, FOUR, FOUR, List.of(), VoteBy.RECORD))
                .expectEvents(new MotionCarried(REMOVE_CEO, Method.MEETING, FOUR, FOUR, List.of(), 6, 4,
                        "carried 4-0 at a meeting with 4 of 6 directors present (quorum 4; an act needs a majority of "
                                + "those present)",
                        List.of("alice had no notice of this board meeting; the bylaws require none, though hiding a "
                                + "meeting from a director to stop him using his rights can void its acts (Adlerstein v. "
                                + "Wertheimer)")));
    }

    @Test
    @DisplayName("DGCL 229: a director who attends a meeting without notice has waived it")
    void aDirectorWhoAttendsWithoutNoticeHasWaivedIt() {
        List<String> invited = List.of("bob", "carol", "dave", "erin", "frank");
        List<String> present = List.of("alice", "carol", "dave", "erin", "frank");
        fixture.given(constituted(bylaws(WrittenConsent.MAJORITY, true, Electorate.BOARD)))
                .when(new PutMotionToVote(BOARD, REMOVE_CEO, Method.MEETING, invited, present, FOUR, List.of("alice"),
                        VoteBy.RECORD))
                .expectEvents(new MotionCarried(REMOVE_CEO, Method.MEETING, present, FOUR, List.of("alice"), 6, 4,
                        "carried 4-1 at a meeting with 5 of 6 directors present (quorum 4; an act needs a majority of "
                                + "those present)",
                        List.of("alice was given no notice of the meeting but attended it, which waives notice (DGCL 229)")));
    }

    @Test
    @DisplayName("DGCL 229: a director who attends only to object keeps the want of notice standing")
    void aDirectorWhoAttendsOnlyToObjectHasNotWaivedNotice() {
        List<String> invited = List.of("bob", "carol", "dave", "erin", "frank");
        List<String> present = List.of("alice", "carol", "dave", "erin", "frank");
        fixture.given(constituted(bylaws(WrittenConsent.MAJORITY, true, Electorate.BOARD)),
                        new AttendedToObject("m1", "alice"))
                .when(new PutMotionToVote(BOARD, REMOVE_CEO, Method.MEETING, invited, present, FOUR, List.of("alice"),
                        VoteBy.RECORD))
                .expectEvents(new MotionRejected("m1", "remove Alice as CEO",
                        "alice was given no notice of the meeting, and the bylaws require notice to every director; "
                                + "alice attended only to object, which waives nothing (DGCL 229)"));
    }

    @Test
    @DisplayName("DGCL 229: a director says before the meeting that they attend only to object")
    void aDirectorAttendsToObjectOnceAndOnlyAsADirector() {
        fixture.given(defaultBoard())
                .when(new AttendToObject(BOARD, "m1", "alice"))
                .expectEvents(new AttendedToObject("m1", "alice"));
        fixture.given(defaultBoard(), new AttendedToObject("m1", "alice"))
                .when(new AttendToObject(BOARD, "m1", "alice"))
                .expectNoEvents();
        fixture.given(defaultBoard())
                .when(new AttendToObject(BOARD, "m1", "zed"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("DGCL 229: an objection is to one meeting; the next motion's meeting is not affected by it")
    void anObjectionEndsWithTheMotionItWasMadeTo() {
        List<String> invited = List.of("bob", "carol", "dave", "erin", "frank");
        List<String> present = List.of("alice", "carol", "dave", "erin", "frank");
        fixture.given(constituted(bylaws(WrittenConsent.MAJORITY, true, Electorate.BOARD)),
                        new AttendedToObject("m1", "alice"),
                        new MotionRejected("m1", "remove Alice as CEO", "alice was given no notice"))
                .when(new PutMotionToVote(BOARD, REMOVE_CEO, Method.MEETING, invited, present, FOUR, List.of("alice"),
                        VoteBy.RECORD))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(instanceOf(MotionCarried.class), andNoMore())));
    }

    @Test
    void boardCannotElectSomeoneWhoAlreadySits() {
        Motion electCarol = new Motion("m9", "elect Carol", List.of(Motion.Resolution.of(Motion.Kind.ELECT_DIRECTOR, "carol")),
                Motion.Side.BOARD_LINE);
        fixture.given(defaultBoard())
                .when(meeting(electCarol, FOUR, FOUR, List.of()))
                .expectEvents(new MotionRejected("m9", "elect Carol", "cannot elect carol: already a director"));
    }

    // ---- the board's powers ----

    @Test
    void boardCannotRemoveADirectorWhenOnlyShareholdersMay() {
        fixture.given(constituted(bylaws(WrittenConsent.MAJORITY, false, Electorate.SHAREHOLDERS)))
                .when(meeting(REMOVE_CHAIR_AND_DIRECTOR, FOUR, FOUR, List.of()))
                .expectEvents(new MotionRejected("m1", "remove Bob from the board and the chair",
                        "under the bylaws only the shareholders may remove a director"));
    }

    @Test
    void boardCannotRemoveAChairWhoIsNotTheChair() {
        Motion motion = new Motion("m1", "remove Carol as chair", List.of(Resolution.of(Kind.REMOVE_CHAIR, "carol")),
                Side.BOARD_LINE);
        fixture.given(defaultBoard())
                .when(meeting(motion, FOUR, FOUR, List.of()))
                .expectEvents(new MotionRejected("m1", "remove Carol as chair", "cannot remove carol as chair: not the chair"));
    }

    @Test
    void boardCannotElectAChairWhoWillNotBeADirector() {
        Motion motion = new Motion("m1", "make Zed chair", List.of(Resolution.of(Kind.ELECT_CHAIR, "zed")), Side.BOARD_LINE);
        fixture.given(defaultBoard())
                .when(meeting(motion, FOUR, FOUR, List.of()))
                .expectEvents(new MotionRejected("m1", "make Zed chair", "cannot elect zed chair: not a director"));
    }

    @Test
    void carriedRemovalRemovesTheDirectorAndTheChair() {
        fixture.given(defaultBoard())
                .when(meeting(REMOVE_CHAIR_AND_DIRECTOR, FOUR, FOUR, List.of()))
                .expectEvents(
                        new MotionCarried(REMOVE_CHAIR_AND_DIRECTOR, Method.MEETING, FOUR, FOUR, List.of(), 6, 4,
                                "carried 4-0 at a meeting with 4 of 6 directors present (quorum 4; an act needs a "
                                        + "majority of those present)", List.of()),
                        new DirectorRemoved("bob", "m1"),
                        new ChairRemoved("bob", "m1"))
                .expectState(board -> {
                    assertThat(board.members()).containsExactly("alice", "carol", "dave", "erin", "frank");
                    assertThat(board.chair()).isNull();
                });
    }

    // ---- votes by stance ----

    static final Motion CONCESSION = new Motion("s1", "the settlement",
            List.of(Resolution.of(Kind.APPOINT_CEO, "alice"), Resolution.of(Kind.ELECT_DIRECTOR, "gina")), Side.CONCESSION);

    static Object[] fourDirectorsThreeYielded() {
        return new Object[] {defaultBoard(), new DirectorRemoved("alice", "m0"), new DirectorRemoved("bob", "m0"),
                new DirectorYielded("carol", 12, 10), new DirectorYielded("dave", 25, 20),
                new DirectorYielded("erin", 31, 30)};
    }

    @Test
    void directorsWhoHaveYieldedCarryAConcessionByStance() {
        fixture.given(fourDirectorsThreeYielded())
                .when(new PutMotionToVote(BOARD, CONCESSION, Method.MEETING, List.of(), FOUR, List.of(), List.of(),
                        VoteBy.STANCE))
                .expectEvents(
                        new MotionCarried(CONCESSION, Method.MEETING, FOUR, List.of("carol", "dave", "erin"),
                                List.of("frank"), 4, 4, "carried 3-1 at a meeting with 4 of 4 directors in office (6 seats) "
                                        + "present (quorum 4; an act needs a majority of those present)", List.of()),
                        new DirectorElected("gina", "s1"));
    }

    @Test
    void directorsWhoHaveYieldedNoLongerBackTheBoardLine() {
        Motion line = new Motion("m2", "hold the line", List.of(Resolution.of(Kind.APPOINT_INTERIM_CEO, "olivia")),
                Side.BOARD_LINE);
        fixture.given(fourDirectorsThreeYielded())
                .when(new PutMotionToVote(BOARD, line, Method.MEETING, List.of(), FOUR, List.of(), List.of(), VoteBy.STANCE))
                .expectEvents(new MotionFailed("m2", "hold the line",
                        "no majority: 1 of 4 directors present voted for, 3 needed", FOUR, List.of("frank")));
    }

    @Test
    void stanceVotesByWrittenConsentCountEveryServingDirector() {
        fixture.given(fourDirectorsThreeYielded())
                .when(new PutMotionToVote(BOARD, CONCESSION, Method.WRITTEN_CONSENT, List.of(), List.of(), List.of(),
                        List.of(), VoteBy.STANCE))
                .expectEvents(
                        new MotionCarried(CONCESSION, Method.WRITTEN_CONSENT, List.of(), List.of("carol", "dave", "erin"),
                                List.of("frank"), 4, 4, "carried by written consent of 3 of 4 directors in office (6 seats) "
                                        + "(the bylaws let a majority act without a meeting or notice)", List.of()),
                        new DirectorElected("gina", "s1"));
    }

    /** Bob, the chair, is Alice's ally; the board has removed Alice as CEO and from the board, and kept Bob. */
    static Object[] aliceRemovedHerAllyBobStays() {
        BoardConstituted allied = new BoardConstituted(BOARD, bylaws(WrittenConsent.MAJORITY, false, Electorate.BOARD),
                List.of(new BoardEvents.DirectorProfile("alice", 1_000_000, 0),
                        new BoardEvents.DirectorProfile("bob", 5, 1.0, "alice"),
                        new BoardEvents.DirectorProfile("carol", 10, 1.0), new BoardEvents.DirectorProfile("dave", 20, 1.0),
                        new BoardEvents.DirectorProfile("erin", 30, 1.0), new BoardEvents.DirectorProfile("frank", 40, 1.0)),
                "bob");
        return new Object[] {allied, new MotionCarried(REMOVE_CEO, Method.MEETING, FOUR, FOUR, List.of(), 6, 4, "carried",
                List.of()), new DirectorRemoved("alice", "m1")};
    }

    @Test
    void aDirectorAlliedWithTheRemovedCeoVotesForHisReturn() {
        List<String> five = List.of("bob", "carol", "dave", "erin", "frank");
        Object[] given = aliceRemovedHerAllyBobStays();
        Object[] withYields = java.util.Arrays.copyOf(given, given.length + 2);
        withYields[given.length] = new DirectorYielded("carol", 12, 10);
        withYields[given.length + 1] = new DirectorYielded("dave", 25, 20);
        fixture.given(withYields)
                .when(new PutMotionToVote(BOARD, CONCESSION, Method.MEETING, List.of(), five, List.of(), List.of(),
                        VoteBy.STANCE))
                .expectEvents(
                        new MotionCarried(CONCESSION, Method.MEETING, five, List.of("bob", "carol", "dave"),
                                List.of("erin", "frank"), 5, 4, "carried 3-2 at a meeting with 5 of 5 directors in office"
                                        + " (6 seats) present (quorum 4; an act needs a majority of those present)",
                                List.of()),
                        new DirectorElected("gina", "s1"));
    }

    @Test
    void strainDoesNotReachAnAllyOfTheRemovedCeoWhoCountsTowardsTheMajorityThatConcedes() {
        Board board = new Board();
        for (Object e : aliceRemovedHerAllyBobStays()) {
            board.evolve((org.govsim.simulation.DomainEvent) e, null);
        }
        board.evolve(new PressureMeasured(10, reading(3), 0), null);
        assertThat(board.directors().get("bob").strain()).isZero();
        assertThat(board.directors().get("carol").strain()).isEqualTo(30.0);
        assertThat(board.majorityHasYielded()).isFalse();
        board.evolve(new DirectorYielded("carol", 30, 10), null);
        assertThat(board.majorityHasYielded()).as("bob and carol of five").isFalse();
        board.evolve(new DirectorYielded("dave", 30, 20), null);
        assertThat(board.majorityHasYielded()).as("bob, carol and dave of five").isTrue();
    }

    @Test
    void theBoardPublishesItsReasonsAndAWeakerAccountAfterwardsAddsNothing() {
        fixture.given(defaultBoard())
                .when(new BoardCommands.PublishReasons(BOARD, 0.6, "evidence of a lack of candour"))
                .expectEvents(new BoardEvents.ReasonsPublished(0.6, "evidence of a lack of candour"))
                .expectState(board -> assertThat(board.reasons()).isEqualTo(0.6));
        fixture.given(defaultBoard(), new BoardEvents.ReasonsPublished(0.6, "evidence"))
                .when(new BoardCommands.PublishReasons(BOARD, 0.4, "a summary"))
                .expectNoEvents();
    }

    // ---- pressure and strain ----

    static PressureReading reading(double total) {
        return new PressureReading(total, Map.of("investor/backer", total));
    }

    @Test
    void pressureIsRecordedAsMeasured() {
        fixture.given(defaultBoard())
                .when(new RecordPressure(BOARD, 1.0, reading(2.5), 0))
                .expectEvents(new PressureMeasured(1.0, reading(2.5), 0));
    }

    @Test
    void aDirectorWhoGivesWaySaysWhichSourcesOfPressureMovedThemAndHowMuch() {
        PressureReading mixed = new PressureReading(4, Map.of("letter", 3.0, "investor/backer", 0.9, "resignations", 0.1));
        fixture.given(defaultBoard(), new PressureMeasured(5, mixed, 2))
                .when(new YieldToPressure(BOARD, "carol"))
                // 10 of strain: the letter brought 75%, the investor 22.5%; the resignations' 2.5% is left out
                .expectEvents(new DirectorYielded("carol", 10.0, 10.0, Map.of("letter", 0.75, "investor/backer", 0.225)))
                .expectState(board -> assertThat(board.movedBy(BoardEvents.Weights.EVEN))
                        .containsExactly(Map.entry("letter", 0.75), Map.entry("investor/backer", 0.225)));
    }

    @Test
    void eachDirectorFeelsEachKindOfPressureAsMuchAsTheirInterestsWeighIt() {
        BoardConstituted weighed = new BoardConstituted(BOARD, bylaws(WrittenConsent.MAJORITY, false, Electorate.BOARD),
                List.of(new BoardEvents.DirectorProfile("carol", 100, 1, null, new BoardEvents.Weights(1, 2, 1)),
                        new BoardEvents.DirectorProfile("dave", 100, 1, null, new BoardEvents.Weights(0.5, 1, 1)),
                        new BoardEvents.DirectorProfile("erin", 100, 1)), "carol");
        PressureReading mixed = new PressureReading(4, Map.of("letter", 2.0, "investor/backer", 2.0));
        fixture.given(weighed, new PressureMeasured(1, mixed, 1))
                .when(new YieldToPressure(BOARD, "carol"))
                // carol feels the letter twice: 2 x 2 + 2 - 1 = 5 an hour; dave half the investor: 2 + 1 - 1 = 2
                .expectEvents(new DirectorYielded("carol", 5.0, 100.0, Map.of("letter", 0.667, "investor/backer", 0.333)))
                .expectState(board -> {
                    assertThat(board.directors().get("dave").strain()).isEqualTo(2.0);
                    assertThat(board.directors().get("erin").strain()).isEqualTo(3.0);
                    assertThat(board.movedBy(board.directors().get("dave").weights()))
                            .containsExactly(Map.entry("letter", 0.667), Map.entry("investor/backer", 0.333));
                });
    }

    @Test
    void pressureAccumulatesIntoStrainWeighedByEachDirectorsSusceptibility() {
        fixture.given(defaultBoard(), new PressureMeasured(2, reading(3), 0), new PressureMeasured(3, reading(2), 0))
                .when(new YieldToPressure(BOARD, "carol"))
                .expectEvents(new DirectorYielded("carol", 12.0, 10.0, Map.of("investor/backer", 1.0)))
                .expectState(board -> {
                    assertThat(board.directors().get("alice").strain()).isZero();
                    assertThat(board.directors().get("frank").strain()).isEqualTo(12.0);
                    assertThat(board.directors().get("carol").yielded()).isTrue();
                    assertThat(board.yieldedCount()).isEqualTo(1);
                    assertThat(board.majorityHasYielded()).isFalse();
                });
    }

    @Test
    void directorYieldsOnlyOnce() {
        fixture.given(defaultBoard(), new PressureMeasured(5, reading(3), 0), new DirectorYielded("carol", 15, 10))
                .when(new YieldToPressure(BOARD, "carol"))
                .expectNoEvents();
    }

    @Test
    void nonDirectorCannotYield() {
        fixture.given(defaultBoard())
                .when(new YieldToPressure(BOARD, "zed"))
                .expectNoEvents();
    }

    // ---- resignations, demands, settlements ----

    @Test
    void directorResigns() {
        fixture.given(defaultBoard())
                .when(new ResignFromBoard(BOARD, "carol", "regrets her part"))
                .expectEvents(new DirectorResigned("carol", "regrets her part"))
                .expectState(board -> assertThat(board.isDirector("carol")).isFalse());
    }

    @Test
    void removedDirectorCannotResign() {
        fixture.given(defaultBoard(), new DirectorRemoved("bob", "m1"))
                .when(new ResignFromBoard(BOARD, "bob", "protest"))
                .expectEvents(new DirectorResignationRejected("bob", "bob is no longer a director (removed by motion m1)"));
    }

    @Test
    void demandToResignIsRecordedOnce() {
        fixture.given(defaultBoard(), new BoardResignationDemanded("executives", 10))
                .when(new DemandBoardResignation(BOARD, "executives", 12))
                .expectNoEvents();
    }

    @Test
    void settlementLapsesAtItsDeadlineWhenTooFewDirectorsHaveGivenWay() {
        SettlementTerms terms = new SettlementTerms("alice", List.of(), null, List.of(), List.of());
        fixture.given(defaultBoard(), new SettlementProposed("s1", "gina", terms, null),
                        new DirectorYielded("carol", 12, 10))
                .when(new LapseSettlement(BOARD, "s1"))
                .expectEvents(new SettlementLapsed("s1",
                        "deadline passed; in the model only 1 of 6 directors backs the terms; 4 of 6 would have to"));
    }

    @Test
    void aCounterOfferStandsBesideTheTermsItAnswersAndTakesTheirDeadline() {
        SettlementTerms asked = new SettlementTerms("alice", List.of(), null, List.of("carol", "dave"), List.of());
        SettlementTerms counter = new SettlementTerms("alice", List.of(), null, List.of("carol"), List.of());
        Instant deadline = Instant.parse("2023-11-18T01:00:00Z");
        fixture.given(defaultBoard(), new SettlementProposed("s1", "gina", asked, deadline))
                .when(new BoardCommands.CounterSettlement(BOARD, "s1", "s1-counter", "dave", counter, "dave stays"))
                .expectEvents(new SettlementCountered("s1", "s1-counter", "dave", counter, deadline, "dave stays"))
                .expectState(board -> {
                    assertThat(board.openSettlements()).containsKeys("s1", "s1-counter");
                    assertThat(board.counterTo("s1-counter")).isEqualTo("s1");
                    assertThat(board.proposerOf("s1-counter")).isEqualTo("dave");
                });
    }

    @Test
    void termsAreCounteredOnce() {
        SettlementTerms asked = new SettlementTerms("alice", List.of(), null, List.of("carol", "dave"), List.of());
        fixture.given(defaultBoard(), new SettlementProposed("s1", "gina", asked, null),
                        new SettlementCountered("s1", "s1-counter", "dave", asked, null, "why"))
                .when(new BoardCommands.CounterSettlement(BOARD, "s1", "s1-counter", "carol", asked, "again"))
                .expectNoEvents();
    }

    @Test
    void anAcceptedCounterSupersedesTheTermsItAnswered() {
        SettlementTerms asked = new SettlementTerms("alice", List.of(), null, List.of("carol", "dave"), List.of());
        fixture.given(defaultBoard(), new SettlementProposed("s1", "gina", asked, null),
                        new SettlementCountered("s1", "s1-counter", "dave", asked, null, "why"))
                .when(new BoardCommands.AnswerCounter(BOARD, "s1-counter", "gina", true, "more backing"))
                .expectEvents(new CounterAccepted("s1-counter", "gina", "more backing"))
                .expectState(board -> {
                    assertThat(board.openSettlements()).containsOnlyKeys("s1-counter");
                    assertThat(board.counterAccepted("s1-counter")).isTrue();
                });
    }

    @Test
    void aRejectedCounterLeavesTheProposersTermsOpen() {
        SettlementTerms asked = new SettlementTerms("alice", List.of(), null, List.of("carol", "dave"), List.of());
        fixture.given(defaultBoard(), new SettlementProposed("s1", "gina", asked, null),
                        new SettlementCountered("s1", "s1-counter", "dave", asked, null, "why"))
                .when(new BoardCommands.AnswerCounter(BOARD, "s1-counter", "gina", false, "holds out"))
                .expectEvents(new CounterRejected("s1-counter", "gina", "holds out"))
                .expectState(board -> assertThat(board.openSettlements()).containsOnlyKeys("s1"));
    }

    @Test
    void termsCarriedTakeTheUnansweredCounterToThemOffTheTableAndItCanNoLongerBeAccepted() {
        SettlementTerms asked = new SettlementTerms("alice", List.of(), null, List.of("carol", "dave"), List.of());
        fixture.given(defaultBoard(), new SettlementProposed("s1", "gina", asked, null),
                        new SettlementCountered("s1", "s1-counter", "dave", asked, null, "why"),
                        new MotionCarried(asked.toMotion("s1", "the settlement"), Method.MEETING, FOUR, FOUR, List.of(),
                                6, 4, "carried", List.of()))
                .when(new BoardCommands.AnswerCounter(BOARD, "s1-counter", "gina", true, "too late"))
                .expectNoEvents()
                .expectState(board -> assertThat(board.openSettlements()).isEmpty());
    }

    @Test
    void anAnswerThatSaysNeitherYesNorNoIsRefusedAsMalformed() {
        SettlementTerms asked = new SettlementTerms("alice", List.of(), null, List.of("carol", "dave"), List.of());
        fixture.given(defaultBoard(), new SettlementProposed("s1", "gina", asked, null),
                        new SettlementCountered("s1", "s1-counter", "dave", asked, null, "why"))
                .when(new BoardCommands.AnswerCounter(BOARD, "s1-counter", "gina", null, null))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void withdrawnTermsTakeTheCounterThatAnsweredThemOffTheTable() {
        SettlementTerms asked = new SettlementTerms("alice", List.of(), null, List.of("carol", "dave"), List.of());
        fixture.given(defaultBoard(), new SettlementProposed("s1", "gina", asked, null),
                        new SettlementCountered("s1", "s1-counter", "dave", asked, null, "why"))
                .when(new BoardCommands.WithdrawSettlement(BOARD, "s1", "gina", "took a role elsewhere"))
                .expectEvents(new SettlementWithdrawn("s1", "gina", "took a role elsewhere"))
                .expectState(board -> assertThat(board.openSettlements()).isEmpty());
    }

    @Test
    void allForWithOneNamedAgainstCountsThatDirectorOnceAgainst() {
        List<String> all = List.of(PutMotionToVote.EVERY_DIRECTOR);
        PutMotionToVote seated = new PutMotionToVote(BOARD, REMOVE_CEO, Method.MEETING, List.of(), all, all,
                List.of("bob"), VoteBy.RECORD).seated(List.of("alice", "bob", "carol"));
        assertThat(seated.votesFor()).containsExactly("alice", "carol");
        assertThat(seated.votesAgainst()).containsExactly("bob");
        assertThat(seated.present()).containsExactly("alice", "bob", "carol");
    }

    @Test
    void aVoteOfAllTheDirectorsSeatsWhoeverIsInOfficeWhenItIsTaken() {
        Motion m = new Motion("m9", "grant an observer seat", List.of(Motion.Resolution.of(Motion.Kind.GRANT_OBSERVER_SEAT,
                "backer")), Motion.Side.BOARD_LINE);
        List<String> all = List.of(PutMotionToVote.EVERY_DIRECTOR);
        fixture.given(defaultBoard())
                .when(new PutMotionToVote(BOARD, m, Method.MEETING, all, all, all, List.of(), VoteBy.RECORD))
                .expectState(board -> assertThat(board.observers()).containsExactly("backer"));
    }

    @Test
    void settlementProposedIsOpen() {
        SettlementTerms terms = new SettlementTerms("alice", List.of("gina"), "gina", List.of("frank"), List.of());
        fixture.given(defaultBoard())
                .when(new ProposeSettlement(BOARD, "s1", "alice", terms, null))
                .expectEvents(new SettlementProposed("s1", "alice", terms, null))
                .expectState(board -> assertThat(board.openSettlements()).containsKey("s1"));
    }

    @Test
    void carriedSettlementIsNoLongerOpenAndCannotLapse() {
        SettlementTerms terms = new SettlementTerms("alice", List.of(), null, List.of(), List.of());
        Motion motion = terms.toMotion("s1", "the settlement");
        fixture.given(defaultBoard(), new SettlementProposed("s1", "alice", terms, null),
                        new MotionCarried(motion, Method.MEETING, FOUR, FOUR, List.of(), 6, 4, "carried", List.of()))
                .when(new LapseSettlement(BOARD, "s1"))
                .expectNoEvents();
    }
}
