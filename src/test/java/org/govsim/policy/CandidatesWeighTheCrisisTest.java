package org.govsim.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govsim.policy.PolicyFixture.BOARD;
import static org.govsim.policy.PolicyFixture.LETTER_DEMANDS;
import static org.govsim.policy.PolicyFixture.OFFICE;
import static org.govsim.policy.PolicyFixture.hoursAfterStart;

import java.util.List;

import org.govsim.board.BoardCommands.Method;
import org.govsim.board.BoardCommands.PutMotionToVote;
import org.govsim.board.BoardCommands.VoteBy;
import org.govsim.board.Motion;
import org.govsim.ceo.CeoCommands.AnswerApproach;
import org.govsim.ceo.CeoCommands.ConsiderApproach;
import org.govsim.ceo.CeoEvents.ApproachConsidered;
import org.govsim.ceo.CeoEvents.CandidateAccepted;
import org.govsim.ceo.CeoEvents.CandidateApproached;
import org.govsim.ceo.CeoEvents.CandidateDeclined;
import org.govsim.ceo.CeoEvents.CeoRemoved;
import org.govsim.organisation.Organisation.Candidate;
import org.govsim.workforce.WorkforceEvents.LetterOpened;
import org.govsim.workforce.WorkforceEvents.LetterSigned;
import org.junit.jupiter.api.Test;

/** Olivia declines once half the staff have signed the letter, and answers 4 hours after she is asked. */
class CandidatesWeighTheCrisisTest {

    private static PolicyFixture oliviaIsACandidate() {
        return PolicyFixture.givenMinimalWorld(PolicyFixture.organisation(List.of(),
                        List.of(new Candidate("olivia", 0.5, 4.0))))
                .andGiven(new CeoRemoved("alice", "m1"));
    }

    @Test
    void candidateTakesHerTimeBeforeAnswering() {
        oliviaIsACandidate()
                .when(new CandidatesWeighTheCrisis(), new CandidateApproached("olivia", "ceo"))
                .expectCommands(new ConsiderApproach(OFFICE, "olivia"))
                .expectDue(hoursAfterStart(4));
    }

    @Test
    void candidateAcceptsWhileTheRevoltIsSmallWhenSheAnswers() {
        oliviaIsACandidate()
                .andGiven(new LetterOpened(LETTER_DEMANDS, "x"), new LetterSigned(10, 10, 100))
                .when(new CandidatesWeighTheCrisis(), new ApproachConsidered("olivia", "ceo"))
                .expectCommands(new AnswerApproach(OFFICE, "olivia", true, "accepts"))
                .expectAllDueNow();
    }

    @Test
    void candidateDeclinesOnceTheShareWhoSignedHasReachedHerToleranceWhenSheAnswers() {
        oliviaIsACandidate()
                .andGiven(new LetterOpened(LETTER_DEMANDS, "x"), new LetterSigned(60, 60, 100))
                .when(new CandidatesWeighTheCrisis(), new ApproachConsidered("olivia", "ceo"))
                .expectCommands(new AnswerApproach(OFFICE, "olivia", false, "declines: 60% of staff have signed the letter"))
                .expectAllDueNow();
    }

    @Test
    void candidateTheSeedDoesNotListAnswersWithinTheHour() {
        oliviaIsACandidate()
                .when(new CandidatesWeighTheCrisis(), new CandidateApproached("gina", "ceo"))
                .expectCommands(new ConsiderApproach(OFFICE, "gina"))
                .expectDue(hoursAfterStart(1));
    }

    @Test
    void acceptanceGoesToTheBoardAsAMotionVotedByStance() {
        PolicyFixture.Outcome outcome = oliviaIsACandidate()
                .when(new CandidatesWeighTheCrisis(), new CandidateAccepted("olivia", "ceo"));
        String id = "appoint-olivia-" + outcome.event().seq();
        outcome.expectCommands(new PutMotionToVote(BOARD, new Motion(id, "appoint Olivia Out interim CEO",
                                List.of(Motion.Resolution.of(Motion.Kind.APPOINT_INTERIM_CEO, "olivia")), Motion.Side.BOARD_LINE),
                        Method.MEETING, List.of(), List.of("alice", "bob", "carol", "dave", "erin", "frank"), List.of(),
                        List.of(), VoteBy.STANCE))
                .expectAllDueNow();
        assertThat(outcome.event().seq()).isEqualTo(outcome.world().seq());
    }

    @Test
    void declinedCandidateIsNotPutToTheBoard() {
        oliviaIsACandidate()
                .when(new CandidatesWeighTheCrisis(), new CandidateDeclined("olivia", "ceo", "declines"))
                .expectNoCommands();
    }
}
