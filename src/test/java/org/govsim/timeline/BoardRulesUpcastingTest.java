package org.govsim.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.govsim.board.BoardCommands.ProposeSettlement;
import org.govsim.board.BoardEvents.BoardConstituted;
import org.govsim.board.BoardEvents.SettlementProposed;
import org.govsim.board.Bylaws;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.SimulationEvents.ActionScheduled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Timelines stored before bylaws named their quorum base, seats and consent rule, and before settlement terms named the
 * board's seats, read with the meaning they were decided under.
 */
class BoardRulesUpcastingTest {

    @TempDir
    Path data;

    @Test
    void bylawsAndSettlementTermsOfEarlierRevisionsReadAsTheyWereDecided() throws Exception {
        TimelineInfo info;
        try (TimelineStore store = TimelineStore.open(Database.h2(data))) {
            info = new Replays(store).replay(StoredContractTest.SCENARIO, "earlier").timeline();
        }
        int rewritten = rewrite("BoardConstituted", "1", json -> json.replaceAll(
                ",\"quorumOf\":\"[A-Z_]+\",\"seats\":\\d+,\"consentOnlyByThoseWhoCouldMeet\":(true|false)", "")
                .replaceAll(",\"alliedWith\":(null|\"[a-z]+\")", ""));
        rewritten += rewrite("SettlementProposed", "1", BoardRulesUpcastingTest::withoutSeatsInTerms);
        rewritten += rewrite("ActionScheduled", "2", BoardRulesUpcastingTest::withoutSeatsInTerms);
        assertThat(rewritten).isGreaterThan(5);

        List<Recorded> events;
        try (TimelineStore store = TimelineStore.open(Database.h2(data))) {
            events = store.events(info);
        }
        Bylaws bylaws = events.stream().map(Recorded::event).filter(BoardConstituted.class::isInstance)
                .map(e -> ((BoardConstituted) e).bylaws()).findFirst().orElseThrow();
        assertThat(bylaws.quorumOf()).isEqualTo(Bylaws.QuorumBase.DIRECTORS_IN_OFFICE);
        assertThat(bylaws.seats()).isZero();
        assertThat(bylaws.consentOnlyByThoseWhoCouldMeet()).isFalse();
        assertThat(bylaws.actionWithoutMeeting()).isEqualTo(Bylaws.WrittenConsent.MAJORITY);
        List<Integer> seats = new ArrayList<>();
        for (Recorded r : events) {
            if (r.event() instanceof SettlementProposed s) {
                seats.add(s.terms().seats());
            } else if (r.event() instanceof ActionScheduled a && a.command() instanceof ProposeSettlement p) {
                seats.add(p.terms().seats());
            }
        }
        assertThat(seats).isNotEmpty().containsOnlyNulls();
    }

    private static String withoutSeatsInTerms(String json) {
        return json.replaceAll(",\"seats\":(null|\\d+)}", "}");
    }

    private int rewrite(String type, String revision, UnaryOperator<String> toEarlierShape) throws Exception {
        return EarlierRevisions.rewrite(data, type, revision, toEarlierShape);
    }
}
