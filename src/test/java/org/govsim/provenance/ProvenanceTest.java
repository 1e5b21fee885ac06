package org.govsim.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.govsim.ceo.CeoEvents.OfficerResigned;
import org.govsim.simulation.DomainEvent;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.Reports;
import org.govsim.simulation.SimulationEvents.FactNoted;
import org.junit.jupiter.api.Test;

class ProvenanceTest {

    static final ZoneId UTC = ZoneId.of("UTC");
    static final Instant REPORTED_AT = Instant.parse("2023-11-18T00:09:00Z");
    static final OfficerResigned QUIT = new OfficerResigned("brockman", "president", "quits in protest");
    static final Reports REPORTS = new Reports(
            List.of(new Reports.Fact(REPORTED_AT, "OfficerResigned", "brockman", 0.5, "S15", "the reaction time")),
            List.of(new Reports.Calibration("OfficerResigned", null, "the loyalists' reaction times", "the quits", "S15")),
            List.of(new Reports.Contested("OfficerResigned", "brockman", null, 1, "whether he quit", List.of("yes", "no"))),
            List.of());

    @Test
    void aGivenWithSourceKeysIsReported() {
        assertThat(Provenance.of(recorded("script", "S14,S15", note())).label()).isEqualTo("reported S14,S15");
    }

    @Test
    void aGivenWithoutASourceIsAssumedAndSaysWhat() {
        assertThat(Provenance.of(recorded("seed", "assumption", note())).label()).isEqualTo("assumed no source");
        Provenance terms = Provenance.of(recorded("script", "assumption[S19]: the terms", note()));
        assertThat(terms.tier()).isEqualTo(Tier.ASSUMED);
        assertThat(terms.detail()).isEqualTo("the terms; context S19");
    }

    @Test
    void aWhatIfsEditIsWhatIf() {
        assertThat(Provenance.of(recorded("whatif", "whatif:no-offer", note())).label()).isEqualTo("what-if no-offer");
    }

    @Test
    void aPolicysEventThatMatchesAReportIsReportedAndModelled() {
        Provenance p = Provenance.of(recorded(REPORTED_AT.plus(Duration.ofMinutes(20)), QUIT), REPORTS, UTC);
        assertThat(p.tier()).isEqualTo(Tier.REPORTED);
        assertThat(p.detail()).isEqualTo("S15 at 11-18 00:09; modelled by loyalists-quit; the reaction time was fitted"
                + " to this report");
    }

    @Test
    void aPolicysEventAtAnotherTimeThanReportedIsOnlyCalibrated() {
        Provenance p = Provenance.of(recorded(REPORTED_AT.plus(Duration.ofHours(3)), QUIT), REPORTS, UTC);
        assertThat(p.tier()).isEqualTo(Tier.CALIBRATED);
        assertThat(p.detail()).contains("the loyalists' reaction times fitted to the quits (S15)");
    }

    @Test
    void aPolicysEventForSomeoneNoReportNamesIsModelled() {
        OfficerResigned other = new OfficerResigned("murati", "cto", "quits");
        Provenance p = Provenance.of(recorded(REPORTED_AT, other), new Reports(REPORTS.facts(), List.of(), List.of(),
                List.of()), UTC);
        assertThat(p.label()).isEqualTo("modelled by loyalists-quit");
    }

    @Test
    void aContestedClaimIsFlaggedOnTheEventsItConcerns() {
        assertThat(Provenance.of(recorded(REPORTED_AT, QUIT), REPORTS, UTC).contested())
                .containsExactly("whether he quit: yes or no");
        assertThat(Provenance.of(recorded(REPORTED_AT, new OfficerResigned("murati", "cto", "quits")), REPORTS, UTC)
                .contested()).isEmpty();
    }

    @Test
    void aWhatIfsOwnStepOfTheSameKindTouchesNoContestedClaim() {
        Recorded added = new Recorded(2, REPORTED_AT, "whatif", "whatif:brockman-quits-anyway", 0, QUIT);
        assertThat(Provenance.of(added, REPORTS, UTC).contested()).isEmpty();
    }

    private static FactNoted note() {
        return new FactNoted("board", "a note", false);
    }

    private static Recorded recorded(String cause, String source, DomainEvent event) {
        return new Recorded(2, REPORTED_AT, cause, source, 0, event);
    }

    private static Recorded recorded(Instant at, DomainEvent event) {
        return new Recorded(2, at, "policy:loyalists-quit", "model", 0, event);
    }
}
