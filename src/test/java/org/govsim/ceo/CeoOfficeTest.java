package org.govsim.ceo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.govsim.ceo.CeoCommands.AnswerApproach;
import org.govsim.ceo.CeoCommands.AppointCeo;
import org.govsim.ceo.CeoCommands.AppointOfficer;
import org.govsim.ceo.CeoCommands.ApproachCandidate;
import org.govsim.ceo.CeoCommands.CommitElsewhere;
import org.govsim.ceo.CeoCommands.RemoveCeo;
import org.govsim.ceo.CeoCommands.ResignOffice;
import org.govsim.ceo.CeoEvents.CandidateAccepted;
import org.govsim.ceo.CeoEvents.CandidateApproached;
import org.govsim.ceo.CeoEvents.CandidateDeclined;
import org.govsim.ceo.CeoEvents.CeoAppointed;
import org.govsim.ceo.CeoEvents.CeoChangeRejected;
import org.govsim.ceo.CeoEvents.CeoOfficeEstablished;
import org.govsim.ceo.CeoEvents.CeoRemoved;
import org.govsim.ceo.CeoEvents.CommittedElsewhere;
import org.govsim.ceo.CeoEvents.OfficerAppointed;
import org.govsim.ceo.CeoEvents.OfficerResigned;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Officers serve at the board's pleasure: the CEO changes only on a board act, otherwise the change is rejected. */
class CeoOfficeTest {

    private static final String OFFICE = "ceo";

