package org.govsim.app;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.govsim.consistency.ContradictionChecker;
import org.govsim.narrative.Narrator;
import org.govsim.provenance.Provenance;
import org.govsim.scenario.InputException;
import org.govsim.scenario.WhatIfFile;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.Reports;
import org.govsim.simulation.SimulationEvents.SimulationStarted;
import org.govsim.simulation.World;
import org.govsim.timeline.Codec;
import org.govsim.timeline.Diff;
import org.govsim.timeline.Forks;
import org.govsim.timeline.Imports;
import org.govsim.timeline.Replays;
import org.govsim.timeline.StateView;
import org.govsim.timeline.TimelineInfo;
import org.govsim.timeline.TimelineStore;
import org.govsim.timeline.UnknownTimeline;
import org.govsim.workforce.WorkforceEvents.LetterSigned;

/**
 * The use cases on stored timelines, for every adapter: replay a scenario, list, read the state, the story and the
 * events of a timeline, fork it, compare two, and ask why an event happened. One instance serves many requests over one
 * store; each call is one use case, read or written in one transaction.
 */
public final class TimelineService {

    private final TimelineStore store;
    private final Replays replays;

    public TimelineService(TimelineStore store) {
        this.store = store;
        this.replays = new Replays(store);
    }

    /** Runs a scenario file, stores it as a timeline (named {@code name}, or after the scenario) and tells its story. */
    public Results.Replay replay(Path scenario, String name) {
        Replays.Replay replay = replays.replay(scenario, name);
        List<Recorded> events = replay.events();
        ZoneId zone = Narrator.zone(events);
        World end = new World();
        events.forEach(end::apply);
        return new Results.Replay(replay.timeline().name(), replay.timeline().title(), zone.getId(), events.size(),
                StoryLine.of(Narrator.tell(events), zone), compare(events, zone), tiers(events), Results.Outcome.of(end));
    }

    /** The stored timelines, parents before their branches. */
    public List<Results.Timeline> timelines() {
        return store.inTransaction(() -> {
            List<Results.Timeline> out = new ArrayList<>();
            for (TimelineInfo t : replays.list()) {
                out.add(summary(t));
            }
            return out;
        });
    }

    static Results.Timeline summary(TimelineInfo t) {
        return new Results.Timeline(t.id(), t.name(), t.scenario(), t.title(), t.seed(), t.events(), t.parentName(),
                t.isBranch() ? t.forkSeq() : null, t.forkTime() == null ? null : t.forkTime().toString(), t.whatIf(),
                t.readOnly(), t.createdAt().toString());
    }

    /** Every actor after event {@code at}, or after the last event at or before {@code atTime}, or at the end. */
    public Results.State state(String timeline, Long at, String atTime) {
        return store.inTransaction(() -> {
            if (at != null && atTime != null) {
                throw InputException.request("at", "give an event or a time, not both");
            }
            TimelineInfo info = replays.timeline(timeline);
            long seq;
            if (atTime != null) {
                Instant time = Times.parse(atTime, zoneOf(info), "atTime");
                seq = store.seqAtTime(info, time);
                if (seq == 0) {
                    throw InputException.request("atTime", "the timeline begins after " + time);
                }
            } else if (at != null) {
                if (at < 1 || at > info.events()) {
                    throw InputException.request("at", "timeline '" + info.name() + "' has events 1 to "
                            + info.events() + "; " + at + " is outside");
                }
                seq = at;
            } else {
                seq = info.events();
            }
            // stored events never change, so neither does the state after one: kept by the timeline's id
            String key = info.id() + "@" + seq;
            synchronized (statesByEvent) {
                Results.State kept = statesByEvent.get(key);
                if (kept != null && !kept.timeline().equals(info.name())) {
                    kept = renamed(kept, info.name());
                    statesByEvent.put(key, kept);
                }
                if (kept != null) {
                    return kept;
                }
            }
            World world = store.worldAt(info, seq);
            Results.State state = new Results.State(info.name(), world.seq(), Times.iso(world.now(), world.zone()),
                    world.zone().getId(), StateView.of(store.model(), world), store.model().summarise(world));
            synchronized (statesByEvent) {
                statesByEvent.put(key, state);
            }
            return state;
        });
    }

