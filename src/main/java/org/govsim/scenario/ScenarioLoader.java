package org.govsim.scenario;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govsim.board.BoardCommands.AttendToObject;
import org.govsim.board.BoardCommands.Method;
import org.govsim.board.BoardCommands.ProposeSettlement;
import org.govsim.board.BoardCommands.PublishReasons;
import org.govsim.board.BoardCommands.PutMotionToVote;
import org.govsim.board.BoardCommands.ResignFromBoard;
import org.govsim.board.BoardCommands.SettlementTerms;
import org.govsim.board.BoardCommands.VoteBy;
import org.govsim.board.Motion;
import org.govsim.ceo.CeoCommands.AppointCeo;
import org.govsim.ceo.CeoCommands.ApproachCandidate;
import org.govsim.ceo.CeoCommands.CommitElsewhere;
import org.govsim.ceo.CeoCommands.IssueUltimatum;
import org.govsim.ceo.CeoCommands.ResignOffice;
import org.govsim.investor.InvestorCommands.MakeOutsideOffer;
import org.govsim.litigation.LitigationCommands;
import org.govsim.litigation.LitigationCommands.DecideSuit;
import org.govsim.litigation.LitigationCommands.FileSuit;
import org.govsim.litigation.LitigationCommands.SettleSuit;
import org.govsim.litigation.LitigationCommands.StaySuit;
import org.govsim.litigation.LitigationEvents.Relief;
import org.govsim.model.GovernanceModel;
import org.govsim.provenance.Provenance;
import org.govsim.shareholders.ShareholderCommands;
import org.govsim.simulation.Command;
import org.govsim.simulation.Condition;
import org.govsim.simulation.Reports;
import org.govsim.simulation.ScenarioPlan;
import org.govsim.simulation.ScenarioPlan.ScriptStep;
import org.govsim.simulation.SimulationEvents.NoteFact;
import org.govsim.simulation.SimulationEvents.OnlyIf;
import org.govsim.workforce.WorkforceCommands.BriefExecutives;

/**
 * Reads a scenario file and its seed world into a {@link ScenarioPlan}. Checks everything that can be checked before a
 * run: fields, people, investors, sources, times in order, and who has the power to take each scripted action.
 * Whatever is wrong is reported with file, line and field, and nothing runs.
 */
public final class ScenarioLoader {

    static final Set<String> ACTIONS = Set.of("note", "vote", "brief-executives", "settlement", "approach", "offer",
            "resign-board", "commit-elsewhere", "appoint-ceo", "attend-to-object", "publish-reasons", "meeting",
            "advise-withholding", "withhold-campaign", "declare-vote", "hold-election", "ultimatum", "written-consent",
            "designate", "letter", "resign-office", "lawsuit", "stay-suit", "ruling", "settle-suit", "change-votes", "lose-funding", "add-funding");
    static final Set<String> STEP_FIELDS = Set.of("at", "source", "assumption", "actor", "epilogue", "disputed",
            "by", "onlyIf", "note", "vote", "brief-executives", "settlement", "approach", "offer", "resign-board", "commit-elsewhere",
            "appoint-ceo", "attend-to-object", "publish-reasons", "meeting", "advise-withholding", "withhold-campaign",
            "declare-vote", "hold-election", "ultimatum", "written-consent", "designate", "letter", "resign-office", "lawsuit",
            "stay-suit", "ruling", "settle-suit", "change-votes", "lose-funding", "add-funding");

    private ScenarioLoader() {
    }

