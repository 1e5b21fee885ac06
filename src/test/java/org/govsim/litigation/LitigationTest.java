package org.govsim.litigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.govsim.litigation.LitigationCommands.DecideSuit;
import org.govsim.litigation.LitigationCommands.FileSuit;
import org.govsim.litigation.LitigationCommands.SettleSuit;
import org.govsim.litigation.LitigationCommands.StaySuit;
import org.govsim.litigation.LitigationEvents.Relief;
import org.govsim.litigation.LitigationEvents.SuitDecided;
import org.govsim.litigation.LitigationEvents.SuitFiled;
import org.govsim.litigation.LitigationEvents.SuitSettled;
import org.govsim.litigation.LitigationEvents.SuitStayed;
import org.govsim.litigation.LitigationEvents.SuitStepRefused;
import org.govsim.simulation.Command;
import org.govsim.simulation.DomainEvent;
import org.junit.jupiter.api.Test;

/** A fund sues the founder to take him off the board and void his right to name directors. */
class LitigationTest {

    private static final Relief RELIEF = new Relief(List.of("founder"), List.of("founder-shares"));
    private final Litigation courts = new Litigation();

    private List<DomainEvent> when(Command c) {
        List<DomainEvent> out = courts.decide(c);
        out.forEach(e -> courts.evolve(e, Instant.EPOCH));
        return out;
    }

    private void filed() {
        when(new FileSuit("s1", "Fund v. Founder", "fund", List.of("founder"), "Chancery", "fraud", RELIEF));
    }

    @Test
    void aFiledSuitIsPendingUntilDecidedOrSettled() {
        filed();
        assertThat(courts.status("s1")).isEqualTo(Litigation.Status.PENDING);
        assertThat(when(new StaySuit("s1", "arbitration"))).containsExactly(new SuitStayed("s1", "arbitration"));
        assertThat(courts.status("s1")).isEqualTo(Litigation.Status.STAYED);
    }

    @Test
    void aJudgmentCarriesTheReliefTheSuitAsked() {
        filed();
        assertThat(when(new DecideSuit("s1", true, "the consent was obtained by fraud")))
                .containsExactly(new SuitDecided("s1", true, RELIEF, "the consent was obtained by fraud"));
    }

    @Test
    void aStayedSuitCanStillBeSettled() {
        filed();
        when(new StaySuit("s1", "arbitration"));
        assertThat(when(new SettleSuit("s1", "dropped at closing"))).containsExactly(new SuitSettled("s1", "dropped at closing"));
    }

    @Test
    void aSuitThatEndedOrWasNeverFiledTakesNoFurtherStep() {
        assertThat(when(new StaySuit("s1", "arbitration")))
                .containsExactly(new SuitStepRefused("s1", "no suit 's1' has been filed"));
        filed();
        when(new SettleSuit("s1", "dropped"));
        assertThat(when(new DecideSuit("s1", true, "late")))
                .containsExactly(new SuitStepRefused("s1", "the suit has been settled"));
    }

    @Test
    void theSameSuitCannotBeFiledTwice() {
        filed();
        assertThat(when(new FileSuit("s1", "again", "fund", List.of("founder"), "Chancery", "fraud", RELIEF)))
                .containsExactly(new SuitStepRefused("s1", "a suit 's1' was filed already"));
        assertThat(courts.suits().get("s1")).isInstanceOf(SuitFiled.class);
    }
}