    private static Results.State renamed(Results.State s, String name) {
        return new Results.State(name, s.seq(), s.time(), s.zone(), s.state(), s.summary());
    }

    private static final int STATES_KEPT = 4096;
    private final Map<String, Results.State> statesByEvent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Results.State> eldest) {
            return size() > STATES_KEPT;
        }
    };

    /** A stored timeline's whole story. */
    public Results.Story story(String timeline) {
        return story(StoryQuery.whole(timeline));
    }

    /**
     * Which lines of a timeline's story to tell: those at or after {@code from} and at or before {@code to} (times in
     * the case's zone unless they carry an offset), of one actor (its aggregate id: board, ceo, workforce, an
     * investor's id), of one provenance tier. Null filters let everything through.
     */
    public record StoryQuery(String timeline, String from, String to, String actor, String tier) {
        /** The tiers a query may name, by label, from the most trusted. */
        public static final List<String> TIERS = java.util.Arrays.stream(org.govsim.provenance.Tier.values())
                .map(org.govsim.provenance.Tier::label).toList();

        public static StoryQuery whole(String timeline) {
            return new StoryQuery(timeline, null, null, null, null);
        }
    }

    /**
     * A stored timeline's story as the query filters it. The reported figures are those within the times asked; the
     * events per tier stay those of the whole timeline. A line the short story folds into one the filters leave out is
     * told on its own, so that filtering never hides what it selects.
     */
    public Results.Story story(StoryQuery q) {
        checkTier(q.tier());
        return store.inTransaction(() -> {
            TimelineInfo info = replays.timeline(q.timeline());
            List<Recorded> events = replays.events(info);
            ZoneId zone = Narrator.zone(events);
            Instant from = q.from() == null ? null : Times.parse(q.from(), zone, "from");
            Instant to = q.to() == null ? null : Times.parse(q.to(), zone, "to");
            if (from != null && to != null && to.isBefore(from)) {
                throw InputException.request("to", "'" + q.to() + "' is before the start asked, '" + q.from() + "'");
            }
            if (q.actor() != null) {
                List<String> actors = events.stream().map(Recorded::aggregate).distinct().sorted().toList();
                if (!actors.contains(q.actor())) {
                    throw InputException.request("actor", "timeline '" + info.name() + "' has no actor '" + q.actor()
                            + "'; its actors are " + String.join(", ", actors));
                }
            }
            List<StoryLine> lines = StoryLine.of(Narrator.tell(events), zone);
            List<Results.Checkpoint> checkpoints = compare(events, zone).stream()
                    .filter(c -> within(c.at(), from, to)).toList();
            return new Results.Story(info.name(), info.title(), zone.getId(), selected(lines, q, from, to), checkpoints,
                    tiers(events));
        });
    }

    private static List<StoryLine> selected(List<StoryLine> lines, StoryQuery q, Instant from, Instant to) {
        List<StoryLine> kept = lines.stream()
                .filter(l -> q.actor() == null || q.actor().equals(l.actor()))
                .filter(l -> q.tier() == null || q.tier().equals(l.tier()))
                .filter(l -> within(l.time(), from, to))
                .toList();
        if (kept.size() == lines.size()) {
            return lines;
        }
        java.util.Set<Long> keptSeqs = new java.util.HashSet<>();
        kept.forEach(l -> keptSeqs.add(l.seq()));
        return kept.stream().map(l -> l.toldWith() != null && !keptSeqs.contains(l.toldWith())
                ? new StoryLine(l.seq(), l.time(), l.actor(), l.text(), l.basis(), l.source(), l.causedBy(), l.type(),
                l.tier(), l.provenance(), l.contested(), l.text(), null)
                : l).toList();
    }

    private static boolean within(String isoTime, Instant from, Instant to) {
        Instant t = java.time.OffsetDateTime.parse(isoTime).toInstant();
        return (from == null || !t.isBefore(from)) && (to == null || !t.isAfter(to));
    }

    /** A tier a request names must be one of the provenance tiers, by label. */
    private static void checkTier(String tier) {
        if (tier != null && !StoryQuery.TIERS.contains(tier)) {
            throw InputException.request("tier", "no provenance tier '" + tier + "'; the tiers are "
                    + String.join(", ", StoryQuery.TIERS));
        }
    }

    /** Every stored event of a timeline, its parents' shared prefix included. */
    public List<Results.ExportedEvent> export(String timeline) {
        return store.inTransaction(() -> export(replays.timeline(timeline)));
    }

    private List<Results.ExportedEvent> export(TimelineInfo info) {
        return store.inTransaction(() -> {
            List<Recorded> events = replays.events(info);
            ZoneId zone = Narrator.zone(events);
            List<Results.ExportedEvent> out = new ArrayList<>(events.size());
            Provenance.Reader provenance = new Provenance.Reader(null);
            for (Recorded r : events) {
                Provenance p = provenance.next(r);
                out.add(new Results.ExportedEvent(r.seq(), Times.iso(r.time(), zone), r.aggregate(), r.type(),
                        Codec.revisionOf(r.event().getClass()), r.event(), r.cause(), r.source(), r.action(),
                        p.tier().label(), p.detail(), p.contested()));
            }
            return out;
        });
    }

    /**
     * A fork request: the parent, where to fork (an event, a time, or the what-if's forkAt), the what-if, a name,
     * whether to check the what-if's expectations against the branch's outcome, and who owns the branch (an adapter's
     * opaque token; null for the command line's).
     */
    public record ForkRequest(String parent, Long at, String atTime, Path whatIf, String name, boolean dryRun,
                              boolean check, String owner) {
        public ForkRequest(String parent, Long at, String atTime, Path whatIf, String name, boolean dryRun) {
            this(parent, at, atTime, whatIf, name, dryRun, false);
        }

        public ForkRequest(String parent, Long at, String atTime, Path whatIf, String name, boolean dryRun,
                           boolean check) {
            this(parent, at, atTime, whatIf, name, dryRun, check, null);
        }
    }

    /** Branches a timeline, applies the what-if and lets the actors play on; stored unless a dry run. */
    public Results.Fork fork(ForkRequest request) {
        if (request.check() && request.whatIf() == null) {
            throw InputException.request("check", "a check needs a what-if with an expect block");
        }
        return fork(request, request.whatIf() == null ? null : WhatIfFile.load(request.whatIf()));
    }

    /** The same with the what-if already read (the web app reads it from a request's body); {@code file} may be null. */
    public Results.Fork fork(ForkRequest request, WhatIfFile file) {
        if (request.check() && file == null) {
            throw InputException.request("check", "a check needs a what-if with an expect block");
        }
        if (request.check() && file.expectations().isEmpty()) {
            throw new InputException(file.file(), 0, "expect", "the what-if has no expect block to check");
        }
        TimelineInfo parent = replays.timeline(request.parent());
        ZoneId zone = zoneOf(parent);
        Instant atTime = request.atTime() == null ? null : Times.parse(request.atTime(), zone, "atTime");
        if (request.check()) {
            Expectations.validate(file, zone);
        }
        Forks.Branch branch = new Forks(store).fork(request.parent(), request.at(), atTime, file, request.name(),
                request.dryRun(), request.owner());
        Results.Outcome outcome = Results.Outcome.of(branch.end());
        Results.Check check = null;
        if (request.check()) {
            Results.Outcome before = store.inTransaction(() -> Results.Outcome.of(fold(replays.events(parent))));
            check = Expectations.check(file, outcome, before, zone);
        }
        return new Results.Fork(branch.timeline().name(), branch.stored(), branch.timeline().parentName(), branch.forkSeq(),
                Times.iso(branch.forkTime(), zone), file == null ? null : file.name(), file == null ? null : file.question(),
                file == null ? List.of() : file.thingsToNotice(), branch.note(), branch.timeline().events(), zone.getId(), outcome, StoryLine.of(branch.story(), zone), check);
    }

    /** How a stored timeline ended. */
    public Results.Outcome outcome(String timeline) {
        return store.inTransaction(() -> Results.Outcome.of(fold(replays.events(replays.timeline(timeline)))));
    }

    /** The letter's signatures after each change in a stored timeline, its shared prefix included, in order. */
    public List<Signatures> signatures(String timeline) {
        return store.inTransaction(() -> {
            TimelineInfo info = replays.timeline(timeline);
            List<Recorded> events = replays.events(info);
            ZoneId zone = Narrator.zone(events);
            List<Signatures> out = new ArrayList<>();
            for (Recorded r : events) {
                if (r.event() instanceof LetterSigned s) {
                    out.add(new Signatures(r.seq(), Times.iso(r.time(), zone), s.signatures()));
                }
            }
            return out;
        });
    }

    /** The letter's count after event {@code seq}, at {@code time}. */
    public record Signatures(long seq, String time, int count) {
    }

    private static World fold(List<Recorded> events) {
        World w = new World();
        events.forEach(w::apply);
        return w;
    }

    /** Who owns a stored timeline (null: history, or a branch of the command line's), by its name or id. */
    public Optional<String> ownerOf(String nameOrId) {
        return store.find(nameOrId).or(() -> store.findById(nameOrId)).map(t -> t.owner() == null ? "" : t.owner());
    }

    /** Each stored timeline's owner by its name ("" for none). */
    public Map<String, String> owners() {
        Map<String, String> out = new LinkedHashMap<>();
        store.list().forEach(t -> out.put(t.name(), t.owner() == null ? "" : t.owner()));
        return out;
    }

    /** A stored timeline by its name or id, if there is one. */
    public Optional<Results.Timeline> find(String nameOrId) {
        return store.find(nameOrId).or(() -> store.findById(nameOrId)).map(TimelineService::summary);
    }

    /** Every stored timeline as a tree: the roots (history) in the store's order, each with its branches. */
    public List<Results.Node> tree() {
        List<Results.Timeline> all = timelines();
        Map<String, List<Results.Timeline>> children = new LinkedHashMap<>();
        for (Results.Timeline t : all) {
            if (t.parent() != null) {
                children.computeIfAbsent(t.parent(), p -> new ArrayList<>()).add(t);
            }
        }
        return all.stream().filter(t -> t.parent() == null).map(t -> node(t, children)).toList();
    }

    private static Results.Node node(Results.Timeline t, Map<String, List<Results.Timeline>> children) {
        return new Results.Node(t, children.getOrDefault(t.name(), List.of()).stream().map(c -> node(c, children)).toList());
    }

    /**
     * Which events of a timeline to show: those of an actor (its aggregate id), of a type, of a provenance tier, at or
     * after {@code from} and at or before {@code to} (times in the case's zone unless they carry an offset); a page of
     * at most {@code limit} of them from {@code offset}. Null filters let everything through.
     */
    public record EventQuery(String timeline, long offset, int limit, String actor, String type, String tier, String from,
                             String to) {
        public static final int MAX_LIMIT = 500;
    }

    /** A page of a timeline's events with their provenance, filtered as asked. */
    public Results.EventPage events(EventQuery q) {
        if (q.limit() < 1 || q.limit() > EventQuery.MAX_LIMIT) {
            throw InputException.request("limit", "a page holds 1 to " + EventQuery.MAX_LIMIT + " events; " + q.limit()
                    + " asked");
        }
        if (q.offset() < 0) {
            throw InputException.request("offset", "the offset is 0 or more; " + q.offset() + " asked");
        }
        checkTier(q.tier());
        TimelineInfo info = store.inTransaction(() -> replays.timeline(q.timeline()));
        // a page never changes either: the same object each time, by the timeline's id and name and the query's terms
        String key = info.id() + "\n" + info.name() + "\n" + q.offset() + "\n" + q.limit() + "\n" + q.actor() + "\n"
                + q.type() + "\n" + q.tier() + "\n" + q.from() + "\n" + q.to();
        synchronized (pages) {
            Results.EventPage kept = pages.get(key);
            if (kept != null) {
                return kept;
            }
        }
        Results.EventPage page = page(info, q);
        synchronized (pages) {
            pages.put(key, page);
        }
        return page;
    }

    private static final int PAGES_KEPT = 1024;
    private final Map<String, Results.EventPage> pages = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Results.EventPage> eldest) {
            return size() > PAGES_KEPT;
        }
    };

    private Results.EventPage page(TimelineInfo info, EventQuery q) {
        List<Results.ExportedEvent> all = exported(info);
        ZoneId zone = zoneOf(info);
        Instant from = q.from() == null ? null : Times.parse(q.from(), zone, "from");
        Instant to = q.to() == null ? null : Times.parse(q.to(), zone, "to");
        List<Results.ExportedEvent> kept = all.stream()
                .filter(e -> q.actor() == null || q.actor().equals(e.aggregate()))
                .filter(e -> q.type() == null || q.type().equals(e.type()))
                .filter(e -> q.tier() == null || q.tier().equals(e.tier()))
                .filter(e -> from == null || !java.time.OffsetDateTime.parse(e.time()).toInstant().isBefore(from))
                .filter(e -> to == null || !java.time.OffsetDateTime.parse(e.time()).toInstant().isAfter(to))
                .toList();
        int start = (int) Math.min(q.offset(), kept.size());
        int end = Math.min(kept.size(), start + q.limit());
        return new Results.EventPage(info.name(), zone.getId(), kept.size(), q.offset(), q.limit(),
                List.copyOf(kept.subList(start, end)));
    }

    /** A timeline's events as exported, kept for the timelines read most recently: stored events never change. */
    private List<Results.ExportedEvent> exported(TimelineInfo info) {
        synchronized (exportedById) {
            List<Results.ExportedEvent> cached = exportedById.get(info.id());
            if (cached != null) {
                return cached;
            }
        }
        List<Results.ExportedEvent> events = List.copyOf(export(info));
        synchronized (exportedById) {
            exportedById.put(info.id(), events);
        }
        return events;
    }

    private static final int EXPORTS_KEPT = 16;
    private final Map<String, List<Results.ExportedEvent>> exportedById = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Results.ExportedEvent>> eldest) {
            return size() > EXPORTS_KEPT;
        }
    };

    /** Each director's voting power for a motion at a meeting of the directors in office after an event. */
    @SuppressWarnings("unchecked")
    public Results.Power power(String timeline, Long at, String atTime) {
        Results.State state = state(timeline, at, atTime);
        Map<String, Object> board = (Map<String, Object>) state.state().get("board");
        List<Results.DirectorPower> directors = new ArrayList<>();
        for (Map<String, Object> d : (List<Map<String, Object>>) board.get("directors")) {
            directors.add(new Results.DirectorPower((String) d.get("person"), (String) d.get("name"),
                    (Double) d.get("banzhaf"), (Double) d.get("shapleyShubik")));
        }
        return new Results.Power(state.timeline(), state.seq(), state.time(), state.zone(),
                (String) board.get("votingPower"), directors);
    }

    /** Two timelines side by side. */
    public Results.Diff diff(String a, String b) {
        return store.inTransaction(() -> {
            // each named as its own argument, so that the message says which of the two is unknown
            TimelineInfo infoA = timeline(a, "a");
            TimelineInfo infoB = timeline(b, "b");
            Diff d = Diff.of(store, infoA, infoB);
            ZoneId zone = zoneOf(d.a());
            Map<String, Results.Sides<String>> table = new LinkedHashMap<>();
            d.table().forEach((row, v) -> table.put(row, new Results.Sides<>(v[0], v[1])));
            Results.Sides<Results.Outcome> outcomes = new Results.Sides<>(
                    Results.Outcome.of(fold(replays.events(infoA))), Results.Outcome.of(fold(replays.events(infoB))));
            return new Results.Diff(a, b, d.commonAncestor(), d.divergenceSeq() == null ? null
                    : new Results.Divergence(d.divergenceSeq(), Times.iso(d.divergenceTimeA(), zone),
                    Times.iso(d.divergenceTimeB(), zone)), outcomes, table,
                    StoryLine.of(d.storyOnlyInA(), zone), StoryLine.of(d.storyOnlyInB(), zone), d.onlyInA().size(),
                    d.onlyInB().size(),
                    zone.getId());
        });
    }

    /** Gives a timeline another name; its id, its events and its branches stay as they are. */
    public Results.Timeline rename(String oldName, String newName) {
        TimelineInfo t = store.rename(oldName, newName);
        return summary(t);
    }

    /**
     * The same for an asker who may change only what {@code mayChangeOwnedBy} allows, given a branch's owner (null for
     * one made on the command line); a branch not theirs is refused with {@link org.govsim.timeline.ChangeRefused}.
     */
    public Results.Timeline rename(String oldName, String newName, Predicate<String> mayChangeOwnedBy) {
        return summary(store.rename(oldName, newName, t -> mayChangeOwnedBy.test(t.owner())));
    }

    /** A deletion for an asker who may change only what {@code mayChangeOwnedBy} allows (see rename). */
    public Results.Deleted delete(String nameOrId, boolean recursive, Predicate<String> mayChangeOwnedBy) {
        List<Results.Timeline> deleted = new ArrayList<>();
        for (TimelineInfo t : store.delete(nameOrId, recursive, d -> mayChangeOwnedBy.test(d.owner()))) {
            deleted.add(summary(t));
        }
        return new Results.Deleted(deleted);
    }

    /**
     * Deletes a branch, named or given by its id; a branch with branches of its own only when {@code recursive}, and
     * never a timeline of history (a replay, an import, a kept run of a sweep).
     */
    public Results.Deleted delete(String nameOrId, boolean recursive) {
        return delete(nameOrId, recursive, owner -> true);
    }

    /** Brings in a timeline from an export ({@code export --format jsonl}), into this store, whichever it is. */
    public Results.Imported importTimeline(Path file, String name) {
        TimelineInfo t = new Imports(store).importTimeline(file, name);
        return new Results.Imported(t.id(), t.name(), t.scenario(), t.events(), file.toString());
    }

    /** Why event {@code seq} of a timeline happened: its causes back to the givens. */
    public CauseChain why(String timeline, long seq) {
        return store.inTransaction(() -> {
            TimelineInfo info = replays.timeline(timeline);
            if (seq < 1 || seq > info.events()) {
                throw InputException.request("seq", "timeline '" + info.name() + "' has events 1 to " + info.events() + "; "
                        + seq + " is outside");
            }
            List<Recorded> events = store.events(info, seq);
            return Causes.of(info.name(), events, seq);
        });
    }

    /** A timeline a request names in its field {@code field}. */
    private TimelineInfo timeline(String name, String field) {
        return store.find(name).orElseThrow(() -> new UnknownTimeline(field, name));
    }

    /** The case's time zone, from the timeline's first event; kept by the timeline's id, as it never changes. */
    private ZoneId zoneOf(TimelineInfo info) {
        ZoneId zone = zonesById.get(info.id());
        if (zone == null) {
            zone = replays.stateAt(info, 1L).zone();
            zonesById.put(info.id(), zone);
        }
        return zone;
    }

    private final Map<String, ZoneId> zonesById = new java.util.concurrent.ConcurrentHashMap<>();

    /** Events per provenance tier, by the tier's label, every tier present. */
    static Map<String, Long> tiers(List<Recorded> events) {
        Map<String, Long> out = new LinkedHashMap<>();
        Provenance.count(events).forEach((tier, n) -> out.put(tier.label(), n));
        return out;
    }

    /** Signatures in the run at each time the stream's reports give a count, against the reported count. */
    private static List<Results.Checkpoint> compare(List<Recorded> events, ZoneId zone) {
        List<Results.Checkpoint> out = new ArrayList<>();
        if (events.isEmpty() || !(events.get(0).event() instanceof SimulationStarted started)) {
            return out;
        }
        for (Reports.Checkpoint c : started.reports().checkpoints()) {
            int model = 0;
            for (Recorded r : events) {
                if (r.time().isAfter(c.at())) {
                    break;
                }
                if (r.event() instanceof LetterSigned s) {
                    model = s.signatures();
                }
            }
            out.add(new Results.Checkpoint(Times.iso(c.at(), zone), c.signatures(), model,
                    Math.round(1000.0 * (model - c.signatures()) / c.signatures()) / 10.0, c.source(), c.note(),
                    c.contested()));
        }
        return out;
    }

    /** The lines of a stored timeline that contradict its branch, in order; none for a consistent timeline. */
    public CheckReport check(String timeline) {
        return store.inTransaction(() -> {
            TimelineInfo info = replays.timeline(timeline);
            List<Recorded> events = replays.events(info);
            ZoneId zone = Narrator.zone(events);
            return new CheckReport(info.name(), zone.getId(), events.size(), ContradictionChecker.check(events).stream()
                    .map(c -> new CheckReport.Found(c.seq(), Times.iso(c.time(), zone), c.rule(), c.line(), c.why()))
                    .toList());
        });
    }
}
