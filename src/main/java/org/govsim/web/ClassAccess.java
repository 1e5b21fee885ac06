package org.govsim.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

import org.govsim.app.ClassService;
import org.govsim.app.Keys;
import org.govsim.timeline.ClassStore;

/**
 * Who a request is in a class, and what that lets it do: an instructor brings the class's secret in
 * {@value #INSTRUCTOR}, a student their key in {@link OwnerKeys#HEADER}. On a server that listens beyond this machine
 * these are what students and instructors change things with (joining, choosing, running their class), not the admin
 * token. While a class runs unrevealed on a case, that case's history and every branch not the requester's own are
 * hidden from all but the class's instructor and the administrator; a student's branches stay the student's own.
 */
@Component
class ClassAccess {

    static final String INSTRUCTOR = "Govsim-Instructor-Secret";
    private static final Pattern PLAY_CHOICE = Pattern.compile("/api/v1/plays/[^/]+/choices");

    private final ClassService classes;
    /** What reads are checked against, read at most once a second (every read of a timeline asks): the classes
     *  hiding their case, and the owners of students with their class. */
    private record Snapshot(List<ClassStore.ClassRow> hiding, java.util.Map<String, String> students, long readAt) {
    }

    /** Null until read, and again whenever a class changes. */
    private volatile Snapshot snapshot;

    ClassAccess(ClassService classes) {
        this.classes = classes;
    }

    Optional<ClassStore.ClassRow> instructor(HttpServletRequest request) {
        String secret = request.getHeader(INSTRUCTOR);
        if (secret == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(classes.forInstructor(secret));
        } catch (ClassService.Refused e) {
            return Optional.empty();
        }
    }

    Optional<ClassService.Student> student(HttpServletRequest request) {
        String key = request.getHeader(OwnerKeys.HEADER);
        return key == null || key.length() > 64 ? Optional.empty() : classes.student(key);
    }

    /**
     * A change a class allows without the admin token: joining by code, a student's choice in a play, an instructor
     * running their class.
     */
    boolean mayChangeWithoutToken(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.equals("/api/v1/classes/join")) {
            return true;
        }
        if (PLAY_CHOICE.matcher(path).matches()) {
            return student(request).isPresent();
        }
        return path.startsWith("/api/v1/classes/mine") && instructor(request).isPresent();
    }

    /**
     * Whether the request may read a timeline of case {@code caseId} owned by {@code owner} (null: history or the
     * command line's): always, unless a class hides the case or the timeline is a student's.
     */
    boolean mayRead(HttpServletRequest request, String caseId, String owner) {
        if (Guard.isAdmin(request)) {
            return true;
        }
        String key = request.getHeader(OwnerKeys.HEADER);
        boolean own = owner != null && key != null && key.length() <= 64 && Keys.same(Keys.owner(key), owner);
        if (own) {
            return true;
        }
        Optional<ClassStore.ClassRow> teaching = instructor(request);
        Snapshot now = snapshot();
        if (owner != null && now.students().containsKey(owner)) {
            // a student's branch: theirs and their instructor's only
            return teaching.isPresent() && teaching.get().id().equals(now.students().get(owner));
        }
        Instant at = Instant.now();
        List<ClassStore.ClassRow> hidingIt = now.hiding().stream()
                .filter(c -> c.caseId().equals(caseId) && c.openAt(at)).toList();
        return hidingIt.isEmpty() || teaching.isPresent() && hidingIt.stream()
                .anyMatch(c -> c.id().equals(teaching.get().id()));
    }

    /** Whether any class could hide anything: none open unrevealed and no student, and every read goes through. */
    boolean anyClass() {
        Snapshot s = snapshot();
        return !s.hiding().isEmpty() || !s.students().isEmpty();
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        long now = System.nanoTime();
        if (s == null || now - s.readAt() > 1_000_000_000L) {
            s = new Snapshot(classes.hiding(), classes.studentOwners(), now);
            snapshot = s;
        }
        return s;
    }

    /** Forgets what it read of the classes: a class opened, joined, revealed or closed shows at once. */
    void changed() {
        snapshot = null;
    }
}