    public static ScenarioPlan load(Path file) {
        Yaml root = Yaml.load(file);
        root.only(Set.of("scenario", "title", "description", "seed", "randomSeed", "start", "end", "checkpoints", "script",
                "reported", "calibrated", "contested", "decisions", "debrief"));
        Path seedPath = file.toAbsolutePath().getParent().resolve(root.str("seed")).normalize();
        SeedWorld seed;
        try {
            seed = SeedWorld.load(seedPath);
        } catch (InputException e) {
            if (e.line() == 0 && e.getMessage().equals("no such file")) {
                throw root.get("seed").error("seed world not found: " + seedPath);
            }
            throw e;
        }
        ZoneId zone = seed.zone;
        long randomSeed = wholeNumber(root.get("randomSeed"));
        Instant start = root.get("start").time(zone);
        Instant end = root.get("end").time(zone);
        if (!end.isAfter(start)) {
            throw root.get("end").error("the end must come after the start");
        }
        if (end.isAfter(start.plus(java.time.Duration.ofDays(Limits.MAX_HORIZON_DAYS)))) {
            throw root.get("end").error("more than " + Limits.MAX_HORIZON_DAYS + " days after the start (horizon)");
        }
        String id = SeedWorld.name(root.get("scenario"));
        String title = root.str("title");
        if (title.length() > Limits.MAX_TITLE_CHARS) {
            throw root.get("title").error("a title of " + title.length() + " characters; the limit is "
                    + Limits.MAX_TITLE_CHARS + " (title length)");
        }
        List<ScriptStep> steps = new ArrayList<>();
        Instant last = start;
        References refs = new References(java.util.Set.of(), motionsOf(root.get("script")), java.util.Set.of(),
                seed.fundingSources(), java.util.Set.of(), end);
        for (Yaml step : root.get("script").list()) {
            step.only(STEP_FIELDS);
            Yaml at = step.get("at");
            Instant when = at.time(zone);
            if (when.isBefore(start)) {
                throw at.error("before the scenario's start");
            }
            if (when.isBefore(last)) {
                throw at.error("time goes backwards: " + at.str() + " comes before the previous step");
            }
            last = when;
            boolean epilogue = step.bool("epilogue", false);
            if (!epilogue && when.isAfter(end)) {
                throw at.error("after the scenario's end; mark the step 'epilogue: true' if it lies beyond the simulation");
            }
            Command c = command(step, seed, zone);
            refs.check(step, when, c);
            steps.add(new ScriptStep(when, conditional(step, c, seed), stepSource(step, seed), epilogue));
        }
        // the decision points play no part in the run; read here so that a malformed one fails the scenario's check
        DecisionPoint.read(root, seed);
        Debrief.read(root);
        Reports reports = new Reports(facts(root, seed, zone), calibrations(root, seed), contested(root, seed, zone),
                checkpoints(root, seed, zone).stream()
                        .map(c -> new Reports.Checkpoint(c.at(), c.signatures(), c.source(), c.note(), c.contested()))
                        .toList());
        return new ScenarioPlan(id, title, randomSeed, zone, start, end, seed.model(),
                seed.facts(randomSeed), steps, reports);
    }

    /**
     * A step's sources; a step that says what it assumes (terms nobody published) is an assumption whose context the
     * sources give: "assumption[S19]: the terms".
     */
    static String stepSource(Yaml step, SeedWorld seed) {
        String source = seed.sourceOf(step);
        Yaml assumption = step.opt("assumption");
        if (assumption == null || source.equals(Provenance.ASSUMED)) {
            return source;
        }
        if (assumption.str().isBlank()) {
            throw assumption.error("say what the assumption is");
        }
        return Provenance.ASSUMED + "[" + source + "]: " + assumption.str().strip();
    }

    private static final Set<String> FACT_FIELDS = Set.of("at", "event", "who", "within", "source", "fitted", "note");

    /** Reported facts that a policy produces: a run's matching event is shown as reported. */
    private static List<Reports.Fact> facts(Yaml root, SeedWorld seed, ZoneId zone) {
        List<Reports.Fact> out = new ArrayList<>();
        Yaml list = root.opt("reported");
        if (list == null) {
            return out;
        }
        for (Yaml f : list.list()) {
            f.only(FACT_FIELDS);
            out.add(new Reports.Fact(f.get("at").time(zone), eventType(f.get("event")), who(f, seed), within(f),
                    sourceKeys(f, seed), f.str("fitted", null)));
        }
        return out;
    }

    /** Events that come from parameters fitted to a report, in any branch. */
    private static List<Reports.Calibration> calibrations(Yaml root, SeedWorld seed) {
        List<Reports.Calibration> out = new ArrayList<>();
        Yaml list = root.opt("calibrated");
        if (list == null) {
            return out;
        }
        for (Yaml c : list.list()) {
            c.only(Set.of("event", "who", "parameters", "fittedTo", "source"));
            out.add(new Reports.Calibration(eventType(c.get("event")), who(c, seed), c.str("parameters"),
                    c.str("fittedTo"), sourceKeys(c, seed)));
        }
        return out;
    }

