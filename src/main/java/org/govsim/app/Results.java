package org.govsim.app;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.govsim.board.Board;
import org.govsim.ceo.CeoOffice;
import org.govsim.investor.Investor;
import org.govsim.organisation.Organisation;
import org.govsim.simulation.World;
import org.govsim.workforce.Workforce;

/**
 * The records the use cases return: what the command line prints with {@code --format json} and what a web API serves.
 * Times are ISO text in the timeline's zone ({@code zone} names it). Every JSON document carries {@link #SCHEMA_VERSION};
 * the shapes are given by the schemas in schema/output/ and described in docs/cli-json.md.
 */
public final class Results {
    private Results() {
    }

    /** The version of the shapes below; raised whenever a key is removed, renamed or changes its type. */
    public static final int SCHEMA_VERSION = 1;

    /** Someone by the stable id the seed world gives and by name. */
    public record Person(String id, String name) {
        static Person of(String id, Organisation org) {
            return id == null ? null : new Person(id, org.nameOf(id));
        }
    }

    /** Where an investor stood at the end: its stance (neutral, pressing, legal_threat) and its observer seat. */
    public record InvestorEnd(String name, String stance, boolean observerSeat) {
    }

    /**
     * How a timeline ended, keyed by stable ids: who leads, who sits on the board and chairs it, what the staff did,
     * where each investor stands (by investor id), and whether and when a removed CEO returned. {@code table} holds the
     * same as labelled rows for people and is not part of the JSON.
     */
    public record Outcome(Person ceo, boolean ceoInterim, List<Person> board, Person chair, int employed, int headcount,
                          int signed, int peakSignatures, int resigned, Map<String, InvestorEnd> investors,
                          boolean ceoRemoved, String ceoReturnedAt, @JsonIgnore Map<String, String> table) {

        private static Map<String, String> labelled(World w) {
            return org.govsim.model.Outcome.of(w).rows();
        }

        public static Outcome of(World w) {
            Organisation org = Organisation.in(w);
            Board b = Board.in(w);
            CeoOffice office = CeoOffice.in(w);
            Workforce staff = Workforce.in(w);
            List<Person> board = new ArrayList<>();
            b.members().forEach(m -> board.add(Person.of(m, org)));
            Map<String, InvestorEnd> investors = new LinkedHashMap<>();
            Investor.all(w).forEach((id, i) -> investors.put(id, new InvestorEnd(i.profile().name(),
                    i.stance().name().toLowerCase(), b.observers().contains(id))));
            ZoneId zone = w.started() == null ? ZoneId.of("UTC") : ZoneId.of(w.started().timezone());
            return new Outcome(Person.of(office.holder(), org), office.interim(), board, Person.of(b.chair(), org),
                    staff.employed(), staff.headcount(), staff.signed(), staff.peakSignatures(), staff.resigned(), investors,
                    office.lastRemovalAt() != null, Times.iso(office.returnedAt(), zone),
                    labelled(w));
        }
    }

    /**
     * A scenario run and stored, its story, the model's figures against the reported ones, and its events per
     * provenance tier (reported, calibrated, modelled, assumed, what-if).
     */
    public record Replay(String timeline, String title, String zone, long events, List<StoryLine> narrative,
                         List<Checkpoint> checkpoints, Map<String, Long> tiers, Outcome outcome) {
    }

    /**
     * A reported count beside the run's count at the same time; {@code note} qualifies the report, {@code contested}
     * lists its competing versions when the sources disagree.
     */
    public record Checkpoint(String at, int reported, int model, double deviationPercent, String source, String note,
                             List<String> contested) {
    }

    /** Every actor after one event. */
    public record State(String timeline, long seq, String time, String zone, Map<String, Object> state,
                        List<String> summary) {
    }

    /** A stored timeline's story from its first event, its figures against the reported ones, its events per tier. */
    public record Story(String timeline, String title, String zone, List<StoryLine> lines, List<Checkpoint> checkpoints,
                        Map<String, Long> tiers) {
    }

    /**
     * One stored event as it is exported: a line of JSON, or a row of CSV. {@code type} and {@code revision} name the
     * payload's shape, as the store does; {@code action} is the scheduled action whose execution produced it (0 when
     * none), which a world folded from an import needs to clear its agenda. {@code tier}, {@code provenance} and
     * {@code contested} say where the event comes from; they derive from the stream and are not imported.
     */
    public record ExportedEvent(long seq, String time, String aggregate, String type, String revision, Object payload,
                                String cause, String source, long action, String tier, String provenance,
                                List<String> contested) {
    }

    /** A timeline brought in from an export. */
    public record Imported(String id, String name, String scenario, long events, String file) {
    }

    /** Branches deleted, deepest first. */
    public record Deleted(List<Timeline> timelines) {
    }

    /**
     * A case played as one of its actors: each decision point of the role with the choice made there and the branch it
     * made ({@code skipped} says why a decision did not arise), the story after the last choice, and how it ended.
     * {@code branch} is the last branch (history's name when no decision arose).
     */
    public record Play(String scenario, String role, String history, String branch, String zone, List<PlayStep> steps,
                       List<StoryLine> story, Ending ending) {
    }

    /**
     * Where a play stands in a timeline: the case's history it plays against, whether the next choice is the play's
     * first (a prediction goes with it), the next decision (null at the end), the decisions passed over since the last
     * choice because they did not arise, the story since the last choice, and at the end how it ended.
     */
    public record Turn(String timeline, String history, String role, String zone, boolean firstChoice,
                       PlayStep decision, List<PlayStep> skipped, List<StoryLine> story, Ending ending) {
    }