    private FixtureConfiguration<CeoOffice> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CeoOffice.class);
    }

    static CeoOfficeEstablished established() {
        return new CeoOfficeEstablished(OFFICE, "alice", Map.of("president", "bob", "cto", "murati"));
    }

    @Test
    void boardActRemovesTheCeo() {
        fixture.given(established())
                .when(new RemoveCeo(OFFICE, "alice", "m1"))
                .expectEvents(new CeoRemoved("alice", "m1"))
                .expectState(office -> {
                    assertThat(office.holder()).isNull();
                    assertThat(office.removed()).containsExactly("alice");
                });
    }

    @Test
    void ceoCannotBeRemovedWithoutABoardAct() {
        fixture.given(established())
                .when(new RemoveCeo(OFFICE, "alice", null))
                .expectEvents(new CeoChangeRejected("alice", "no board act removes alice: officers serve at the board's "
                        + "pleasure, so only the board may remove the CEO"));
    }

    @Test
    void someoneWhoIsNotTheCeoCannotBeRemovedAsCeo() {
        fixture.given(established())
                .when(new RemoveCeo(OFFICE, "bob", "m1"))
                .expectEvents(new CeoChangeRejected("bob", "bob is not the CEO"));
    }

    @Test
    void boardActNamesAnInterimCeo() {
        fixture.given(established(), new CeoRemoved("alice", "m1"))
                .when(new AppointCeo(OFFICE, "murati", true, "m1"))
                .expectEvents(new CeoAppointed("murati", true, "m1", false, null))
                .expectState(office -> {
                    assertThat(office.holder()).isEqualTo("murati");
                    assertThat(office.interim()).isTrue();
                });
    }

    @Test
    void reinstatementWithoutABoardActIsRejected() {
        fixture.given(established(), new CeoRemoved("alice", "m1"), new CeoAppointed("murati", true, "m1", false, null))
                .when(new AppointCeo(OFFICE, "alice", false, null))
                .expectEvents(new CeoChangeRejected("alice", "no board act appoints alice: only the board may appoint the CEO"));
    }

    @Test
    void returningCeoIsAppointedAsReturning() {
        fixture.given(established(), new CeoRemoved("alice", "m1"), new CeoAppointed("murati", true, "m1", false, null))
                .when(new AppointCeo(OFFICE, "alice", false, "s1"))
                .expectEvents(new CeoAppointed("alice", false, "s1", true, "murati"))
                .expectState(office -> {
                    assertThat(office.reinstated()).isTrue();
                    assertThat(office.removed()).isEmpty();
                    assertThat(office.holder()).isEqualTo("alice");
                });
    }

    @Test
    void personCommittedElsewhereCannotBeAppointed() {
        fixture.given(established(), new CeoRemoved("alice", "m1"), new CommittedElsewhere("alice", "Backer Corp"))
                .when(new AppointCeo(OFFICE, "alice", false, "s1"))
                .expectEvents(new CeoChangeRejected("alice", "alice has committed to another employer"));
    }

    @Test
    void personCommittedElsewhereCannotBeAppointedAnOfficer() {
        fixture.given(established(), new CommittedElsewhere("bob", "Backer Corp"))
                .when(new AppointOfficer(OFFICE, "bob", "president", "s1"))
                .expectEvents(new CeoChangeRejected("bob", "bob has committed to another employer"));
    }

    @Test
    void commitmentElsewhereIsRecordedOnce() {
        fixture.given(established(), new CommittedElsewhere("alice", "Backer Corp"))
                .when(new CommitElsewhere(OFFICE, "alice", "Backer Corp"))
                .expectNoEvents();
    }

    @Test
    void sittingCeoCannotBeAppointedAgain() {
        fixture.given(established())
                .when(new AppointCeo(OFFICE, "alice", false, "m1"))
                .expectEvents(new CeoChangeRejected("alice", "alice already holds the office"));
    }

    @Test
    void officerIsAppointedOnlyByABoardAct() {
        fixture.given(established())
                .when(new AppointOfficer(OFFICE, "gina", "coo", null))
                .expectEvents(new CeoChangeRejected("gina", "no board act appoints gina as coo"));
    }

    @Test
    void officerAppointedByABoardAct() {
        fixture.given(established())
                .when(new AppointOfficer(OFFICE, "gina", "coo", "m2"))
                .expectEvents(new OfficerAppointed("gina", "coo", "m2"))
                .expectState(office -> assertThat(office.officers()).containsEntry("coo", "gina"));
    }

    @Test
    void anOfficerIsStrippedOfARoleByABoardActAndKeepsNoDutiesOfIt() {
        fixture.given(established())
                .when(new CeoCommands.RemoveOfficer(OFFICE, "bob", "president", "m3"))
                .expectEvents(new CeoEvents.OfficerRemoved("bob", "president", "m3"))
                .expectState(office -> assertThat(office.officers()).doesNotContainKey("president")
                        .containsEntry("cto", "murati"));
    }

    @Test
    void anOfficerIsStrippedOfARoleOnlyByABoardAct() {
        fixture.given(established())
                .when(new CeoCommands.RemoveOfficer(OFFICE, "bob", "president", null))
                .expectEvents(new CeoChangeRejected("bob", "no board act removes bob as president"));
    }

    @Test
    void someoneNotHoldingTheRoleHasNothingToLose() {
        fixture.given(established())
                .when(new CeoCommands.RemoveOfficer(OFFICE, "gina", "president", "m3"))
                .expectNoEvents();
    }

    @Test
    void officerResignsInProtest() {
        fixture.given(established(), new CeoRemoved("alice", "m1"))
                .when(new ResignOffice(OFFICE, "bob", "president", "quits in protest"))
                .expectEvents(new OfficerResigned("bob", "president", "quits in protest"))
                .expectState(office -> assertThat(office.officers()).doesNotContainKey("president"));
    }

    @Test
    void someoneNotHoldingTheOfficeCannotResignIt() {
        fixture.given(established())
                .when(new ResignOffice(OFFICE, "gina", "president", "never held it"))
                .expectNoEvents();
    }

    @Test
    void approachedCandidateAnswers() {
        fixture.given(established(), new CandidateApproached("olivia", "ceo"))
                .when(new AnswerApproach(OFFICE, "olivia", true, "accepts"))
                .expectEvents(new CandidateAccepted("olivia", "ceo"));
    }

    @Test
    void approachedCandidateMayDecline() {
        fixture.given(established(), new CandidateApproached("olivia", "ceo"))
                .when(new AnswerApproach(OFFICE, "olivia", false, "declines"))
                .expectEvents(new CandidateDeclined("olivia", "ceo", "declines"));
    }

    @Test
    void noAnswerWithoutAnApproach() {
        fixture.given(established())
                .when(new AnswerApproach(OFFICE, "olivia", true, "accepts"))
                .expectNoEvents();
    }

    @Test
    void candidateIsApproached() {
        fixture.given(established())
                .when(new ApproachCandidate(OFFICE, "olivia", "ceo"))
                .expectEvents(new CandidateApproached("olivia", "ceo"))
                .expectState(office -> assertThat(office.openApproaches()).containsEntry("olivia", "ceo"));
    }

    @Test
    void appointingTheSittingPresidentRecordsNoAppointment() {
        fixture.given(established())
                .when(new AppointOfficer(OFFICE, "bob", "president", "s1"))
                .expectNoEvents()
                .expectState(office -> assertThat(office.officers()).containsEntry("president", "bob"));
    }

    @Test
    void aPresidentWhoResignedIsAppointedAgain() {
        fixture.given(established(), new OfficerResigned("bob", "president", "quits in protest"))
                .when(new AppointOfficer(OFFICE, "bob", "president", "s1"))
                .expectEvents(new OfficerAppointed("bob", "president", "s1"));
    }
}
