package org.govsim.app;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.govsim.scenario.InputException;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.SimulationEvents.DecisionTaken;
import org.govsim.timeline.ClassStore;
import org.govsim.timeline.TimelineInfo;
import org.govsim.timeline.TimelineStore;

/**
 * A class on a case: the instructor opens it and gets a join code for the students and a secret of their own; students
 * join by name with the code and get a key, which owns the branches they make; the instructor sees every student's
 * play (choices, outcome, prediction), reveals the history, exports the results, resets or closes the class. Codes and
 * secrets are random and kept only as hashes; a class expires after its lifetime.
 */
public final class ClassService {

    /** A class's join code: 10 characters of an alphabet of 30, about 49 bits. */
    static final int CODE_LENGTH = 10;
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(12);
    private static final int MAX_NAME = 60;

    /** Why a class cannot be reached: the code or secret is unknown, or the class is closed or has expired. */
    public static final class Refused extends RuntimeException {
        private final boolean unknown;

        Refused(boolean unknown, String message) {
            super(message);
            this.unknown = unknown;
        }

        /** Unknown (no class has that code or secret), rather than closed or expired. */
        public boolean unknown() {
            return unknown;
        }
    }

    private final TimelineStore store;
    private final ClassStore classes;
    private final PlayService plays;

    public ClassService(TimelineStore store, PlayService plays) {
        this.store = store;
        this.classes = new ClassStore(store);
        this.plays = plays;
    }

    /** Opens a class on a case for a role (null: every decision); the answer holds the code and the secret, once. */
    public Results.ClassOpened open(String caseId, Path scenario, String role, String title, Duration lifetime) {
        if (role != null) {
            plays.decisions(scenario, role);
        }
        String name = title == null || title.isBlank() ? caseId : title.strip();
        if (name.length() > 200) {
            throw InputException.request("title", "a title has at most 200 characters");
        }
        String code = Keys.newCode(CODE_LENGTH);
        String secret = Keys.newKey();
        Instant now = Instant.now();
        ClassStore.ClassRow row = new ClassStore.ClassRow(java.util.UUID.randomUUID().toString(), caseId, role, name,
                false, now, now.plus(lifetime), null);
        classes.create(row, Keys.hash(code), Keys.hash(secret));
        return new Results.ClassOpened(row.id(), caseId, role, name, code, secret, row.expiresAt().toString());
    }

