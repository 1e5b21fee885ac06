package org.govsim.app;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.govsim.narrative.Narrator;
import org.govsim.scenario.DecisionPoint;
import org.govsim.scenario.InputException;
import org.govsim.scenario.ScenarioLoader;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.ScenarioPlan;
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

    private final TimelineStore store;
    private final TimelineService timelines;

    public PlayService(TimelineStore store) {
        this.store = store;
        this.timelines = new TimelineService(store);
    }

    /** The case's decision points for a role (null: all), in the order the scenario gives them. */
    public List<DecisionPoint> decisions(Path scenario, String role) {
        List<DecisionPoint> all = ScenarioLoader.decisions(scenario);
        if (role != null && all.stream().noneMatch(d -> d.decides().equals(role))) {
            throw InputException.request("as", "no decision of the case is taken by '" + role + "'; the roles that "
                    + "decide are " + String.join(", ", all.stream().map(DecisionPoint::decides).distinct().toList()));
        }
        return role == null ? all : all.stream().filter(d -> d.decides().equals(role)).toList();
    }

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
        TimelineInfo history = history(request.scenario());
        ZoneId zone = store.inTransaction(() -> store.worldAt(history, 1).zone());
        String base = request.name() != null ? request.name()
                : store.freeName(history.name() + "-as-" + (request.role() == null ? "all" : request.role()
                .replace(':', '-')));
        if (request.name() != null) {
            TimelineInfo.checkName("name", request.name());
            if (store.find(request.name()).isPresent()) {
                throw TimelineInfo.nameTaken("name", request.name());
            }
        }
        String current = history.name();
        long since = 0;
        Long firstFork = null;
        List<Results.PlayStep> steps = new ArrayList<>();
        Forks forks = new Forks(store);
        int taken = 0;
        for (DecisionPoint d : decisions) {
            List<Results.PlayOption> options = d.options().stream()
                    .map(o -> new Results.PlayOption(o.id(), o.label())).toList();
            Forks.Moment moment = forks.moment(current, d.options().get(0).whatIf());
            if (moment.missing() != null) {
                steps.add(new Results.PlayStep(d.id(), d.decides(), d.question(), null, options, null, null, null,
                        d.history(), "does not arise: " + moment.missing()));
                continue;
            }
            if (moment.seq() != null && moment.seq() < since) {
                // forking before the last choice would drop it from the branch
                throw d.error("decision '" + d.id() + "' comes before the one taken last; give the scenario's "
                        + "decisions in time order");
            }
            Results.PlayStep asked = new Results.PlayStep(d.id(), d.decides(), d.question(), null, options, null,
                    null, null, d.history(), null);
            String chosen = request.choices().get(d.id());
            if (chosen == null && chooser != null) {
                chosen = chooser.choose(asked, storySince(current, since, zone), zone.getId());
            }
            if (chosen == null) {
                throw InputException.request("choose", "decision '" + d.id() + "' needs a choice: --choose " + d.id()
                        + "=OPTION, one of " + String.join(", ", options.stream().map(Results.PlayOption::id).toList()));
            }
            DecisionPoint.Option option = d.option(chosen, "choose");
            org.govsim.scenario.WhatIfFile whatIf = option.whatIf();
            if (taken == 0) {
                Predictions.Prediction prediction = request.prediction();
                if ((prediction == null || prediction.isEmpty()) && chooser != null) {
                    prediction = chooser.predict(asked);
                }
                if (prediction != null && !prediction.isEmpty()) {
                    String from = current;
                    World at = store.inTransaction(() -> {
                        TimelineInfo t = new Replays(store).timeline(from);
                        return store.worldAt(t, moment.seq() != null ? moment.seq()
                                : store.seqAtTime(t, d.forkPoint(zone).time()));
                    });
                    whatIf = whatIf.recording(Predictions.event(d.decides(), prediction, at));
                }
            }
            String name = store.freeName(base + "-" + (++taken));
            Results.Fork fork = timelines.fork(new TimelineService.ForkRequest(current, null, null, null, name, false,
                    false, request.owner()), whatIf);
            steps.add(new Results.PlayStep(d.id(), d.decides(), d.question(), fork.forkTime(), options, option.id(),
                    option.label(), fork.timeline(), d.history(), null));
            current = fork.timeline();
            since = fork.forkSeq();
            firstFork = firstFork == null ? fork.forkSeq() : firstFork;
        }
        if (taken > 0) {
            // the branch of the last choice is the play's own: it takes the name asked for (the others keep a number)
            String own = timelines.rename(current, base).name();
            for (int k = 0; k < steps.size(); k++) {
                Results.PlayStep s = steps.get(k);
                if (current.equals(s.branch())) {
                    steps.set(k, new Results.PlayStep(s.decision(), s.decides(), s.question(), s.time(), s.options(),
                            s.chosen(), s.chosenLabel(), own, s.history(), s.skipped()));
                }
            }
            current = own;
        }
        String last = current;
        TimelineInfo end = store.inTransaction(() -> new Replays(store).timeline(last));
        World atEnd = store.inTransaction(() -> store.worldAt(end, end.events()));
        World historyEnd = store.inTransaction(() -> store.worldAt(history, history.events()));
        return new Results.Play(request.scenario().toString(), request.role(), history.name(), end.name(), zone.getId(),
                steps, storySince(end.name(), since, zone), Results.Outcome.of(atEnd), Results.Outcome.of(historyEnd),
                scored(end, history, atEnd, historyEnd, zone), debrief(request.scenario(), end, firstFork));
    }

    /** The branch's prediction, if it holds one, scored against its end and against history's. */
    private Results.PredictionScore scored(TimelineInfo branch, TimelineInfo history, World branchEnd, World historyEnd,
                                           ZoneId zone) {
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
        org.govsim.scenario.Debrief d = ScenarioLoader.debrief(scenario);
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

    /** The story of a timeline after event {@code since}. */
    private List<StoryLine> storySince(String timeline, long since, ZoneId zone) {
        return store.inTransaction(() -> {
            TimelineInfo t = new Replays(store).timeline(timeline);
            List<Recorded> events = store.events(t);
            List<Narrator.Line> lines = Narrator.tell(events).stream().filter(l -> l.seq() > since).toList();
            return StoryLine.of(lines, zone);
        });
    }

    /** The case's history as stored: the timeline named after the scenario, replayed and stored first if need be. */
    private TimelineInfo history(Path scenario) {
        ScenarioPlan plan = ScenarioLoader.load(scenario);
        return store.find(plan.id())
                .filter(t -> !t.isBranch() && t.scenario().equals(plan.id()))
                .orElseGet(() -> new Replays(store).replay(scenario, store.find(plan.id()).isPresent() ? null : plan.id())
                        .timeline());
    }
}
