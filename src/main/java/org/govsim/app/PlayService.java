package org.govsim.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.govsim.narrative.Narrator;
import org.govsim.scenario.DecisionPoint;
import org.govsim.scenario.InputException;
import org.govsim.scenario.ScenarioLoader;
import org.govsim.scenario.WhatIfFile;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.ScenarioPlan;
import org.govsim.simulation.SimulationEvents.DecisionTaken;
import org.govsim.simulation.SimulationEvents.PredictionRecorded;
import org.govsim.simulation.World;
import org.govsim.timeline.Forks;
import org.govsim.timeline.Replays;
import org.govsim.timeline.TimelineInfo;
import org.govsim.timeline.TimelineStore;

/**
 * Playing a case as one of its actors: from the stored history, each decision point of that role in turn. The choice
 * made at one forks the timeline there (the option is a what-if, recorded with the choice), and the actors play on to
 * the next; a decision whose moment never comes in the branch (its step was taken out or lapsed) does not arise.
 * Where a play stands derives from its branch's stream (the choices recorded in it), so a turn can be taken from any
 * adapter at any time: the command line takes them all at once, a web page one request each.
 */
public final class PlayService {

    /**
     * Asks for a choice when none was given, showing what happened since the last decision (times in {@code zone}):
     * the option's id, or null to stop (the choice is then missing).
     */
    public interface Chooser {
        String choose(Results.PlayStep decision, List<StoryLine> sinceLastDecision, String zone);

        /** Asks for a prediction, once, after the first choice: null (or an empty one) for none. */
        default Predictions.Prediction predict(Results.PlayStep decision) {
            return null;
        }
    }

    /**
     * A request: the case's scenario file, the role played (null: every decision), choices by decision id, a name for
     * the last branch, its owner (an adapter's token), and a prediction recorded with the first choice (may be null).
     */
    public record PlayRequest(Path scenario, String role, Map<String, String> choices, String name, String owner,
                              Predictions.Prediction prediction) {
    }

    /** A choice at a play's next decision: the branch to take it in, the option, a prediction, a name, an owner. */
    public record ChoiceRequest(Path scenario, String timeline, String role, String decision, String option,
                                Predictions.Prediction prediction, String name, String owner) {
    }

    private final TimelineStore store;
    private final TimelineService timelines;

    public PlayService(TimelineStore store) {
        this.store = store;
        this.timelines = new TimelineService(store);
    }

    /** What a play reads of a case's scenario file: read again only when the file changes (every turn asks). */
    private record CaseFile(FileTime modified, String id, List<DecisionPoint> decisions,
                            org.govsim.scenario.Debrief debrief) {
    }

    private final Map<Path, CaseFile> files = new ConcurrentHashMap<>();

    private CaseFile files(Path scenario) {
        Path key = scenario.toAbsolutePath().normalize();
        FileTime modified;
        try {
            modified = Files.getLastModifiedTime(key);
        } catch (IOException e) {
            ScenarioLoader.load(scenario);
            throw new UncheckedIOException(e);
        }
        CaseFile kept = files.get(key);
        if (kept != null && kept.modified().equals(modified)) {
            return kept;
        }
        // one reading for a class whose first requests all arrive at once, not one each
        synchronized (files) {
            kept = files.get(key);
            if (kept != null && kept.modified().equals(modified)) {
                return kept;
            }
            ScenarioPlan plan = ScenarioLoader.load(scenario);
            CaseFile read = new CaseFile(modified, plan.id(), ScenarioLoader.decisions(scenario),
                    ScenarioLoader.debrief(scenario));
            files.put(key, read);
            return read;
        }
    }

    /** The case's debrief: its questions, and its notes for the instructor. */
    public org.govsim.scenario.Debrief debrief(Path scenario) {
        return files(scenario).debrief();
    }

