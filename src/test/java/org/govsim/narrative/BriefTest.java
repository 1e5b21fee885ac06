package org.govsim.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.govsim.simulation.Recorded;
import org.govsim.workforce.WorkforceEvents.EmployeesResigned;
import org.govsim.workforce.WorkforceEvents.LetterSigned;
import org.junit.jupiter.api.Test;

/** What the short story keeps of a running count, and what it never folds away. */
class BriefTest {

    static final Instant START = Instant.parse("2023-11-20T08:00:00Z");

    /** Signatures of a letter among 100 staff, one reading every half hour, each by the letter-spreads policy. */
    static List<Recorded> tallies(int... counts) {
        List<Recorded> out = new ArrayList<>();
        int before = 0;
        for (int i = 0; i < counts.length; i++) {
            out.add(new Recorded(i + 1, START.plusSeconds(1800L * i), "policy:letter-spreads", "model", i + 1,
                    new LetterSigned(counts[i] - before, counts[i], 100)));
            before = counts[i];
        }
        return out;
    }

    static List<String> briefs(List<Narrator.Line> lines) {
        return lines.stream().map(Narrator.Line::brief).toList();
    }

    @Test
    void aRunningCountKeepsItsMilestonesAndItsLastReading() {
        List<Narrator.Line> lines = Narrator.tell(tallies(10, 20, 30, 45, 55, 60, 80, 91, 95));
        assertThat(lines).hasSize(9);
        assertThat(briefs(lines)).containsExactly(null, null,
                "30 of 100 staff have signed the letter (past a quarter)", null,
                "55 of 100 staff have signed the letter (past half)", null,
                "80 of 100 staff have signed the letter (past three quarters)",
                "91 of 100 staff have signed the letter (past 90%)",
                "95 of 100 staff have signed the letter (the last count)");
        assertThat(lines).filteredOn(l -> l.brief() == null).extracting(Narrator.Line::toldWith).containsOnlyNulls();
    }

    @Test
    void theReadingAtEachReportedTimeIsKept() {
        Instant reported = START.plusSeconds(1800L * 1 + 600);
        List<Narrator.Line> lines = Narrator.tell(tallies(10, 20, 22, 40), List.of(reported));
        assertThat(lines.get(1).brief()).isEqualTo("20 of 100 staff have signed the letter (the model at 08:40, the time "
                + "of a reported count)");
        assertThat(lines.get(2).brief()).isNull();
    }

    @Test
    void aReportedReadingIsNeverFoldedAway() {
        List<Recorded> events = new ArrayList<>(tallies(10, 12, 14, 16));
        Recorded second = events.get(1);
        events.set(1, new Recorded(second.seq(), second.time(), "script", "S13", second.action(), second.event()));
        List<Narrator.Line> lines = Narrator.tell(events);
        assertThat(lines.get(1).provenance().tier().label()).isEqualTo("reported");
        assertThat(lines.get(1).brief()).isEqualTo(lines.get(1).text());
        assertThat(lines.get(2).brief()).isNull();
    }

    @Test
    void resignationsHourAfterHourAreToldAtTheirStartAndTheirTotal() {
        List<Recorded> events = new ArrayList<>();
        int[] hourly = {4, 5, 6, 2};
        for (int i = 0; i < hourly.length; i++) {
            events.add(new Recorded(i + 1, START.plusSeconds(3600L * i), "policy:signers-follow-the-offer", "model", i + 1,
                    new EmployeesResigned(hourly[i], hourly[i], "signers leave to join Microsoft")));
        }
        events.add(new Recorded(5, START.plusSeconds(3600L * 5), "policy:loyalists-quit", "model", 5,
                new EmployeesResigned(3, 0, "senior researchers resign in protest")));
        assertThat(briefs(Narrator.tell(events))).containsExactly(
                "4 employees resign: signers leave to join Microsoft", null, null,
                "17 employees have resigned so far: signers leave to join Microsoft (the last count)",
                "3 employees resign: senior researchers resign in protest");
    }

    @Test
    void reasonsSharedByReactionsAreSaidOnce() {
        assertThat(Brief.joined(List.of("3 employees come back: Sam Altman is back as CEO",
                "The employees close their letter: Sam Altman is back as CEO, as they demanded")))
                .isEqualTo("Sam Altman is back as CEO: 3 employees come back; the employees close their letter, as they "
                        + "demanded");
        assertThat(Brief.joined(List.of("A: one reason", "B: another")))
                .isEqualTo("A: one reason; B: another");
    }
}
