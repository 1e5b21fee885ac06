package org.govsim.timeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Puts stored events back in the shape an earlier revision wrote, so that a test can read them through the upcasters. */
final class EarlierRevisions {
    private EarlierRevisions() {
    }

    /** Writes every stored event of a type in an H2 directory back in the shape of an earlier revision. */
    static int rewrite(Path data, String type, String revision, UnaryOperator<String> toEarlierShape) throws Exception {
        int count = 0;
        try (Connection c = Database.h2(data).connect()) {
            List<String[]> rows = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT eventIdentifier, payload FROM DomainEventEntry WHERE payloadType = ?")) {
                q.setString(1, type);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new String[] {rs.getString(1), new String(rs.getBytes(2), StandardCharsets.UTF_8)});
                    }
                }
            }
            try (PreparedStatement u = c.prepareStatement(
                    "UPDATE DomainEventEntry SET payload = ?, payloadRevision = ? WHERE eventIdentifier = ?")) {
                for (String[] row : rows) {
                    u.setBytes(1, toEarlierShape.apply(row[1]).getBytes(StandardCharsets.UTF_8));
                    u.setString(2, revision);
                    u.setString(3, row[0]);
                    count += u.executeUpdate();
                }
            }
            c.commit();
        }
        return count;
    }
}
