package org.govsim.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govsim.board.Board;
import org.govsim.board.BoardCommands.ProposeSettlement;
import org.govsim.board.BoardCommands.PutMotionToVote;
import org.govsim.ceo.CeoCommands.ApproachCandidate;
import org.govsim.investor.Investor;
import org.govsim.investor.InvestorCommands.MakeOutsideOffer;
import org.govsim.organisation.Organisation;
import org.govsim.shareholders.ShareholderCommands;
import org.govsim.simulation.Command;
import org.govsim.simulation.DomainEvent;
import org.govsim.simulation.ScheduledAction;
import org.govsim.simulation.SimulationEvents.DecisionTaken;
import org.govsim.simulation.SimulationEvents.OnlyIf;
import org.govsim.simulation.WhatIf;
import org.govsim.simulation.World;

/**
 * A what-if file: where to fork, and what to change there. Its structure is checked when it is read; every reference
 * to people, investors and scripted steps is checked against the world at the fork point when it is applied, and a
 * reference to something before the fork point is an input error naming file, line and field.
 */
public final class WhatIfFile implements WhatIf {

    private static final Set<String> FIELDS = Set.of("whatif", "scenario", "question", "forkAt", "thingsToNotice", "expect", "set",
            "remove", "override", "add", "history", "debrief");

    /** Where the what-if says what it asks and where it forks: the file's top level, or a decision point's. */
    private final Yaml root;
    /** Where its changes are: the file's top level too, or one option of a decision point. */
    private final Yaml edits;
    private final String name;
    private final String text;
    /** Recorded in the branch before the changes: a choice made at a decision point, a prediction. */
    private final List<DomainEvent> recordedFirst;

    private WhatIfFile(Yaml root, String text) {
        this(onlyFields(root), root, SeedWorld.name(root.get("whatif")), text, List.of());
    }

    private static Yaml onlyFields(Yaml root) {
        root.only(FIELDS);
        return root;
    }

    private WhatIfFile(Yaml root, Yaml edits, String name, String text, List<DomainEvent> recordedFirst) {
        this.root = root;
        this.edits = edits;
        this.text = text;
        this.name = name;
        this.recordedFirst = List.copyOf(recordedFirst);
        root.str("question");
        Yaml fork = root.opt("forkAt");
        if (fork != null) {
            fork.only(Set.of("seq", "time", "before"));
            if (fork.fields().size() != 1) {
                throw fork.error("give one of seq, time or before");
            }
            if (fork.opt("seq") != null) {
                fork.get("seq").integer(1, Long.MAX_VALUE);
            }
            if (fork.opt("time") != null) {
                fork.get("time").time(ZoneOffset.UTC);
            }
            if (fork.opt("before") != null) {
                new StepRef(fork.get("before"), ZoneOffset.UTC);
            }
        }
        checkForm();
        thingsToNotice();
        debrief();
    }

    /**
     * What can be checked without the world at the fork point: the shape of every change, so that validate catches a
     * malformed file even without a timeline. Names and steps are checked when the what-if is applied.
     */
    private void checkForm() {
        if (edits.opt("set") != null) {
            for (Map.Entry<String, Yaml> e : edits.get("set").fields().entrySet()) {
                String first = e.getKey().split("\\.")[0];
                if (!Settings.ROOTS.contains(first)) {
                    throw e.getValue().error("unknown setting '" + e.getKey() + "' (settings start with "
                            + String.join(", ", Settings.ROOTS) + ")");
                }
            }
        }
        if (edits.opt("remove") != null) {
            for (Yaml r : edits.get("remove").list()) {
                new StepRef(r, ZoneOffset.UTC);
            }
        }
        if (edits.opt("override") != null) {
            for (Yaml o : edits.get("override").list()) {
                o.only(Set.of("vote", "director", "decision"));
                o.str("vote");
                SeedWorld.name(o.get("director"));
                if (!DECISIONS.contains(o.str("decision"))) {
                    throw o.get("decision").error("'" + o.str("decision") + "' is not one of " + String.join(", ", DECISIONS));
                }
            }
        }
        if (edits.opt("add") != null) {
            for (Yaml step : edits.get("add").list()) {
                step.only(ScenarioLoader.STEP_FIELDS);
                step.get("at").time(ZoneOffset.UTC);
            }
        }
    }

