package org.govsim.policy;

import org.govsim.workforce.WorkforceCommands.CloseLetter;
import static org.govsim.policy.PolicyFixture.LETTER_DEMANDS;
import static org.govsim.policy.PolicyFixture.WORKFORCE;
import static org.govsim.policy.PolicyFixture.hoursAfterStart;

import java.util.List;

import org.govsim.board.BoardEvents.ReasonsPublished;
import org.govsim.ceo.CeoEvents.CeoAppointed;
import org.govsim.ceo.CeoEvents.CeoRemoved;
import org.govsim.simulation.SimulationEvents.OnlyIf;
import org.govsim.workforce.WorkforceCommands.OpenLetter;
import org.govsim.workforce.WorkforceCommands.WeighReasons;
import org.govsim.workforce.WorkforceEvents.LetterOpened;
import org.junit.jupiter.api.Test;

class EmployeesOrganiseLetterTest {

    private static PolicyFixture ceoRemoved() {
        return PolicyFixture.givenMinimalWorld().andGiven(new CeoRemoved("alice", "m1"));
    }

    @Test
    void employeesOrganiseLetterWhenAnOutsiderIsNamedInterimCeo() {
        ceoRemoved()
                .when(new EmployeesOrganiseLetter(), new CeoAppointed("olivia", true, "m2", false, null))
                .expectCommands(new OnlyIf(List.of("ceo-removed"), new OpenLetter(WORKFORCE, LETTER_DEMANDS,
                        "the board named an outsider, Olivia Out, as interim CEO")))
                .expectDue(hoursAfterStart(3.5));
    }

    @Test
    void someoneTheSeedDoesNotKnowCountsAsAnOutsider() {
        ceoRemoved()
                .when(new EmployeesOrganiseLetter(), new CeoAppointed("stranger", true, "m2", false, null))
                .expectCommands(new OnlyIf(List.of("ceo-removed"), new OpenLetter(WORKFORCE, LETTER_DEMANDS,
                        "the board named an outsider, stranger, as interim CEO")));
    }

    @Test
    void staffWeighTheReasonsTheBoardPublishesInProportionToHowConvincingTheyAre() {
        ceoRemoved()
                .when(new EmployeesOrganiseLetter(), new ReasonsPublished(0.5, "evidence"))
                .expectCommands(new WeighReasons(WORKFORCE, 0.5, 0.5 * EmployeesOrganiseLetter.DOUBT_FROM_CONVINCING_REASONS))
                .expectAllDueNow();
    }

    @Test
    void noLetterWhenAnInsiderIsInterimCeo() {
        ceoRemoved()
                .when(new EmployeesOrganiseLetter(), new CeoAppointed("murati", true, "m1", false, null))
                .expectNoCommands();
    }

    @Test
    void noSecondLetterWhileOneIsOpen() {
        ceoRemoved()
                .andGiven(new LetterOpened(LETTER_DEMANDS, "earlier"))
                .when(new EmployeesOrganiseLetter(), new CeoAppointed("olivia", true, "m2", false, null))
                .expectNoCommands();
    }

    @Test
    void noLetterWithoutACrisis() {
        PolicyFixture.givenMinimalWorld()
                .when(new EmployeesOrganiseLetter(), new CeoAppointed("olivia", true, "m2", false, null))
                .expectNoCommands();
    }

    @Test
    void noLetterForAPermanentAppointment() {
        ceoRemoved()
                .when(new EmployeesOrganiseLetter(), new CeoAppointed("olivia", false, "m2", false, null))
                .expectNoCommands();
    }

    @Test
    void letterClosesWhenTheCeoItDemandedReturns() {
        ceoRemoved()
                .andGiven(new LetterOpened(LETTER_DEMANDS, "the board named an outsider"))
                .when(new EmployeesOrganiseLetter(), new CeoAppointed("alice", false, "s1", true, null))
                .expectCommands(new CloseLetter(WORKFORCE, "Alice Able", "Alice Able is back as CEO"))
                .expectAllDueNow();
    }

    @Test
    void noLetterToCloseWhenNoneWasOpened() {
        ceoRemoved()
                .when(new EmployeesOrganiseLetter(), new CeoAppointed("alice", false, "s1", true, null))
                .expectNoCommands();
    }
}