    /** A student joins by the class's code under a name not taken in it; the answer holds the student's key, once. */
    public Results.Joined join(String code, String name) {
        ClassStore.ClassRow c = open(classes.byJoinCode(Keys.hash(code == null ? "" : code.strip().toUpperCase())),
                "no class has this code");
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME || n.chars().anyMatch(Character::isISOControl)) {
            throw InputException.request("name", "a name is 1 to " + MAX_NAME + " characters, without control characters");
        }
        String key = Keys.newKey();
        ClassStore.StudentRow s = classes.join(new ClassStore.StudentRow(java.util.UUID.randomUUID().toString(), c.id(), n,
                Keys.owner(key), Instant.now())).orElseThrow(() -> InputException.request("name", "'" + n
                + "' is taken in this class; choose another name"));
        return new Results.Joined(c.id(), c.caseId(), c.role(), c.title(), s.id(), s.name(), key);
    }

    /** The class whose instructor has this secret, if it is open. */
    public ClassStore.ClassRow forInstructor(String secret) {
        return open(classes.byInstructor(Keys.hash(secret == null ? "" : secret)), "no class has this secret");
    }

    /** The open class and the student that a key stands for, if it is a student's. */
    public Optional<Student> student(String key) {
        if (key == null) {
            return Optional.empty();
        }
        return classes.studentByOwner(Keys.owner(key)).flatMap(s -> classes.byId(s.classId())
                .filter(c -> c.openAt(Instant.now())).map(c -> new Student(c, s)));
    }

    public record Student(ClassStore.ClassRow classRow, ClassStore.StudentRow student) {
    }

    /** The owners of the students of classes not closed, each with their class's id. */
    public Map<String, String> studentOwners() {
        return classes.studentOwners();
    }

    /** The open classes not yet revealed: while one runs on a case, its history is hidden from those not its own. */
    public List<ClassStore.ClassRow> hiding() {
        Instant now = Instant.now();
        return classes.notClosed().stream().filter(c -> c.openAt(now) && !c.revealed()).toList();
    }

    public void reveal(ClassStore.ClassRow c) {
        classes.reveal(c.id());
    }

    public void close(ClassStore.ClassRow c) {
        classes.close(c.id(), Instant.now());
    }

    /** Deletes every student's branches, then their names: the class is as it was opened. */
    public Results.ClassReset reset(ClassStore.ClassRow c) {
        List<ClassStore.StudentRow> students = classes.students(c.id());
        Set<String> owners = students.stream().map(ClassStore.StudentRow::owner).collect(Collectors.toSet());
        int deleted = 0;
        for (TimelineInfo t : store.list()) {
            // the roots of the students' lineages: deleting them takes their branches with them
            if (owners.contains(t.owner()) && store.find(t.name()).isPresent() && !ownedParent(t, owners)) {
                deleted += store.delete(t.id(), true).size();
            }
        }
        classes.forgetStudents(c.id());
        return new Results.ClassReset(c.id(), students.size(), deleted);
    }

    private boolean ownedParent(TimelineInfo t, Set<String> owners) {
        return t.parentId() != null && store.findById(t.parentId()).map(p -> owners.contains(p.owner())).orElse(false);
    }

    /**
     * The class as its instructor sees it: each student with the choices of their latest play, whether it has ended,
     * how, and their prediction's scores; how the outcomes and the choices are spread over the class.
     */
    public Results.ClassTable table(ClassStore.ClassRow c, Path scenario) {
        List<TimelineInfo> all = store.list();
        List<Results.ClassRow> rows = new ArrayList<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        Map<String, Map<String, Integer>> choices = new LinkedHashMap<>();
        for (ClassStore.StudentRow s : classes.students(c.id())) {
            List<TimelineInfo> mine = all.stream().filter(t -> s.owner().equals(t.owner())).toList();
            Optional<TimelineInfo> latest = mine.stream()
                    .filter(t -> mine.stream().noneMatch(o -> t.id().equals(o.parentId())))
                    .max(java.util.Comparator.comparing(TimelineInfo::createdAt));
            if (latest.isEmpty()) {
                rows.add(new Results.ClassRow(s.name(), s.joinedAt().toString(), null, Map.of(), false, null, null, null,
                        null));
                continue;
            }
            TimelineInfo branch = latest.get();
            Map<String, String> chosen = new LinkedHashMap<>();
            for (Recorded r : store.inTransaction(() -> store.events(branch))) {
                if (r.event() instanceof DecisionTaken d) {
                    chosen.put(d.decision(), d.option());
                    choices.computeIfAbsent(d.decision(), k -> new TreeMap<>()).merge(d.option(), 1, Integer::sum);
                }
            }
            Results.Turn turn = plays.next(scenario, branch.name(), c.role());
            Results.Ending e = turn.ending();
            String ceo = e == null ? null : e.outcome().ceo() == null ? "none" : e.outcome().ceo().name()
                    + (e.outcome().ceoInterim() ? " (interim)" : "");
            if (ceo != null) {
                outcomes.merge(ceo, 1, Integer::sum);
            }
            rows.add(new Results.ClassRow(s.name(), s.joinedAt().toString(), branch.name(), chosen, e != null, ceo,
                    e == null ? null : e.outcome().ceoReturnedAt(),
                    e == null || e.prediction() == null ? null : e.prediction().branch().total(),
                    e == null || e.prediction() == null ? null : e.prediction().history().total()));
        }
        org.govsim.scenario.Debrief debrief = plays.debrief(scenario);
        return new Results.ClassTable(c.id(), c.caseId(), c.role(), c.title(), c.revealed(), c.expiresAt().toString(),
                rows, outcomes, choices, debrief.questions(), debrief.notes());
    }

    /** The table as CSV: a row per student, a column per decision. */
    public String csv(ClassStore.ClassRow c, Path scenario) {
        Results.ClassTable t = table(c, scenario);
        List<String> decisions = plays.decisions(scenario, c.role()).stream()
                .map(org.govsim.scenario.DecisionPoint::id).toList();
        StringBuilder out = new StringBuilder("student,joined,branch");
        decisions.forEach(d -> out.append(',').append(d));
        out.append(",ended,ceo,ceo_returned,prediction_vs_branch,prediction_vs_history\n");
        for (Results.ClassRow r : t.students()) {
            out.append(cell(r.student())).append(',').append(r.joined()).append(',').append(cell(r.branch()));
            decisions.forEach(d -> out.append(',').append(cell(r.choices().get(d))));
            out.append(',').append(r.ended()).append(',').append(cell(r.ceo())).append(',').append(cell(r.ceoReturnedAt()))
                    .append(',').append(r.predictionVsBranch() == null ? "" : r.predictionVsBranch())
                    .append(',').append(r.predictionVsHistory() == null ? "" : r.predictionVsHistory()).append('\n');
        }
        return out.toString();
    }

    /** A CSV cell: quoted when it needs to be; a leading =, +, - or @ is kept from being read as a formula. */
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static ClassStore.ClassRow open(Optional<ClassStore.ClassRow> found, String unknown) {
        ClassStore.ClassRow c = found.orElseThrow(() -> new Refused(true, unknown));
        if (c.closedAt() != null) {
            throw new Refused(false, "the class '" + c.title() + "' is closed");
        }
        if (!c.openAt(Instant.now())) {
            throw new Refused(false, "the class '" + c.title() + "' has expired");
        }
        return c;
    }
}