    /** Claims the sources contest or rest on one weak source, each with its versions. */
    private static List<Reports.Contested> contested(Yaml root, SeedWorld seed, ZoneId zone) {
        List<Reports.Contested> out = new ArrayList<>();
        Yaml list = root.opt("contested");
        if (list == null) {
            return out;
        }
        for (Yaml c : list.list()) {
            c.only(Set.of("event", "who", "at", "within", "claim", "versions"));
            List<String> versions = c.get("versions").strings();
            if (versions.isEmpty()) {
                throw c.get("versions").error("name at least one version of the claim");
            }
            out.add(new Reports.Contested(eventType(c.get("event")), who(c, seed),
                    c.opt("at") == null ? null : c.get("at").time(zone), within(c), c.str("claim"), versions));
        }
        return out;
    }

    private static String eventType(Yaml y) {
        String name = y.str();
        List<String> known = GovernanceModel.standard().eventTypes().stream().map(Class::getSimpleName).sorted().toList();
        if (!known.contains(name)) {
            throw y.error("'" + name + "' is not an event type (" + String.join(", ", known) + ")");
        }
        return name;
    }

    /** A person, an investor, a group such as "executives" or a settlement's id: checked against the name rule. */
    private static String who(Yaml block, SeedWorld seed) {
        Yaml w = block.opt("who");
        return w == null ? null : SeedWorld.name(w);
    }

    private static double within(Yaml block) {
        Yaml w = block.opt("within");
        return w == null ? 1 : w.num(0, Limits.MAX_HOURS);
    }

    private static String sourceKeys(Yaml block, SeedWorld seed) {
        if (block.opt("source") == null) {
            throw block.error("a report needs a 'source' key");
        }
        return seed.sourceOf(block);
    }

    /** Wraps a step's command in its 'onlyIf' condition, if it has one. */
    static Command conditional(Yaml step, Command command, Names names) {
        Yaml c = step.opt("onlyIf");
        if (c == null) {
            return command;
        }
        List<String> conditions = c.strings();
        List<Yaml> nodes = c.isList() ? c.list() : List.of(c);
        for (int i = 0; i < conditions.size(); i++) {
            String condition = conditions.get(i);
            int colon = condition.indexOf(':');
            String kind = colon < 0 ? condition : condition.substring(0, colon);
            Condition known = GovernanceModel.standard().conditions().get(kind);
            if (known == null || known.withPerson() != (colon >= 0)) {
                throw nodes.get(i).error("'" + condition + "' is not a condition (" + String.join(", ",
                        GovernanceModel.standard().conditions().values().stream()
                                .map(k -> k.withPerson() ? k.name() + ":" + subjectOf(k.name()) : k.name()).toList()) + ")");
            }
            if (colon >= 0) {
                Yaml subject = nodes.get(i).scalar(condition.substring(colon + 1));
                // most conditions name a person; these name a source of cash, a motion or a suit
                switch (kind) {
                    // checked against what the script knows by then (References)
                    case "funding-lost", "not-carried", "suit-pending" -> name(subject);
                    default -> names.person(subject);
                }
            }
        }
        return new OnlyIf(List.copyOf(conditions), command);
    }

    /** A source's provider is a holder, person or investor the world knows: a letter's signers are matched by it. */
    static void checkProvider(Yaml source, Names seed) {
        Yaml p = source.opt("provider");
        if (p != null && !seed.isHolder(p.str()) && !seed.isPersonOrInvestor(p.str())) {
            throw p.error("unknown provider '" + p.str() + "' (a holder, person or investor of the seed)");
        }
    }

    private static String subjectOf(String condition) {
        return switch (condition) {
            case "funding-lost" -> "SOURCE";
            case "not-carried" -> "MOTION";
            case "suit-pending" -> "SUIT";
            default -> "PERSON";
        };
    }

    static long wholeNumber(Yaml y) {
        try {
            return Long.parseLong(y.str().replace("_", ""));
        } catch (NumberFormatException e) {
            throw y.error("expected a whole number, found '" + y.str() + "'");
        }
    }

    /** Reported figures a run is compared with: checked here so that a bad one fails before any run. */
    public static List<Checkpoint> checkpoints(Path file) {
        Yaml root = Yaml.load(file);
        SeedWorld seed = SeedWorld.load(file.toAbsolutePath().getParent().resolve(root.str("seed")).normalize());
        return checkpoints(root, seed, seed.zone);
    }

    /** The scenario's decision points (see {@link DecisionPoint}), in file order. */
    public static List<DecisionPoint> decisions(Path file) {
        Yaml root = Yaml.load(file);
        SeedWorld seed = SeedWorld.load(file.toAbsolutePath().getParent().resolve(root.str("seed")).normalize());
        return DecisionPoint.read(root, seed);
    }