    /** How a play ended: its outcome beside history's, its prediction scored (null: none made), the debrief. */
    public record Ending(Outcome outcome, Outcome historyOutcome, PredictionScore prediction, Debrief debrief) {
    }

    /** One decision point: the question, the options, what was chosen and its branch, what happened in fact. */
    public record PlayStep(String decision, String decides, String question, List<PlayOption> options,
                           String chosen, String chosenLabel, String branch, String history, String skipped) {
    }

    public record PlayOption(String id, String label) {
    }

    /**
     * After a run: the case's questions and the instructor's notes, the decisive events (the causes of the last change
     * of CEO in the branch, back to the givens; null when the branch changed none), and each director's voting power
     * when the first choice was made and at the end.
     */
    public record Debrief(List<String> questions, List<String> notes, org.govsim.app.CauseChain decisive,
                          Power powerBefore, Power powerAfter) {
    }

    /** A class just opened: its join code for the students and the instructor's secret, given only here. */
    public record ClassOpened(String id, String caseId, String role, String title, String joinCode,
                              String instructorSecret, String expiresAt) {
    }

    /** A student who joined a class: the key that owns their branches, given only here. */
    public record Joined(String classId, String caseId, String role, String title, String studentId, String name,
                         String key) {
    }

    /** A class reset: how many students were forgotten and how many branches deleted. */
    public record ClassReset(String classId, int students, int branchesDeleted) {
    }

    /**
     * A class as its instructor sees it: a row per student, how many ended with each CEO, how many chose each option
     * at each decision, and the case's debrief (its questions, and the notes for the instructor).
     */
    public record ClassTable(String id, String caseId, String role, String title, boolean revealed, String expiresAt,
                             List<ClassRow> students, Map<String, Integer> outcomes,
                             Map<String, Map<String, Integer>> choices, List<String> questions, List<String> notes) {
    }

    /** One student's latest play: their choices by decision, whether it ended, who led at the end, their scores. */
    public record ClassRow(String student, String joined, String branch, Map<String, String> choices, boolean ended,
                           String ceo, String ceoReturnedAt, Double predictionVsBranch, Double predictionVsHistory) {
    }

    /** A prediction scored against one timeline's end: each item, and the mean of those scored (null when none). */
    public record Scored(List<ScoredItem> items, Double total) {
    }

    /** One item of a prediction: what was predicted, what happened, its points (null: not scored) and the rule. */
    public record ScoredItem(String item, String predicted, String actual, Double points, String rule) {
    }

    /** A prediction and its scores against the branch's outcome and against history's. */
    public record PredictionScore(String madeAt, Scored branch, Scored history) {
    }

    /** A branch and how it ended; {@code narrative} tells the events after the fork point. */
    public record Fork(String timeline, boolean stored, String parent, long forkSeq, String forkTime, String whatif,
                       String question, List<String> thingsToNotice, String note, long events, String zone, Outcome outcome,
                       List<StoryLine> narrative, Check check) {
    }

    /**
     * A what-if's expectations against the branch's outcome: {@code held} is true when every one held. {@code history}
     * compares with the outcome of the timeline forked from.
     */
    public record Check(boolean held, List<Expectation> expectations) {
    }

    /** One expectation of a what-if: its field, the value the file gives, the value the branch shows, and whether it held. */
    public record Expectation(String field, String expected, String actual, boolean held) {
    }

    /** Two timelines compared: common ancestor, first divergence, outcomes side by side, the events only in each. */
    public record Diff(String a, String b, String commonAncestor, Divergence firstDivergence,
                       Sides<Outcome> outcome, @JsonIgnore Map<String, Sides<String>> table, List<StoryLine> onlyInA, List<StoryLine> onlyInB, int eventsOnlyInA,
                       int eventsOnlyInB, String zone) {
    }

    public record Divergence(long seq, String timeA, String timeB) {
    }

    public record Sides<T>(T a, T b) {
    }

    /**
     * A finished sweep: the experiment, how its runs were laid out and run, the files written (runs.csv, summary.csv,
     * chart.svg in {@code out}) and the runs stored as timelines.
     */
    public record Sweep(String experiment, int runs, int combinations, int repetitions, int threads, boolean shared,
                        String out, String runsCsv, String summaryCsv, String chart, List<KeptTimeline> kept) {
    }

    /** A run of a sweep stored as a timeline. */
    public record KeptTimeline(int run, Timeline timeline) {
    }

    /** A stored timeline in the catalogue: its id stays when its name changes; {@code parent} is the parent's name. */
    public record Timeline(String id, String name, String scenario, String title, long seed, long events, String parent, Long forkSeq,
                           String forkTime, String whatif, boolean readOnly, String createdAt) {
    }

    /** A timeline with its branches, each with theirs: the lineage as a tree. */
    public record Node(Timeline timeline, List<Node> branches) {
    }

    /**
     * A page of a timeline's events as the filters left them: {@code total} is how many passed the filters, {@code
     * offset} the index of the page's first among them.
     */
    public record EventPage(String timeline, String zone, long total, long offset, int limit, List<ExportedEvent> events) {
    }

    /** Each director's share of voting power for the motion the board would put after an event. */
    public record Power(String timeline, long seq, String time, String zone, String motion, List<DirectorPower> directors) {
    }

    public record DirectorPower(String person, String name, Double banzhaf, Double shapleyShubik) {
    }
}
