package org.govsim.narrative;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.govsim.provenance.Tier;
import org.govsim.simulation.ActorKind;
import org.govsim.simulation.DomainEvent;
import org.govsim.simulation.Names;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.SimulationEvents.SimulationStarted;

/**
 * The short story a reader is handed: every line of the full story, but a running count only at its milestones, an
 * act told once (the changes that carry out a carried motion fold into the motion), and several like events at one
 * moment in one line. A line that is reported, a what-if's, or touches a contested claim is never folded away.
 */
final class Brief {

    /** Shares of the whole a running count is shown crossing, with how the story says each. */
    private static final double[] MILESTONES = {0.25, 0.5, 0.75, 0.9};
    private static final String[] MILESTONE_WORDS = {"past a quarter", "past half", "past three quarters", "past 90%"};

    private Brief() {
    }

    /**
     * The lines with their {@code brief} set: the text the short story prints, or null where it folds the line.
     * {@code told} holds each line's event, in the same order; {@code checkpoints} are times at which a count was
     * reported, whose nearest earlier reading the short story keeps.
     */
    static List<Narrator.Line> abridge(List<Narrator.Line> lines, List<Recorded> told, Names names,
                                       List<Instant> checkpoints) {
        String[] brief = new String[lines.size()];
        Long[] toldWith = new Long[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            brief[i] = lines.get(i).text();
        }
        for (int i = 0; i < lines.size(); i++) {
            // the scenario's opening line repeats the title the story is printed under
            if (told.get(i).event() instanceof SimulationStarted && foldable(lines.get(i))) {
                brief[i] = null;
            }
        }
        foldTallies(lines, told, checkpoints, names, brief);
        foldActs(lines, told, brief, toldWith);
        group(lines, told, names, brief, toldWith);
        reactions(lines, told, brief, toldWith);
        List<Narrator.Line> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            out.add(lines.get(i).withBrief(brief[i], toldWith[i]));
        }
        return out;
    }

    /** Whether the short story may leave a line out: only modelled, calibrated or assumed lines with nothing contested. */
    static boolean foldable(Narrator.Line line) {
        Tier tier = line.provenance().tier();
        return tier != Tier.REPORTED && tier != Tier.WHAT_IF && line.provenance().contested().isEmpty();
    }

    private static ActorKind<?> kindOf(Recorded r) {
        return r.event().actorKind();
    }

    private static boolean standsAlone(Recorded r) {
        ActorKind<?> kind = kindOf(r);
        return kind != null && kind.standsAlone(r.event());
    }

    private static String actOf(Recorded r) {
        ActorKind<?> kind = kindOf(r);
        return kind == null ? null : kind.act(r.event());
    }

    /**
     * Each running count keeps its crossings of a quarter, half, three quarters and 90% of its whole, its readings at the
     * checkpoints and its last; a count only added to keeps its first reading too. A count read once is told as it is.
     */
    private static void foldTallies(List<Narrator.Line> lines, List<Recorded> told, List<Instant> checkpoints, Names names,
                                    String[] brief) {
        Map<String, List<Integer>> series = new LinkedHashMap<>();
        Map<Integer, ActorKind.Tally> tallies = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            ActorKind<?> kind = kindOf(told.get(i));
            ActorKind.Tally t = kind == null ? null : kind.tally(told.get(i).event());
            if (t != null) {
                tallies.put(i, t);
                series.computeIfAbsent(lines.get(i).actor() + "/" + t.series(), k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> readings : series.values()) {
            boolean adds = tallies.get(readings.get(0)).adds();
                int total = 0;
            for (int i : readings) {
                ActorKind.Tally t = tallies.get(i);
                total = adds ? total + t.count() : t.count();
                tallies.put(i, new ActorKind.Tally(t.series(), total, t.of(), adds ? String.format(t.words(), total)
                        : t.words()));
            }
            Map<Integer, List<String>> notes = new LinkedHashMap<>();
            int passed = -1;
            for (int i : readings) {
                ActorKind.Tally t = tallies.get(i);
                int crossed = passed;
                for (int m = passed + 1; m < MILESTONES.length; m++) {
                    if (t.of() > 0 && t.count() >= MILESTONES[m] * t.of()) {
                        crossed = m;
                    }
                }
                if (crossed > passed) {
                    notes.computeIfAbsent(i, k -> new ArrayList<>()).add(MILESTONE_WORDS[crossed]);
                    passed = crossed;
                }
            }
            // the reported times are of counts as such, not of what events add to one
            for (Instant at : adds ? List.<Instant>of() : checkpoints) {
                Integer reading = null;
                for (int i : readings) {
                    if (!lines.get(i).time().isAfter(at)) {
                        reading = i;
                    }
                }
                if (reading != null) {
                    notes.computeIfAbsent(reading, k -> new ArrayList<>()).add("the model at " + clock(names, at)
                            + ", the time of a reported count");
                }
            }
            int first = readings.get(0);
            int last = readings.get(readings.size() - 1);
            if (first == last) {
                continue;
            }
            notes.computeIfAbsent(last, k -> new ArrayList<>()).add("the last count");
            for (int i : readings) {
                if (adds && i == first) {
                    // where a count is only added to, its first reading is the start of it, told as it is
                    continue;
                }
                List<String> said = notes.get(i);
                if (said != null) {
                    brief[i] = tallies.get(i).words() + " (" + String.join("; ", said) + ")";
                } else if (foldable(lines.get(i))) {
                    brief[i] = null;
                }
            }
        }
    }

    /** The hour of a checkpoint as the story gives it: "08:12" out of "11-20 08:12 PST". */
    private static String clock(Names names, Instant at) {
        String when = names.when(at);
        String[] words = when.split(" ");
        return words.length == 3 ? words[1] : DateTimeFormatter.ISO_INSTANT.format(at);
    }

    /**
     * A change that carries out an act already told at the same moment folds into it, the act's line listing it; the
     * verbose story and JSON keep its own line and provenance.
     */
    private static void foldActs(List<Narrator.Line> lines, List<Recorded> told, String[] brief, Long[] toldWith) {
        Map<String, Integer> firstOfAct = new HashMap<>();
        Map<Long, Integer> actLines = new HashMap<>();
        Map<Long, Integer> bySeq = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Narrator.Line line = lines.get(i);
            bySeq.put(line.seq(), i);
            ActorKind<?> kind = kindOf(told.get(i));
            Integer cause = line.causedBy() == null ? null : bySeq.get(line.causedBy());
            // an echo says again what the line it echoes says, reported or not; a contested one is still told
            if (kind != null && kind.echoes(told.get(i).event()) && cause != null && brief[cause] != null
                    && lines.get(cause).time().equals(line.time()) && line.provenance().contested().isEmpty()
                    && line.provenance().tier() != Tier.WHAT_IF) {
                brief[i] = null;
                toldWith[i] = lines.get(cause).seq();
                continue;
            }
            String act = kind == null ? null : kind.act(told.get(i).event());
            Integer first = act == null ? null : firstOfAct.putIfAbsent(act, i);
            if (act != null && first == null) {
                actLines.put(line.seq(), i);
            }
            // the actor's own follow-up of its act (directors leaving under it) is told by the act as well
            if (first == null && line.causedBy() != null && actLines.containsKey(line.causedBy())
                    && lines.get(actLines.get(line.causedBy())).actor().equals(line.actor())) {
                first = actLines.get(line.causedBy());
            }
            if (first != null && lines.get(first).time().equals(line.time())
                    && (foldable(line) || toldBy(line, lines.get(first)))) {
                brief[i] = null;
                toldWith[i] = lines.get(first).seq();
            }
        }
    }

    /**
     * Whether a reported change says nothing its act's line does not: the act's line lists what carrying it out changes,
     * so only a change that touches a contested claim must be told on its own.
     */
    private static boolean toldBy(Narrator.Line change, Narrator.Line act) {
        return change.provenance().tier() == Tier.REPORTED && change.provenance().contested().isEmpty();
    }

    /**
     * Lines still told that follow one another at one moment, from one actor for one reason, become one line: the kind's
     * own wording for them together where it has one, else their texts in turn.
     */
    private static void group(List<Narrator.Line> lines, List<Recorded> told, Names names, String[] brief,
                              Long[] toldWith) {
        int i = 0;
        while (i < lines.size()) {
            if (brief[i] == null || !lines.get(i).text().equals(brief[i])) {
                i++;
                continue;
            }
            List<Integer> run = new ArrayList<>(List.of(i));
            int j = i + 1;
            while (j < lines.size() && (brief[j] == null || together(lines, told, i, j, brief))) {
                if (brief[j] != null) {
                    run.add(j);
                }
                j++;
            }
            if (run.size() > 1) {
                List<DomainEvent> events = run.stream().map(k -> told.get(k).event()).toList();
                ActorKind<?> kind = kindOf(told.get(i));
                String together = kind == null ? null : kind.tellTogether(events, names);
                if (together == null && sameAct(run, told)) {
                    together = String.join("; ", run.stream().map(k -> lines.get(k).text()).toList());
                }
                if (together != null) {
                    brief[i] = together;
                    for (int k : run.subList(1, run.size())) {
                        brief[k] = null;
                        toldWith[k] = lines.get(i).seq();
                    }
                }
            }
            i = j;
        }
    }

    /**
     * Reactions of several actors to one event at its moment (staff coming back, investors standing down, the letter
     * closing once a CEO returns) become one line; the reason they share is said once, first.
     */
    private static void reactions(List<Narrator.Line> lines, List<Recorded> told, String[] brief, Long[] toldWith) {
        Map<Long, Integer> bySeq = new HashMap<>();
        for (int k = 0; k < lines.size(); k++) {
            bySeq.put(lines.get(k).seq(), k);
        }
        int i = 0;
        while (i < lines.size()) {
            Narrator.Line a = lines.get(i);
            if (brief[i] == null || a.causedBy() == null || !foldable(a) || actOf(told.get(i)) != null
                    || standsAlone(told.get(i))) {
                i++;
                continue;
            }
            List<Integer> run = new ArrayList<>(List.of(i));
            int j = i + 1;
            while (j < lines.size() && a.time().equals(lines.get(j).time()) && (brief[j] == null
                    || a.causedBy().equals(lines.get(j).causedBy()) && foldable(lines.get(j))
                    && actOf(told.get(j)) == null && !standsAlone(told.get(j)))) {
                if (brief[j] != null) {
                    run.add(j);
                }
                j++;
            }
            Integer cause = bySeq.get(a.causedBy());
            if (cause != null && brief[cause] != null && lines.get(cause).time().equals(a.time())
                    && foldable(lines.get(cause)) && toldWith[cause] == null && actOf(told.get(cause)) == null) {
                // the reactions follow on in the line of what they react to, which says their reason already
                brief[cause] = brief[cause] + "; " + String.join("; ", heads(run.stream().map(k -> brief[k]).toList()));
                for (int k : run) {
                    brief[k] = null;
                    toldWith[k] = lines.get(cause).seq();
                }
            } else if (run.size() > 1) {
                brief[i] = joined(run.stream().map(k -> brief[k]).toList());
                for (int k : run.subList(1, run.size())) {
                    brief[k] = null;
                    toldWith[k] = a.seq();
                }
            }
            i = run.size() > 1 || cause != null ? j : i + 1;
        }
    }

    /** Texts "what: why" without the reason they share: "what; what (who); what, as demanded". */
    static List<String> heads(List<String> texts) {
        String joined = joined(texts);
        String all = String.join("; ", texts.stream().map(Brief::lowerFirst).toList());
        int colon = joined.indexOf(": ");
        boolean shared = !joined.equals(Character.toUpperCase(all.charAt(0)) + all.substring(1)) && colon > 0;
        return List.of(shared ? joined.substring(colon + 2) : all);
    }

    /** Texts "what: why" in one sentence: "why: what; what; what" when they share the reason, else each in turn. */
    static String joined(List<String> texts) {
        List<String> heads = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (String t : texts) {
            int colon = t.indexOf(": ");
            heads.add(colon < 0 ? t : t.substring(0, colon));
            reasons.add(colon < 0 ? "" : t.substring(colon + 2));
        }
        String common = reasons.get(0);
        for (String r : reasons) {
            int n = 0;
            while (n < common.length() && n < r.length() && common.charAt(n) == r.charAt(n)) {
                n++;
            }
            common = common.substring(0, n);
        }
        // the shared reason ends where a word ends in every text
        while (!common.isEmpty() && !endsAWord(reasons, common.length())) {
            common = common.substring(0, Math.max(0, common.lastIndexOf(' ')));
        }
        String reason = common.trim();
        if (reason.length() < 12) {
            String all = String.join("; ", texts.stream().map(Brief::lowerFirst).toList());
            return Character.toUpperCase(all.charAt(0)) + all.substring(1);
        }
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < texts.size(); k++) {
            parts.add(lowerFirst(heads.get(k)) + reasons.get(k).substring(common.length()));
        }
        return reason + ": " + String.join("; ", parts);
    }

    private static boolean endsAWord(List<String> texts, int at) {
        return texts.stream().allMatch(t -> t.length() == at || " ,(;".indexOf(t.charAt(at)) >= 0);
    }

    /** "The employees close ..." as it continues a sentence; a name or a number stays as it is. */
    private static String lowerFirst(String text) {
        return text.startsWith("The ") ? "the " + text.substring(4) : text;
    }

    /**
     * Whether line {@code j} may be told with line {@code i}: the same moment, actor kind, rule or cause, tier, and its
     * own text still; sources may differ, and the line that tells them all names each.
     */
    private static boolean together(List<Narrator.Line> lines, List<Recorded> told, int i, int j, String[] brief) {
        Narrator.Line a = lines.get(i);
        Narrator.Line b = lines.get(j);
        return a.time().equals(b.time()) && kindOf(told.get(i)) == kindOf(told.get(j)) && b.text().equals(brief[j])
                && Objects.equals(a.basis(), b.basis())
                && a.provenance().tier() == b.provenance().tier() && a.provenance().contested().isEmpty()
                && b.provenance().contested().isEmpty()
                && (a.type().equals(b.type()) || sameAct(List.of(i, j), told));
    }

    /** Whether the events all belong to one act: their texts may then be joined without losing what each says. */
    private static boolean sameAct(List<Integer> run, List<Recorded> told) {
        Set<String> acts = new HashSet<>();
        for (int k : run) {
            ActorKind<?> kind = kindOf(told.get(k));
            acts.add(kind == null ? null : kind.act(told.get(k).event()));
        }
        return acts.size() == 1 && !acts.contains(null);
    }
}