    /** The scenario's debrief: questions after a run, notes for the instructor. */
    public static Debrief debrief(Path file) {
        return Debrief.read(Yaml.load(file));
    }

    /** A reported signature count at a time, with its source. */
    public record Checkpoint(Instant at, int signatures, String source, String note, List<String> contested) {
    }

    private static List<Checkpoint> checkpoints(Yaml root, SeedWorld seed, ZoneId zone) {
        List<Checkpoint> out = new ArrayList<>();
        Yaml cps = root.opt("checkpoints");
        if (cps == null) {
            return out;
        }
        for (Yaml c : cps.list()) {
            c.only(Set.of("at", "signatures", "source", "assumption", "note", "contested"));
            int signatures = (int) Ranges.check("signatures", c.get("signatures"));
            List<String> versions = c.opt("contested") == null ? List.of() : c.get("contested").strings();
            if (c.opt("contested") != null && versions.size() < 2) {
                throw c.get("contested").error("a contested report needs its competing versions, at least two");
            }
            out.add(new Checkpoint(c.get("at").time(zone), signatures, seed.sourceOf(c), c.str("note", ""), versions));
        }
        return out;
    }

    static Command command(Yaml step, Names seed, ZoneId zone) {
        String action = null;
        for (String key : step.fields().keySet()) {
            if (ACTIONS.contains(key)) {
                if (action != null) {
                    throw step.get(key).error("one action per step: '" + action + "' and '" + key + "' both given");
                }
                action = key;
            }
        }
        if (action == null) {
            throw step.error("no action: expected one of " + String.join(", ", ACTIONS));
        }
        Yaml a = step.get(action);
        String by = step.opt("by") == null ? null : step.str("by");
        return switch (action) {
            case "note" -> new NoteFact(actor(step, seed), a.str(), step.bool("disputed", false));
            case "vote" -> {
                requirePower(step, by, "board", "put a motion to the board");
                yield vote(a, seed);
            }
            case "brief-executives" -> {
                if (!a.isMap() || !a.fields().isEmpty()) {
                    throw a.error("brief-executives takes no fields: write 'brief-executives: {}'");
                }
                yield new BriefExecutives("workforce");
            }
            case "settlement" -> settlement(a, seed, zone);
            case "approach" -> {
                requirePower(step, by, "board", "approach a candidate for CEO");
                a.only(Set.of("person", "role"));
                yield new ApproachCandidate("ceo", seed.person(a.get("person")), a.str("role", "ceo"));
            }
            case "offer" -> {
                a.only(Set.of("investor", "to", "colleagues", "role"));
                List<String> to = new ArrayList<>();
                for (Yaml p : a.get("to").list()) {
                    to.add(seed.person(p));
                }
                yield new MakeOutsideOffer(seed.investor(a.get("investor")), to, a.bool("colleagues", false), a.str("role", ""));
            }
            case "resign-board" -> {
                a.only(Set.of("director", "reason"));
                String d = seed.person(a.get("director"));
                if (!seed.isDirector(d)) {
                    throw a.get("director").error(d + " is not a director, so has no seat to resign");
                }
                yield new ResignFromBoard("board", d, a.str("reason", "resigns"));
            }
            case "publish-reasons" -> {
                requirePower(step, by, "board", "publish the board's reasons");
                a.only(Set.of("strength", "summary"));
                yield new PublishReasons("board", a.get("strength").num(0, 1), a.str("summary"));
            }
            case "attend-to-object" -> {
                a.only(Set.of("motion", "director"));
                yield new AttendToObject("board", a.str("motion"), seed.person(a.get("director")));
            }
            case "commit-elsewhere" -> {
                a.only(Set.of("person", "investor"));
                yield new CommitElsewhere("ceo", seed.person(a.get("person")), seed.investor(a.get("investor")));
            }
            case "appoint-ceo" -> {
                a.only(Set.of("person", "interim"));
                if (by != null && !by.equals("board")) {
                    throw step.get("by").error("'" + by + "' has no power to appoint the CEO: officers serve at the board's "
                            + "pleasure; put a 'vote' with an appoint-ceo resolution instead");
                }
                // a direct appointment carries no board act: the CEO's office will reject it, and the narrative says why
                yield new AppointCeo("ceo", seed.person(a.get("person")), a.bool("interim", false), null);
            }
            case "meeting" -> {
                a.only(Set.of("id", "title", "held", "nominees"));
                yield new ShareholderCommands.CallMeeting(name(a.get("id")), a.str("title", "stockholders' meeting"),
                        a.get("held").time(zone), people(a.opt("nominees"), seed));
            }
            case "advise-withholding" -> {
                a.only(Set.of("adviser", "name", "meeting", "from", "reason"));
                yield new ShareholderCommands.AdviseWithholding(name(a.get("adviser")), a.str("name"),
                        name(a.get("meeting")), people(a.get("from"), seed), a.str("reason", ""));
            }
            case "withhold-campaign" -> {
                a.only(Set.of("campaign", "name", "meeting", "from", "demand"));
                yield new ShareholderCommands.LaunchWithholdCampaign(name(a.get("campaign")), a.str("name"),
                        name(a.get("meeting")), people(a.get("from"), seed), a.str("demand", ""));
            }
            case "declare-vote" -> {
                a.only(Set.of("holder", "meeting", "withhold", "reason"));
                yield new ShareholderCommands.DeclareVote(seed.holder(a.get("holder")), name(a.get("meeting")),
                        people(a.opt("withhold"), seed), a.str("reason", ""));
            }
            case "ultimatum" -> {
                a.only(Set.of("person", "role", "motion", "demand", "deadline"));
                yield new IssueUltimatum("ceo", seed.person(a.get("person")), a.str("role", "ceo"), name(a.get("motion")),
                        a.str("demand"), a.get("deadline").time(zone));
            }
            case "written-consent" -> {
                a.only(Set.of("id", "holders", "remove", "elect"));
                List<String> signers = new ArrayList<>();
                for (Yaml h : a.get("holders").list()) {
                    if (signers.contains(h.str())) {
                        throw h.error("holder '" + h.str() + "' signs twice: each holder's votes count once");
                    }
                    signers.add(seed.holder(h));
                }
                once(a.opt("remove"));
                once(a.opt("elect"));
                List<String> remove = people(a.opt("remove"), seed);
                for (int i = 0; i < remove.size(); i++) {
                    if (!seed.isDirector(remove.get(i))) {
                        throw a.get("remove").list().get(i).error(remove.get(i) + " is not a director, so has no seat to "
                                + "lose");
                    }
                }
                yield new ShareholderCommands.ActByConsent(name(a.get("id")), List.copyOf(signers), remove,
                        people(a.opt("elect"), seed));
            }
            case "hold-election" -> {
                a.only(Set.of("meeting"));
                yield new ShareholderCommands.HoldElection(name(a.get("meeting")));
            }
            case "designate" -> {
                a.only(Set.of("holder", "person"));
                yield new ShareholderCommands.DesignateDirector(seed.holder(a.get("holder")), seed.person(a.get("person")));
            }
            case "letter" -> {
                a.only(Set.of("id", "holders", "to", "role", "demand", "deadline"));
                if (a.get("holders").list().isEmpty()) {
                    throw a.get("holders").error("name at least one signer");
                }
                List<String> signers = new ArrayList<>();
                for (Yaml h : a.get("holders").list()) {
                    if (signers.contains(h.str())) {
                        throw h.error("holder '" + h.str() + "' signs twice: each holder's votes count once");
                    }
                    signers.add(seed.holder(h));
                }
                // offices are lower-case words ("ceo", "cfo"), as the seed's officers name them
                yield new ShareholderCommands.SendLetter(name(a.get("id")), List.copyOf(signers), seed.person(a.get("to")),
                        a.str("role", "ceo").toLowerCase(java.util.Locale.ROOT), a.str("demand"),
                        a.get("deadline").time(zone));
            }
            case "resign-office" -> {
                a.only(Set.of("person", "role", "reason"));
                yield new ResignOffice("ceo", seed.person(a.get("person")), a.str("role", "ceo"), a.str("reason", "resigns"));
            }
            case "lawsuit" -> {
                a.only(Set.of("id", "title", "plaintiff", "defendants", "court", "claims", "relief"));
                if (!seed.courtsOpen()) {
                    throw step.get("lawsuit").error("this run keeps no account of suits: its case has no stockholders, or "
                            + "it was stored before suits could be filed (replay its scenario)");
                }
                String plaintiff = a.get("plaintiff").str();
                if (!seed.isPersonOrInvestor(plaintiff) && !seed.isHolder(plaintiff)) {
                    throw a.get("plaintiff").error("unknown plaintiff '" + plaintiff + "' (a person, investor or holder)");
                }
                once(a.get("defendants"));
                Yaml r = a.opt("relief");
                List<String> remove = List.of();
                List<String> voided = new ArrayList<>();
                if (r != null) {
                    r.only(Set.of("remove", "void-designations"));
                    once(r.opt("remove"));
                    remove = people(r.opt("remove"), seed);
                    for (Yaml h : r.opt("void-designations") == null ? List.<Yaml>of() : r.get("void-designations").list()) {
                        voided.add(seed.holder(h));
                    }
                }
                yield new FileSuit(name(a.get("id")), a.str("title"), plaintiff, people(a.get("defendants"), seed),
                        a.str("court"), a.str("claims"), new Relief(remove, List.copyOf(voided)));
            }
            case "stay-suit" -> {
                a.only(Set.of("suit", "reason"));
                yield new StaySuit(name(a.get("suit")), a.str("reason"));
            }
            case "ruling" -> {
                a.only(Set.of("suit", "for", "reason"));
                String side = a.get("for").str();
                if (!side.equals("plaintiff") && !side.equals("defendants")) {
                    throw a.get("for").error("a ruling is for the 'plaintiff' or for the 'defendants', not '" + side + "'");
                }
                yield new DecideSuit(name(a.get("suit")), side.equals("plaintiff"), a.str("reason"));
            }
            case "settle-suit" -> {
                a.only(Set.of("suit", "terms"));
                yield new SettleSuit(name(a.get("suit")), a.str("terms"));
            }
            case "lose-funding" -> {
                a.only(Set.of("source", "reason"));
                yield new org.govsim.financing.FinancingCommands.LoseFunding(name(a.get("source")), a.str("reason"));
            }
            case "add-funding" -> {
                if (!seed.financingOpen()) {
                    throw step.get("add-funding").error("this run keeps no account of the company's cash: its seed world "
                            + "has no financing block");
                }
                if (a.opt("requires") != null) {
                    throw a.get("requires").error("a source added during a run cannot depend on another");
                }
                org.govsim.financing.FinancingEvents.Source source = SeedWorld.fundingSource(a,
                        new java.util.LinkedHashSet<>(), Set.of("reason"));
                checkProvider(a, seed);
                yield new org.govsim.financing.FinancingCommands.AddFunding(source, a.str("reason"));
            }
            case "change-votes" -> {
                a.only(Set.of("class", "votesPerShare", "reason"));
                yield new ShareholderCommands.ChangeVotesPerShare(seed.shareClass(a.get("class")),
                        a.get("votesPerShare").num(0, 1000), a.str("reason"));
            }
            default -> throw a.error("unknown action");
        };
    }

