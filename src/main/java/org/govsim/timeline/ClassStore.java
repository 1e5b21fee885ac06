package org.govsim.timeline;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Classes and their students, in the timeline store's database: a class on a case (its join code and instructor's
 * secret kept as hashes), and each student's name and owner (the owner of the branches the student makes). Every change
 * is on disk before it returns.
 */
public final class ClassStore {

    /** A class: on which case, the role its students play (null: every decision), and where it stands. */
    public record ClassRow(String id, String caseId, String role, String title, boolean revealed, Instant createdAt,
                           Instant expiresAt, Instant closedAt) {
        /** Open: not closed, and not past its expiry at {@code now}. */
        public boolean openAt(Instant now) {
            return closedAt == null && now.isBefore(expiresAt);
        }
    }

    public record StudentRow(String id, String classId, String name, String owner, Instant joinedAt) {
    }

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String CLASS = "SELECT id, case_id, role, title, revealed, created_at, expires_at, closed_at "
            + "FROM govsim_class";
    private static final String STUDENT = "SELECT id, class_id, name, owner, joined_at FROM govsim_student";

    private final TimelineStore store;

    public ClassStore(TimelineStore store) {
        this.store = store;
    }

    public void create(ClassRow c, String joinCodeHash, String instructorHash) {
        store.inTransaction(() -> store.sql(() -> "cannot store the class", conn -> {
            try (PreparedStatement p = conn.prepareStatement("INSERT INTO govsim_class (id, case_id, role, title, "
                    + "join_code, instructor, revealed, created_at, expires_at, closed_at) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
                p.setString(1, c.id());
                p.setString(2, c.caseId());
                p.setString(3, c.role());
                p.setString(4, c.title());
                p.setString(5, joinCodeHash);
                p.setString(6, instructorHash);
                p.setBoolean(7, c.revealed());
                p.setString(8, c.createdAt().toString());
                p.setString(9, c.expiresAt().toString());
                p.setString(10, c.closedAt() == null ? null : c.closedAt().toString());
                p.executeUpdate();
            }
            store.durableOnCommit("the class could not be stored");
            return null;
        }));
    }

    public Optional<ClassRow> byJoinCode(String hash) {
        return one(CLASS + " WHERE join_code = ?", hash);
    }

    public Optional<ClassRow> byInstructor(String hash) {
        return one(CLASS + " WHERE instructor = ?", hash);
    }

    public Optional<ClassRow> byId(String id) {
        return one(CLASS + " WHERE id = ?", id);
    }

    /** The classes not closed, whatever their expiry. */
    public List<ClassRow> notClosed() {
        return store.sql(() -> "cannot read the classes", conn -> {
            try (PreparedStatement p = conn.prepareStatement(CLASS + " WHERE closed_at IS NULL ORDER BY created_at");
                 ResultSet rs = p.executeQuery()) {
                List<ClassRow> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(classRow(rs));
                }
                return out;
            }
        });
    }

    /** Adds a student; empty when the name is taken in the class. */
    public Optional<StudentRow> join(StudentRow s) {
        try {
            store.inTransaction(() -> store.sql(() -> "cannot store the student", conn -> {
                try (PreparedStatement p = conn.prepareStatement("INSERT INTO govsim_student (id, class_id, name, owner, "
                        + "joined_at) VALUES (?,?,?,?,?)")) {
                    p.setString(1, s.id());
                    p.setString(2, s.classId());
                    p.setString(3, s.name());
                    p.setString(4, s.owner());
                    p.setString(5, s.joinedAt().toString());
                    p.executeUpdate();
                }
                store.durableOnCommit("the student could not be stored");
                return null;
            }));
            return Optional.of(s);
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public List<StudentRow> students(String classId) {
        return store.sql(() -> "cannot read the class's students", conn -> {
            try (PreparedStatement p = conn.prepareStatement(STUDENT + " WHERE class_id = ? ORDER BY joined_at, name")) {
                p.setString(1, classId);
                try (ResultSet rs = p.executeQuery()) {
                    List<StudentRow> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(studentRow(rs));
                    }
                    return out;
                }
            }
        });
    }

    /** The owner of every student of a class not closed, with the student's class. */
    public java.util.Map<String, String> studentOwners() {
        return store.sql(() -> "cannot read the students", conn -> {
            try (PreparedStatement p = conn.prepareStatement("SELECT s.owner, s.class_id FROM govsim_student s "
                    + "JOIN govsim_class c ON c.id = s.class_id WHERE c.closed_at IS NULL");
                 ResultSet rs = p.executeQuery()) {
                java.util.Map<String, String> out = new java.util.HashMap<>();
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
                return out;
            }
        });
    }

    public Optional<StudentRow> studentByOwner(String owner) {
        return store.sql(() -> "cannot read the students", conn -> {
            try (PreparedStatement p = conn.prepareStatement(STUDENT + " WHERE owner = ?")) {
                p.setString(1, owner);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(studentRow(rs)) : Optional.empty();
                }
            }
        });
    }

    public void reveal(String classId) {
        update("UPDATE govsim_class SET revealed = TRUE WHERE id = ?", classId, "the reveal could not be stored");
    }

    public void close(String classId, Instant at) {
        store.inTransaction(() -> store.sql(() -> "cannot close the class", conn -> {
            try (PreparedStatement p = conn.prepareStatement("UPDATE govsim_class SET closed_at = ? WHERE id = ?")) {
                p.setString(1, at.toString());
                p.setString(2, classId);
                p.executeUpdate();
            }
            store.durableOnCommit("the closing could not be stored");
            return null;
        }));
    }

    /** Forgets the class's students (their names and owners); their branches are deleted by the caller first. */
    public void forgetStudents(String classId) {
        update("DELETE FROM govsim_student WHERE class_id = ?", classId, "the students could not be removed");
    }

    private void update(String statement, String id, String failure) {
        store.inTransaction(() -> store.sql(() -> failure, conn -> {
            try (PreparedStatement p = conn.prepareStatement(statement)) {
                p.setString(1, id);
                p.executeUpdate();
            }
            store.durableOnCommit(failure);
            return null;
        }));
    }

    private Optional<ClassRow> one(String query, String value) {
        return store.sql(() -> "cannot read the class", conn -> {
            try (PreparedStatement p = conn.prepareStatement(query)) {
                p.setString(1, value);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(classRow(rs)) : Optional.empty();
                }
            }
        });
    }

    private static ClassRow classRow(ResultSet rs) throws SQLException {
        String closed = rs.getString("closed_at");
        return new ClassRow(rs.getString("id"), rs.getString("case_id"), rs.getString("role"), rs.getString("title"),
                rs.getBoolean("revealed"), Instant.parse(rs.getString("created_at")),
                Instant.parse(rs.getString("expires_at")), closed == null ? null : Instant.parse(closed));
    }

    private static StudentRow studentRow(ResultSet rs) throws SQLException {
        return new StudentRow(rs.getString("id"), rs.getString("class_id"), rs.getString("name"), rs.getString("owner"),
                Instant.parse(rs.getString("joined_at")));
    }
}