    private static final List<String> DECISIONS = List.of("stays-away", "votes-for", "votes-against");

    /**
     * One option of a decision point as a what-if: the decision's question and fork point, the option's changes, and
     * the choice recorded first in the branch; {@code text} is the equivalent what-if file, which the branch stores.
     */
    static WhatIfFile option(Yaml decision, Yaml option, String name, DecisionTaken choice, String text) {
        return new WhatIfFile(decision, option, name, text, List.of(choice));
    }

    /** The same what-if recording {@code event} too before its changes (after a choice it makes). */
    public WhatIfFile recording(DomainEvent event) {
        List<DomainEvent> first = new ArrayList<>(recordedFirst);
        first.add(event);
        return new WhatIfFile(root, edits, name, text, first);
    }

    /** A what-if read from memory (a web request's body, never written to a file); {@code source} names it in complaints. */
    public static WhatIfFile read(Path source, byte[] bytes) {
        return new WhatIfFile(Yaml.parse(source, bytes), new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    }

    public static WhatIfFile load(Path file) {
        Yaml root = Yaml.load(file);
        try {
            return new WhatIfFile(root, Files.readString(file));
        } catch (IOException e) {
            throw new InputException(file, 0, "", "cannot read: " + e.getMessage());
        }
    }

    @Override
    public String name() {
        return name;
    }

    public String question() {
        return root.str("question");
    }

    public String text() {
        return text;
    }

    public Path file() {
        return root.file();
    }

    /**
     * The scenario file whose timeline this what-if forks (a path relative to the what-if), or null when it names none:
     * with it, a what-if can be checked in full without a stored timeline. Only that check needs the file: a what-if
     * copied elsewhere still forks any timeline it is given.
     */
    public Path scenario() {
        if (root.opt("scenario") == null) {
            return null;
        }
        Path scenario = root.file().toAbsolutePath().getParent().resolve(root.str("scenario")).normalize();
        if (!Files.isRegularFile(scenario)) {
            throw root.get("scenario").error("scenario not found: " + scenario);
        }
        return scenario;
    }

    /** What the file says about the outcome, for tests and the what-if summary: field to expected value. */
    public Map<String, String> expectations() {
        Map<String, String> out = new LinkedHashMap<>();
        Yaml e = root.opt("expect");
        if (e != null) {
            e.fields().forEach((k, v) -> out.put(k, v.str()));
        }
        return out;
    }

    /** An error in one expectation of the expect block, naming its line. */
    public InputException expectationError(String field, String message) {
        return root.get("expect").get(field).error(message);
    }

    /** What happened in fact around the fork point, for readers; empty when the file does not say. */
    public String history() {
        return root.str("history", "");
    }

    /** Questions and instructor's notes for after the branch (a decision's option has none of its own). */
    public Debrief debrief() {
        return root == edits ? Debrief.read(root) : Debrief.NONE;
    }

    /** What to look for in the branch, for readers: a list field as its items, a text as one item, none when absent. */
    public List<String> thingsToNotice() {
        Yaml field = root.opt("thingsToNotice");
        if (field == null) {
            return List.of();
        }
        List<Yaml> items = field.isList() ? field.list() : List.of(field);
        List<String> out = new ArrayList<>();
        for (Yaml item : items) {
            if (!item.isScalar()) {
                throw item.error("a thing to notice is a text, found " + (item.isMap() ? "a mapping" : "a list"));
            }
            out.add(item.str());
        }
        return out;
    }

    /** The fork point the file names, read in the timeline's zone; null when the file names none. */
    public ForkPoint forkPoint(ZoneId zone) {
        Yaml fork = root.opt("forkAt");
        if (fork == null) {
            return null;
        }
        if (fork.opt("seq") != null) {
            return new ForkPoint(fork.get("seq").integer(1, Long.MAX_VALUE), null, null, fork.get("seq"));
        }
        if (fork.opt("time") != null) {
            return new ForkPoint(null, fork.get("time").time(zone), null, fork.get("time"));
        }
        return new ForkPoint(null, null, new StepRef(fork.get("before"), zone), fork.get("before"));
    }

    /** Where to fork: after event {@code seq}, after the last event at {@code time}, or just before a scripted step. */
    public record ForkPoint(Long seq, Instant time, StepRef before, Yaml where) {
        public InputException error(String message) {
            return where.error(message);
        }
    }

    /**
     * A reference to a scripted step: {vote: ID}, {settlement: ID}, {offer: INVESTOR}, {approach: PERSON}, {advice:
     * ADVISER}, {campaign: ID}, {declaration: HOLDER} or {at: TIME}.
     */
    public static final class StepRef {
        private final Yaml node;
        private final String kind;
        private final String value;
        private final Instant at;

        StepRef(Yaml node, ZoneId zone) {
            node.only(Set.of("vote", "settlement", "offer", "approach", "advice", "campaign", "declaration", "letter",
                    "lawsuit", "stay", "at"));
            if (node.fields().size() != 1) {
                throw node.error("name one step: vote, settlement, offer, approach, advice, campaign, declaration, letter, "
                        + "lawsuit, stay or at");
            }
            var entry = node.fields().entrySet().iterator().next();
            this.node = node;
            this.kind = entry.getKey();
            this.value = entry.getValue().str();
            this.at = kind.equals("at") ? entry.getValue().time(zone) : null;
        }

        public boolean matches(Instant due, Command scheduled, String cause) {
            Command command = OnlyIf.inner(scheduled);
            return switch (kind) {
                case "vote" -> command instanceof PutMotionToVote v && v.motion().id().equals(value);
                case "settlement" -> command instanceof ProposeSettlement s && s.settlement().equals(value);
                case "offer" -> command instanceof MakeOutsideOffer o && o.investor().equals(value);
                case "approach" -> command instanceof ApproachCandidate a && a.person().equals(value);
                case "advice" -> command instanceof ShareholderCommands.AdviseWithholding a && a.adviser().equals(value);
                case "campaign" -> command instanceof ShareholderCommands.LaunchWithholdCampaign c
                        && c.campaign().equals(value);
                case "declaration" -> command instanceof ShareholderCommands.DeclareVote d && d.holder().equals(value);
                case "letter" -> command instanceof ShareholderCommands.SendLetter l && l.letter().equals(value);
                case "lawsuit" -> command instanceof org.govsim.litigation.LitigationCommands.FileSuit f
                        && f.suit().equals(value);
                case "stay" -> command instanceof org.govsim.litigation.LitigationCommands.StaySuit st
                        && st.suit().equals(value);
                default -> due.equals(at) && !cause.startsWith("policy:");
            };
        }

        public Instant at() {
            return at;
        }

        public InputException error(String message) {
            return node.error(message);
        }

        @Override
        public String toString() {
            return kind + ": " + value;
        }
    }

    @Override
    public void apply(World world, Edits out) {
        ZoneId zone = world.zone();
        Names names = new WorldNames(world);
        // a choice (and a prediction) first: what follows in the branch is its consequence
        recordedFirst.forEach(out::record);
        if (this.edits.opt("set") != null) {
            Settings.apply(world, this.edits.get("set").fields(), out, "what-if " + name);
        }
        if (this.edits.opt("remove") != null) {
            for (Yaml r : this.edits.get("remove").list()) {
                StepRef ref = new StepRef(r, zone);
                List<ScheduledAction> pending = pendingScripted(world, ref);
                if (pending.isEmpty()) {
                    throw r.error("no scripted step '" + ref + "' is pending after the fork point (event " + world.seq()
                            + " at " + world.now().atZone(zone).toLocalDateTime() + "); it may lie before it");
                }
                for (ScheduledAction a : pending) {
                    out.cancel(a.id(), "what-if " + name + " removes " + ref);
                }
            }
        }
        if (this.edits.opt("override") != null) {
            for (Yaml o : this.edits.get("override").list()) {
                override(world, out, o, names, zone);
            }
        }
        if (this.edits.opt("add") != null) {
            // what added steps may name: known at the fork point, or still to come in the script (a step before its
            // filing or sending is refused in the run, with the reason)
            java.util.Set<String> motions = new java.util.HashSet<>(ScenarioLoader.motionsOf(this.edits.get("add")));
            motions.addAll(Board.in(world).carriedMotions());
            java.util.Set<String> suits = new java.util.HashSet<>(org.govsim.litigation.Litigation.in(world).suits().keySet());
            java.util.Set<String> letters = new java.util.HashSet<>(
                    org.govsim.shareholders.Shareholders.in(world).letters().keySet());
            java.util.Set<String> funding = new java.util.HashSet<>(names.fundingSources());
            for (ScheduledAction a : world.agenda()) {
                Command c = OnlyIf.inner(a.command());
                if (c instanceof PutMotionToVote v) {
                    motions.add(v.motion().id());
                } else if (c instanceof ProposeSettlement p) {
                    motions.add(p.settlement());
                } else if (c instanceof org.govsim.litigation.LitigationCommands.FileSuit f) {
                    suits.add(f.suit());
                } else if (c instanceof org.govsim.shareholders.ShareholderCommands.SendLetter l) {
                    letters.add(l.letter());
                } else if (c instanceof org.govsim.financing.FinancingCommands.AddFunding f) {
                    funding.add(f.source().id());
                }
            }
            // a letter's deadline lies within the branch's horizon, unless the what-if moves the horizon itself
            Instant horizon = this.edits.opt("set") != null && this.edits.get("set").has("horizon") ? null
                    : world.started().horizon();
            ScenarioLoader.References refs = new ScenarioLoader.References(
                    org.govsim.shareholders.Shareholders.in(world).meetings().keySet(), motions, suits, funding, letters,
                    horizon);
            // added steps need not be in time order: what they name of each other is checked in time order
            List<Yaml> steps = this.edits.get("add").list();
            List<Instant> times = new ArrayList<>();
            for (Yaml step : steps) {
                step.only(ScenarioLoader.STEP_FIELDS);
                Instant when = step.get("at").time(zone);
                if (when.isBefore(world.now())) {
                    throw step.get("at").error("before the fork point (" + world.now().atZone(zone).toLocalDateTime() + ")");
                }
                times.add(when);
            }
            List<Integer> inTime = new ArrayList<>(java.util.stream.IntStream.range(0, steps.size()).boxed().toList());
            inTime.sort(java.util.Comparator.comparing(times::get));
            Command[] commands = new Command[steps.size()];
            for (int i : inTime) {
                commands[i] = ScenarioLoader.command(steps.get(i), names, zone);
                refs.check(steps.get(i), times.get(i), commands[i]);
            }
            for (int i = 0; i < steps.size(); i++) {
                out.schedule(times.get(i), ScenarioLoader.conditional(steps.get(i), commands[i], names));
            }
        }
    }

    private static List<ScheduledAction> pendingScripted(World world, StepRef ref) {
        List<ScheduledAction> out = new ArrayList<>();
        for (ScheduledAction a : world.agenda()) {
            if (!a.cause().startsWith("policy:") && ref.matches(a.due(), a.command(), a.cause())) {
                out.add(a);
            }
        }
        return out;
    }

    private void override(World world, Edits edits, Yaml o, Names names, ZoneId zone) {
        o.only(Set.of("vote", "director", "decision"));
        String motion = o.str("vote");
        String director = names.person(o.get("director"));
        String decision = o.str("decision");
        ScheduledAction vote = null;
        for (ScheduledAction a : world.agenda()) {
            if (OnlyIf.inner(a.command()) instanceof PutMotionToVote v && v.motion().id().equals(motion)) {
                vote = a;
            }
        }
        if (vote == null) {
            throw o.get("vote").error("no vote '" + motion + "' is pending after the fork point (event " + world.seq()
                    + "); it may lie before it");
        }
        PutMotionToVote v = (PutMotionToVote) OnlyIf.inner(vote.command());
        if (v.seatsEveryDirector()) {
            throw o.get("vote").error("vote '" + motion + "' is put to every director in office when it is taken; an"
                    + " override cannot change one of them (replace the step with `remove` and `add` instead)");
        }
        List<String> invited = new ArrayList<>(v.invited());
        List<String> present = new ArrayList<>(v.present());
        List<String> votesFor = new ArrayList<>(v.votesFor());
        List<String> against = new ArrayList<>(v.votesAgainst());
        present.remove(director);
        votesFor.remove(director);
        against.remove(director);
        switch (decision) {
            case "stays-away" -> {
                // invited or not, the director does not come
            }
            case "votes-for", "votes-against" -> {
                if (!invited.isEmpty() && !invited.contains(director)) {
                    invited.add(director);
                }
                present.add(director);
                (decision.equals("votes-for") ? votesFor : against).add(director);
            }
            default -> throw o.get("decision").error("'" + decision + "' is not one of stays-away, votes-for, votes-against");
        }
        Command changed = new PutMotionToVote(v.board(), v.motion(), v.method(), invited, present, votesFor, against,
                v.voteBy());
        edits.replace(vote.id(), vote.command() instanceof OnlyIf only ? new OnlyIf(only.conditions(), changed) : changed,
                "what-if " + name + ": " + director + " " + decision.replace('-', ' '));
    }

    /** People, investors and directors as they stand at the fork point. */
    private record WorldNames(World world) implements Names {
        public String person(Yaml ref) {
            if (!Organisation.in(world).knows(ref.str())) {
                throw ref.error("unknown person '" + ref.str() + "'");
            }
            return ref.str();
        }

        public String investor(Yaml ref) {
            if (!Investor.all(world).containsKey(ref.str())) {
                throw ref.error("unknown investor '" + ref.str() + "'");
            }
            return ref.str();
        }

        public String holder(Yaml ref) {
            if (!org.govsim.shareholders.Shareholders.in(world).holders().containsKey(ref.str())) {
                throw ref.error("unknown holder '" + ref.str() + "'");
            }
            return ref.str();
        }

        public String shareClass(Yaml ref) {
            java.util.Set<String> classes = org.govsim.shareholders.Shareholders.in(world).classes().keySet();
            if (!classes.contains(ref.str())) {
                throw ref.error("unknown share class '" + ref.str() + "' (expected one of " + classes + ")");
            }
            return ref.str();
        }

        public boolean isDirector(String person) {
            return Board.in(world).isDirector(person);
        }

        public boolean isPersonOrInvestor(String id) {
            return Organisation.in(world).knows(id) || Investor.all(world).containsKey(id);
        }

        public boolean financingOpen() {
            return world.actors().containsKey(org.govsim.financing.Financing.AGGREGATE);
        }

        public java.util.Set<String> fundingSources() {
            return org.govsim.financing.Financing.in(world).known();
        }

        public boolean courtsOpen() {
            return world.actors().containsKey(org.govsim.litigation.Litigation.AGGREGATE);
        }

        public boolean isHolder(String id) {
            return org.govsim.shareholders.Shareholders.in(world).holders().containsKey(id);
        }

        public String sourceOf(Yaml block) {
            return block.opt("source") == null ? "whatif" : String.join(",", block.get("source").strings());
        }
    }
}