    private static String name(Yaml y) {
        return SeedWorld.name(y);
    }

    /** A list of people naming nobody twice. */
    private static void once(Yaml list) {
        if (list == null) {
            return;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Yaml p : list.list()) {
            if (!seen.add(p.str())) {
                throw p.error("'" + p.str() + "' is named twice");
            }
        }
    }

    /** The ids of the votes and settlements a list of steps puts to the board, which an ultimatum may name. */
    static java.util.Set<String> motionsOf(Yaml steps) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Yaml s : steps.list()) {
            for (String kind : List.of("vote", "settlement")) {
                Yaml a = s.opt(kind);
                if (a != null && a.isMap() && a.opt("id") != null) {
                    out.add(a.get("id").str());
                }
            }
        }
        return out;
    }

    /**
     * Checks what steps name of each other: a stockholders' step names a meeting set before it (or known already), an
     * ultimatum a motion the script puts to the board and a deadline after its own time. A reference to nothing
     * would otherwise change an outcome silently.
     */
    static final class References {
        private final java.util.Set<String> meetings;
        private final java.util.Set<String> motions;
        private final java.util.Set<String> suits;
        private final java.util.Set<String> funding;
        private final java.util.Set<String> letters;
        private final Instant end;

        /**
         * What steps may name: the meetings, suits, sources of cash and letters known before the first step checked,
         * the motions put to the board anywhere, and the run's end (null when a branch may run on past it).
         */
        References(java.util.Set<String> knownMeetings, java.util.Set<String> motions, java.util.Set<String> knownSuits,
                   java.util.Set<String> knownFunding, java.util.Set<String> knownLetters, Instant end) {
            this.meetings = new java.util.HashSet<>(knownMeetings);
            this.motions = motions;
            this.suits = new java.util.HashSet<>(knownSuits);
            this.funding = new java.util.HashSet<>(knownFunding);
            this.letters = new java.util.HashSet<>(knownLetters);
            this.end = end;
        }

        private static String known(String what, java.util.Set<String> ids) {
            return ids.isEmpty() ? "" : " (the " + what + " are " + String.join(", ", new java.util.TreeSet<>(ids)) + ")";
        }

        void check(Yaml step, Instant when, Command c) {
            // a step's conditions name what came before it, never the step itself
            conditions(step);
            String action = step.fields().keySet().stream().filter(ACTIONS::contains).findFirst().orElse(null);
            if (c instanceof ShareholderCommands.CallMeeting m) {
                meetings.add(m.meeting());
            } else if (c instanceof ShareholderCommands.AtMeeting m && !meetings.contains(m.meeting())) {
                throw step.get(action).get("meeting").error("no meeting '" + m.meeting() + "' is set before this step"
                        + known("meetings", meetings));
            } else if (c instanceof FileSuit f) {
                if (!suits.add(f.suit())) {
                    throw step.get(action).get("id").error("a suit '" + f.suit() + "' is filed already");
                }
            } else if (c instanceof LitigationCommands.OnSuit o && !suits.contains(o.suit())) {
                throw step.get(action).get("suit").error("no suit '" + o.suit() + "' is filed before this step"
                        + known("suits", suits));
            } else if (c instanceof ShareholderCommands.SendLetter l) {
                Yaml a = step.get("letter");
                if (!letters.add(l.letter())) {
                    throw a.get("id").error("a letter '" + l.letter() + "' is sent already");
                }
                if (!l.deadline().isAfter(when)) {
                    throw a.get("deadline").error("the deadline must come after the letter (" + step.get("at").str() + ")");
                }
                if (end != null && l.deadline().isAfter(end) && !step.bool("epilogue", false)) {
                    throw a.get("deadline").error("the deadline falls after the run's end, so the letter would never be "
                            + "answered");
                }
            } else if (c instanceof org.govsim.financing.FinancingCommands.AddFunding f) {
                if (!funding.add(f.source().id())) {
                    throw step.get(action).get("id").error("a source of cash '" + f.source().id() + "' is known already");
                }
            } else if (c instanceof org.govsim.financing.FinancingCommands.LoseFunding f && !funding.contains(f.source())) {
                throw step.get(action).get("source").error("unknown source of cash '" + f.source() + "'"
                        + known("sources", funding));
            } else if (c instanceof IssueUltimatum u) {
                Yaml a = step.get("ultimatum");
                if (!motions.contains(u.motion())) {
                    throw a.get("motion").error("no vote or settlement '" + u.motion() + "' is put to the board"
                            + known("motions", motions));
                }
                if (!u.deadline().isAfter(when)) {
                    throw a.get("deadline").error("the deadline must come after the ultimatum (" + step.get("at").str() + ")");
                }
            }
        }

        /** A condition on a motion, a suit or a source of cash names one the script knows by then. */
        private void conditions(Yaml step) {
            Yaml c = step.opt("onlyIf");
            if (c == null) {
                return;
            }
            for (Yaml node : c.isList() ? c.list() : List.of(c)) {
                String condition = node.str();
                int colon = condition.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String subject = condition.substring(colon + 1);
                switch (condition.substring(0, colon)) {
                    case "funding-lost" -> {
                        if (!funding.contains(subject)) {
                            throw node.error("unknown source of cash '" + subject + "'" + (funding.isEmpty()
                                    ? " (the case keeps no account of its cash: its seed has no financing block)"
                                    : known("sources", funding)));
                        }
                    }
                    case "suit-pending" -> {
                        if (!suits.contains(subject)) {
                            throw node.error("no suit '" + subject + "' is filed before this step" + known("suits", suits));
                        }
                    }
                    case "not-carried" -> {
                        if (!motions.contains(subject)) {
                            throw node.error("no vote or settlement '" + subject + "' is put to the board"
                                    + known("motions", motions));
                        }
                    }
                    default -> {
                    }
                }
            }
        }
    }

    private static void requirePower(Yaml step, String by, String holder, String what) {
        if (by != null && !by.equals(holder)) {
            throw step.get("by").error("'" + by + "' has no power to " + what + "; only the " + holder + " has");
        }
    }

    private static String actor(Yaml step, Names seed) {
        return step.str("actor", "simulation");
    }

    private static PutMotionToVote vote(Yaml v, Names seed) {
        v.only(Set.of("id", "title", "method", "invited", "present", "for", "against", "votes", "side", "resolutions"));
        List<Motion.Resolution> resolutions = new ArrayList<>();
        for (Yaml r : v.get("resolutions").list()) {
            Map<String, Yaml> f = r.fields();
            if (f.size() != 1 && !(f.size() == 2 && f.containsKey("role"))) {
                throw r.error("a resolution is one kind and its subject, such as 'remove-ceo: altman'");
            }
            Map.Entry<String, Yaml> kv = f.entrySet().stream().filter(e -> !e.getKey().equals("role")).findFirst()
                    .orElseThrow(() -> r.error("a resolution needs its kind, such as 'appoint-officer: murati', beside 'role'"));
            Motion.Kind kind = SeedWorld.choice(kv.getKey(), r, Motion.Kind.class);
            String subject = kind == Motion.Kind.GRANT_OBSERVER_SEAT ? seed.investor(kv.getValue())
                    : kind == Motion.Kind.FIX_BOARD_SIZE ? Integer.toString(seats(kv.getValue())) : seed.person(kv.getValue());
            String role = f.containsKey("role") ? f.get("role").str() : null;
            if ((kind == Motion.Kind.APPOINT_OFFICER || kind == Motion.Kind.REMOVE_OFFICER) && role == null) {
                throw r.error(kv.getKey() + " needs a 'role'");
            }
            if (kind == Motion.Kind.REMOVE_OFFICER && role.equals("ceo")) {
                throw r.get("role").error("remove-officer takes an officer's role other than the CEO's: write "
                        + "'remove-ceo: " + subject + "'");
            }
            resolutions.add(new Motion.Resolution(kind, subject, role));
        }
        Method method = SeedWorld.choice(v.get("method"), Method.class);
        VoteBy voteBy = v.opt("votes") == null ? VoteBy.RECORD : SeedWorld.choice(v.get("votes"), VoteBy.class);
        Motion.Side side = v.opt("side") == null ? Motion.Side.BOARD_LINE : SeedWorld.choice(v.get("side"), Motion.Side.class);
        List<String> present = voters(v.opt("present"), seed);
        if (voteBy == VoteBy.RECORD && v.opt("for") == null) {
            throw v.error("missing field 'for' (or set 'votes: stance' to let each director vote by stance)");
        }
        return new PutMotionToVote("board", new Motion(v.str("id"), v.str("title"), resolutions, side), method,
                voters(v.opt("invited"), seed), present, voters(v.opt("for"), seed), voters(v.opt("against"), seed), voteBy);
    }

    private static ProposeSettlement settlement(Yaml s, Names seed, ZoneId zone) {
        s.only(Set.of("id", "proposer", "ceo", "elect", "chair", "leaving", "officers", "deadline", "seats"));
        String proposer = s.str("proposer");
        if (!seed.isPersonOrInvestor(proposer)) {
            throw s.get("proposer").error("unknown person or investor '" + proposer + "'");
        }
        List<SettlementTerms.Officer> officers = new ArrayList<>();
        if (s.opt("officers") != null) {
            for (Yaml o : s.get("officers").list()) {
                o.only(Set.of("person", "role"));
                officers.add(new SettlementTerms.Officer(seed.person(o.get("person")), o.str("role")));
            }
        }
        String ceo = s.opt("ceo") == null ? null : seed.person(s.get("ceo"));
        String chair = s.opt("chair") == null ? null : seed.person(s.get("chair"));
        Instant deadline = s.opt("deadline") == null ? null : s.get("deadline").time(zone);
        return new ProposeSettlement("board", s.str("id"), proposer, new SettlementTerms(ceo, people(s.opt("elect"), seed),
                chair, people(s.opt("leaving"), seed), officers, s.opt("seats") == null ? null : seats(s.get("seats"))),
                deadline);
    }

    private static int seats(Yaml y) {
        int seats = y.integer();
        if (seats < 1) {
            throw y.error("a board has at least one seat");
        }
        return seats;
    }

    /** People who attend or vote, or "all": every director in office when the vote is taken. */
    private static List<String> voters(Yaml list, Names seed) {
        return list != null && list.isScalar() && "all".equals(list.str()) ? List.of(PutMotionToVote.EVERY_DIRECTOR)
                : people(list, seed);
    }

    private static List<String> people(Yaml list, Names seed) {
        if (list == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Yaml p : list.list()) {
            out.add(seed.person(p));
        }
        return out;
    }
}