    /** The case's decision points for a role (null: all), in the order the scenario gives them. */
    public List<DecisionPoint> decisions(Path scenario, String role) {
        List<DecisionPoint> all = files(scenario).decisions();
        if (role != null && all.stream().noneMatch(d -> d.decides().equals(role))) {
            throw InputException.request("as", "no decision of the case is taken by '" + role + "'; the roles that "
                    + "decide are " + String.join(", ", all.stream().map(DecisionPoint::decides).distinct().toList()));
        }
        return role == null ? all : all.stream().filter(d -> d.decides().equals(role)).toList();
    }

    /**
     * The case's history as stored: the replay named after the scenario, else the first stored replay of it; replayed
     * and stored first when there is none.
     */
    public TimelineInfo history(Path scenario) {
        String id = files(scenario).id();
        return store.find(id)
                .filter(t -> !t.isBranch() && t.scenario().equals(id))
                .or(() -> store.list().stream().filter(t -> !t.isBranch() && t.scenario().equals(id)).findFirst())
                .orElseGet(() -> new Replays(store).replay(scenario, store.find(id).isPresent() ? null : id).timeline());
    }

    /**
     * Where a play stands in {@code timeline} (history, or a branch a play made): the role's next decision that arises
     * there, those passed over because they did not arise, and the story since the last choice; at the end, the
     * outcome beside history's, the prediction's score and the debrief.
     */
    public Results.Turn next(Path scenario, String timeline, String role) {
        // a stored timeline's events never change, so neither does where a play stands in it: a class opening the
        // case at once, or a page asking again after a choice, is answered from the first answer
        CaseFile file = files(scenario);
        List<DecisionPoint> decisions = decisions(scenario, role);
        // the case's history is replayed and stored on first use
        TimelineInfo history = history(scenario);
        TimelineInfo at = store.inTransaction(() -> new Replays(store).timeline(timeline));
        String key = scenario.toAbsolutePath().normalize() + "|" + file.modified() + "|" + role + "|" + at.id() + "|"
                + at.name() + "|" + history.id() + "|" + history.name();
        java.util.concurrent.CompletableFuture<Results.Turn> mine = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.CompletableFuture<Results.Turn> first;
        synchronized (turns) {
            first = turns.putIfAbsent(key, mine);
        }
        if (first != null) {
            // another request is telling the same turn, or has told it: its answer is this one's
            try {
                return first.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            Results.Turn turn = turn(scenario, role, position(timeline, decisions, history, at));
            mine.complete(turn);
            return turn;
        } catch (RuntimeException e) {
            // a failure is not kept: the next request tries again
            synchronized (turns) {
                turns.remove(key, mine);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private static final int TURNS_KEPT = 1024;

    private final Map<String, java.util.concurrent.CompletableFuture<Results.Turn>> turns =
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(
                        Map.Entry<String, java.util.concurrent.CompletableFuture<Results.Turn>> eldest) {
                    return size() > TURNS_KEPT;
                }
            };

    private Results.Turn turn(Path scenario, String role, Position p) {
        if (p.decision() != null) {
            return new Results.Turn(p.at().name(), p.history().name(), role, p.zone().getId(), p.taken().ids().isEmpty(),
                    step(p.decision(), null, null, null), p.skipped(),
                    story(p.at(), p.taken().lastFork(), p.upTo(), p.zone()), null);
        }
        return new Results.Turn(p.at().name(), p.history().name(), role, p.zone().getId(), p.taken().ids().isEmpty(),
                null, p.skipped(), story(p.at(), p.taken().lastFork(), Long.MAX_VALUE, p.zone()),
                ending(scenario, p.at(), p.history(), p.taken().firstFork(), p.zone()));
    }

    /**
     * Where a play stands, without its story: the timeline, the case's history, the choices taken, the next decision
     * (null at the end), the event it comes after, and those passed over.
     */
    private record Position(TimelineInfo at, TimelineInfo history, ZoneId zone, Taken taken, DecisionPoint decision,
                            long upTo, List<Results.PlayStep> skipped) {
    }

    private Position position(Path scenario, String timeline, String role) {
        List<DecisionPoint> decisions = decisions(scenario, role);
        TimelineInfo history = history(scenario);
        return position(timeline, decisions, history, store.inTransaction(() -> new Replays(store).timeline(timeline)));
    }

    /** Where a play stands, from the case's decisions and history already looked up (a turn's cache key needs them). */
    private Position position(String timeline, List<DecisionPoint> decisions, TimelineInfo history, TimelineInfo at) {
        if (!at.scenario().equals(history.scenario())) {
            throw InputException.request("timeline", "'" + timeline + "' is not a timeline of case '" + history.scenario()
                    + "'");
        }
        Taken taken = taken(at);
        ZoneId zone = store.inTransaction(() -> store.worldAt(at, 1).zone());
        int from = 0;
        for (int i = 0; i < decisions.size(); i++) {
            if (taken.ids().contains(decisions.get(i).id())) {
                from = i + 1;
            }
        }
        Forks forks = new Forks(store);
        List<Results.PlayStep> skipped = new ArrayList<>();
        for (DecisionPoint d : decisions.subList(from, decisions.size())) {
            Forks.Moment moment = forks.moment(at.name(), d.options().get(0).whatIf());
            if (moment.missing() != null) {
                skipped.add(step(d, null, null, "does not arise: " + moment.missing()));
                continue;
            }
            if (moment.seq() != null && moment.seq() < taken.lastFork()) {
                // forking before the last choice would drop it from the branch
                throw d.error("decision '" + d.id() + "' comes before the one taken last; give the scenario's "
                        + "decisions in time order");
            }
            // the story up to the decision: the branch has run on past it, but the player has not seen that yet
            long upTo = moment.seq() != null ? moment.seq()
                    : store.inTransaction(() -> store.seqAtTime(at, d.forkPoint(zone).time()));
            return new Position(at, history, zone, taken, d, upTo, skipped);
        }
        return new Position(at, history, zone, taken, null, Long.MAX_VALUE, skipped);
    }

    /**
     * Takes the play's next decision in {@code timeline}: forks it there with the option (recording the choice, and the
     * prediction when this is the play's first choice) and says where the new branch stands.
     */
    public Results.Turn choose(ChoiceRequest request) {
        Position p = position(request.scenario(), request.timeline(), request.role());
        if (p.decision() == null) {
            throw InputException.request("decision", "the play in '" + request.timeline() + "' has no decision left"
                    + (request.role() == null ? "" : " for " + request.role()));
        }
        if (!p.decision().id().equals(request.decision())) {
            throw InputException.request("decision", "the next decision in '" + request.timeline() + "' is '"
                    + p.decision().id() + "', not '" + request.decision() + "'");
        }
        DecisionPoint d = p.decision();
        WhatIfFile whatIf = d.option(request.option(), "option").whatIf();
        Predictions.Prediction prediction = request.prediction();
        TimelineInfo at = p.at();
        if (prediction != null && !prediction.isEmpty()) {
            if (!p.taken().ids().isEmpty()) {
                throw InputException.request("predict", "a prediction is made with the play's first choice");
            }
            // the world where the decision is taken: just before the step, or at the time
            World world = store.inTransaction(() -> store.worldAt(at, p.upTo()));
            whatIf = whatIf.recording(Predictions.event(d.decides(), prediction, world));
        }
        if (request.name() != null) {
            TimelineInfo.checkName("name", request.name());
        }
        // without a name the fork takes the first free one after the parent and the option, even when many choose at once
        Results.Fork fork = timelines.fork(new TimelineService.ForkRequest(at.name(), null, null, null, request.name(),
                false, false, request.owner()), whatIf);
        return next(request.scenario(), fork.timeline(), request.role());
    }

    /** A whole play at once: each decision chosen from {@code choices}, or by {@code chooser} when not given there. */
    public Results.Play play(PlayRequest request, Chooser chooser) {
        List<DecisionPoint> decisions = decisions(request.scenario(), request.role());
        for (String id : request.choices().keySet()) {
            if (decisions.stream().noneMatch(d -> d.id().equals(id))) {
                throw InputException.request("choose", "no decision '" + id + "'" + (request.role() == null ? ""
                        : " of " + request.role()) + "; the decisions are "
                        + String.join(", ", decisions.stream().map(DecisionPoint::id).toList()));
            }
        }
        for (DecisionPoint d : decisions) {
            String chosen = request.choices().get(d.id());
            if (chosen != null) {
                d.option(chosen, "choose");
            }
        }
        if (request.name() != null) {
            TimelineInfo.checkName("name", request.name());
            if (store.find(request.name()).isPresent()) {
                throw TimelineInfo.nameTaken("name", request.name());
            }
        }
        TimelineInfo history = history(request.scenario());
        String base = request.name() != null ? request.name()
                : store.freeName(history.name() + "-as-" + (request.role() == null ? "all" : request.role()
                .replace(':', '-')));
        List<Results.PlayStep> steps = new ArrayList<>();
        Results.Turn turn = next(request.scenario(), history.name(), request.role());
        int taken = 0;
        while (true) {
            steps.addAll(turn.skipped());
            if (turn.decision() == null) {
                break;
            }
            Results.PlayStep asked = turn.decision();
            String chosen = request.choices().get(asked.decision());
            if (chosen == null && chooser != null) {
                chosen = chooser.choose(asked, turn.story(), turn.zone());
            }
            if (chosen == null) {
                throw InputException.request("choose", "decision '" + asked.decision() + "' needs a choice: --choose "
                        + asked.decision() + "=OPTION, one of " + String.join(", ",
                        asked.options().stream().map(Results.PlayOption::id).toList()));
            }
            String option = chosen;
            if (asked.options().stream().noneMatch(o -> o.id().equals(option))) {
                decisions.stream().filter(d -> d.id().equals(asked.decision())).findFirst().orElseThrow()
                        .option(option, "choose");
            }
            Predictions.Prediction prediction = null;
            if (taken == 0) {
                prediction = request.prediction();
                if ((prediction == null || prediction.isEmpty()) && chooser != null) {
                    prediction = chooser.predict(asked);
                }
            }
            String name = store.freeName(base + "-" + (++taken));
            turn = choose(new ChoiceRequest(request.scenario(), turn.timeline(), request.role(), asked.decision(),
                    option, prediction, name, request.owner()));
            String label = asked.options().stream().filter(o -> o.id().equals(option)).findFirst().orElseThrow().label();
            steps.add(new Results.PlayStep(asked.decision(), asked.decides(), asked.question(), asked.options(), option,
                    label, turn.timeline(), asked.history(), null));
        }
        String last = turn.timeline();
        if (taken > 0) {
            // the branch of the last choice is the play's own: it takes the name asked for (the others keep a number)
            String own = timelines.rename(last, base).name();
            for (int k = 0; k < steps.size(); k++) {
                Results.PlayStep s = steps.get(k);
                if (last.equals(s.branch())) {
                    steps.set(k, new Results.PlayStep(s.decision(), s.decides(), s.question(), s.options(), s.chosen(),
                            s.chosenLabel(), own, s.history(), s.skipped()));
                }
            }
            last = own;
        }
        Results.Turn end = next(request.scenario(), last, request.role());
        return new Results.Play(request.scenario().toString(), request.role(), history.name(), last, end.zone(), steps,
                end.story(), end.ending());
    }

    /** The decisions taken in a timeline's lineage, and the fork points of the first and the last. */
    private record Taken(Set<String> ids, long firstFork, long lastFork) {
    }

    private Taken taken(TimelineInfo timeline) {
        return store.inTransaction(() -> {
            Set<String> ids = new HashSet<>();
            long first = 0;
            long last = 0;
            for (Recorded r : store.events(timeline)) {
                if (r.event() instanceof DecisionTaken d) {
                    ids.add(d.decision());
                    // the choice is the first event of its branch: the fork point is the event before it
                    first = first == 0 ? r.seq() - 1 : first;
                    last = r.seq() - 1;
                }
            }
            return new Taken(ids, first, last);
        });
    }

    private static Results.PlayStep step(DecisionPoint d, String chosen, String branch, String skipped) {
        List<Results.PlayOption> options = d.options().stream().map(o -> new Results.PlayOption(o.id(), o.label()))
                .toList();
        String label = chosen == null ? null : d.option(chosen, "option").label();
        return new Results.PlayStep(d.id(), d.decides(), d.question(), options, chosen, label, branch, d.history(),
                skipped);
    }

    /** How a play ended: the outcome beside history's, the prediction's score, the debrief. */
    private Results.Ending ending(Path scenario, TimelineInfo branch, TimelineInfo history, long firstFork, ZoneId zone) {
        World atEnd = store.inTransaction(() -> store.worldAt(branch, branch.events()));
        World historyEnd = store.inTransaction(() -> store.worldAt(history, history.events()));
        return new Results.Ending(Results.Outcome.of(atEnd), Results.Outcome.of(historyEnd),
                scored(branch, atEnd, historyEnd, zone), debrief(scenario, branch, firstFork == 0 ? null : firstFork));
    }

    /** The branch's prediction, if it holds one, scored against its end and against history's. */
    private Results.PredictionScore scored(TimelineInfo branch, World branchEnd, World historyEnd, ZoneId zone) {
        return store.inTransaction(() -> {
            for (Recorded r : store.events(branch)) {
                if (r.event() instanceof PredictionRecorded p) {
                    World at = store.worldAt(branch, r.seq());
                    return new Results.PredictionScore(Times.iso(r.time(), zone), Predictions.score(p, at, branchEnd),
                            Predictions.score(p, at, historyEnd));
                }
            }
            return null;
        });
    }

    /**
     * The debrief of a played branch: the case's questions and notes, the causes of the branch's last change of CEO
     * after the first choice (or of its last act of the board when the CEO never changed), and the directors' voting
     * power at the first choice and at the end.
     */
    private Results.Debrief debrief(Path scenario, TimelineInfo branch, Long firstFork) {
        org.govsim.scenario.Debrief d = files(scenario).debrief();
        if (firstFork == null) {
            return new Results.Debrief(d.questions(), d.notes(), null, null, null);
        }
        Long decisive = store.inTransaction(() -> {
            Long ceo = null;
            Long act = null;
            for (Recorded r : store.events(branch, firstFork + 1, Long.MAX_VALUE)) {
                String type = r.event().getClass().getSimpleName();
                if (type.equals("CeoAppointed") || type.equals("CeoRemoved")) {
                    ceo = r.seq();
                } else if (type.equals("MotionCarried")) {
                    act = r.seq();
                }
            }
            return ceo != null ? ceo : act;
        });
        return new Results.Debrief(d.questions(), d.notes(),
                decisive == null ? null : timelines.why(branch.name(), decisive),
                timelines.power(branch.name(), firstFork, null), timelines.power(branch.name(), null, null));
    }

    /** The story of a timeline after event {@code since}, up to and including event {@code upTo}. */
    private List<StoryLine> story(TimelineInfo timeline, long since, long upTo, ZoneId zone) {
        return store.inTransaction(() -> {
            List<Recorded> events = store.events(timeline);
            // told only up to the decision at hand: the short story of a stretch must not depend on what follows it
            // (a later count nearer a reported one would fold a line the player is shown now), and it costs less
            List<Recorded> told = upTo < events.size() ? events.subList(0, (int) upTo) : events;
            List<Narrator.Line> lines = Narrator.tell(told).stream()
                    .filter(l -> l.seq() > since && l.seq() <= upTo).toList();
            return StoryLine.of(lines, zone);
        });
    }
}
