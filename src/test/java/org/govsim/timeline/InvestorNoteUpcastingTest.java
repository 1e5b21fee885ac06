package org.govsim.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.govsim.investor.InvestorEvents.InvestorRegistered;
import org.govsim.simulation.Recorded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Investors stored before their seed note reached the event read as before: without a note, the same otherwise. */
class InvestorNoteUpcastingTest {

    @TempDir
    Path data;

    @Test
    void anInvestorOfRevisionOneReadsWithoutANote() throws Exception {
        TimelineInfo info;
        List<InvestorRegistered> stored;
        try (TimelineStore store = TimelineStore.open(Database.h2(data))) {
            info = new Replays(store).replay(StoredContractTest.SCENARIO, "earlier").timeline();
            stored = investors(store.events(info));
        }
        assertThat(stored).extracting(InvestorRegistered::note).contains(
                "leading an employee tender offer of about $1B at about $86B valuation");

        assertThat(toRevisionOne()).isEqualTo(stored.size());

        try (TimelineStore store = TimelineStore.open(Database.h2(data))) {
            List<InvestorRegistered> read = investors(store.events(info));
            assertThat(read).extracting(InvestorRegistered::note).containsOnlyNulls();
            assertThat(read).usingRecursiveFieldByFieldElementComparatorIgnoringFields("note").isEqualTo(stored);
        }
    }

    private static List<InvestorRegistered> investors(List<Recorded> events) {
        return events.stream().map(Recorded::event).filter(InvestorRegistered.class::isInstance)
                .map(InvestorRegistered.class::cast).toList();
    }

    /** Writes every stored investor back as revision 1 wrote it: the same fields, no note. */
    private int toRevisionOne() throws Exception {
        int count = 0;
        try (Connection c = Database.h2(data).connect()) {
            List<String[]> rows = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT eventIdentifier, payload FROM DomainEventEntry WHERE payloadType = 'InvestorRegistered'");
                 ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(new String[] {rs.getString(1), new String(rs.getBytes(2), StandardCharsets.UTF_8)});
                }
            }
            try (PreparedStatement u = c.prepareStatement(
                    "UPDATE DomainEventEntry SET payload = ?, payloadRevision = '1' WHERE eventIdentifier = ?")) {
                for (String[] row : rows) {
                    String earlier = row[1].replaceAll(",\"note\":(null|\"(?:[^\"\\\\]|\\\\.)*\")", "");
                    assertThat(earlier).doesNotContain("\"note\"");
                    u.setBytes(1, earlier.getBytes(StandardCharsets.UTF_8));
                    u.setString(2, row[0]);
                    count += u.executeUpdate();
                }
            }
            c.commit();
        }
        return count;
    }
}
