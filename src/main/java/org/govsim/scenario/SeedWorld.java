package org.govsim.scenario;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govsim.board.BoardEvents.BoardConstituted;
import org.govsim.board.BoardEvents;
import org.govsim.board.BoardEvents.DirectorProfile;
import org.govsim.board.Bylaws;
import org.govsim.ceo.CeoEvents.CeoOfficeEstablished;
import org.govsim.investor.InvestorEvents.InvestorRegistered;
import org.govsim.investor.InvestorEvents.Leverage;
import org.govsim.naming.NameRule;
import org.govsim.organisation.Organisation;
import org.govsim.organisation.Organisation.Candidate;
import org.govsim.organisation.Organisation.Loyalist;
import org.govsim.organisation.Organisation.Person;
import org.govsim.simulation.ModelParameters;
import org.govsim.simulation.ScenarioPlan.SeedFact;
import org.govsim.shareholders.ShareholderEvents;
import org.govsim.workforce.ThresholdBand;
import org.govsim.workforce.WorkforceEvents.WorkforceFormed;

/**
 * A seed world read from YAML: organisation, people, bylaws, board, officers, workforce, investors, model parameters.
 * Every block names its source key (listed under {@code sources}) or states that it is an assumption.
 */
public final class SeedWorld implements Names {

    public final Path file;
    public final ZoneId zone;
    public final Map<String, String> sources = new LinkedHashMap<>();
    public final Map<String, Person> people = new LinkedHashMap<>();
    public final Set<String> investors = new LinkedHashSet<>();
    public final Set<String> directors = new LinkedHashSet<>();
    public final Set<String> holders = new LinkedHashSet<>();
    private final Set<String> shareClasses = new LinkedHashSet<>();
    private final Set<String> fundingSources = new LinkedHashSet<>();
    private final Yaml root;

    private SeedWorld(Yaml root) {
        this.root = root;
        this.file = root.file();
        root.only(Set.of("organisation", "sources", "bylaws", "people", "board", "officers", "workforce", "loyalists",
                "candidates", "investors", "shareholders", "financing", "model"));
        Yaml org = root.get("organisation");
        org.only(Set.of("id", "name", "kind", "timezone", "source", "assumption"));
        String tz = org.str("timezone", "UTC");
        try {
            this.zone = ZoneId.of(tz);
        } catch (RuntimeException e) {
            throw org.get("timezone").error("unknown time zone '" + tz + "'");
        }
        for (Map.Entry<String, Yaml> s : root.get("sources").fields().entrySet()) {
            sources.put(s.getKey(), s.getValue().str());
        }
        for (Yaml p : root.get("people").list()) {
            p.only(Set.of("id", "name", "role", "outsider", "source", "assumption"));
            String id = name(p.get("id"));
            if (people.containsKey(id)) {
                throw p.get("id").error("person '" + id + "' is listed twice");
            }
            people.put(id, new Person(id, p.str("name"), p.str("role", ""), p.bool("outsider", false), sourceOf(p)));
        }
        for (Yaml i : root.has("investors") ? root.get("investors").list() : List.<Yaml>of()) {
            if (!investors.add(name(i.get("id")))) {
                throw i.get("id").error("investor '" + i.str("id") + "' is listed twice");
            }
        }
        for (Yaml d : root.get("board").get("directors").list()) {
            directors.add(person(d.get("person")));
        }
        if (root.has("shareholders")) {
            for (Yaml h : root.get("shareholders").get("holders").list()) {
                if (!holders.add(name(h.get("id")))) {
                    throw h.get("id").error("holder '" + h.str("id") + "' is listed twice");
                }
            }
            for (Yaml c : root.get("shareholders").get("classes").list()) {
                shareClasses.add(c.get("id").str());
            }
        }
        if (root.has("financing")) {
            Set<String> known = new LinkedHashSet<>();
            for (Yaml s : root.get("financing").get("sources").list()) {
                fundingSource(s, known, Set.of());
            }
            fundingSources.addAll(known);
        }
    }

    /** The sources of cash: each with its amount, who provides it and the source it depends on. */
    private SeedFact financing() {
        Yaml f = root.get("financing");
        f.only(Set.of("sources", "source", "assumption", "note"));
        List<org.govsim.financing.FinancingEvents.Source> sources = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>();
        for (Yaml s : f.get("sources").list()) {
            sources.add(fundingSource(s, known, Set.of()));
            ScenarioLoader.checkProvider(s, this);
            sourceOf(s);
        }
        if (sources.isEmpty()) {
            throw f.get("sources").error("name at least one source of cash");
        }
        return new SeedFact(new org.govsim.financing.FinancingEvents.FundingRegistered(List.copyOf(sources),
                f.has("note") ? f.str("note") : null), sourceOf(f));
    }

    /** One source of cash, checked against the ids known so far ({@code known} gains its id). */
    static org.govsim.financing.FinancingEvents.Source fundingSource(Yaml s, Set<String> known, Set<String> more) {
        Set<String> fields = new LinkedHashSet<>(List.of("id", "name", "provider", "usd", "requires", "source",
                "assumption", "note"));
        fields.addAll(more);
        s.only(fields);
        String id = name(s.get("id"));
        if (known.contains(id)) {
            throw s.get("id").error("source of cash '" + id + "' is listed twice");
        }
        String requires = s.opt("requires") == null ? null : s.get("requires").str();
        if (requires != null && !known.contains(requires)) {
            throw s.get("requires").error("no source of cash '" + requires + "' is listed before it (the sources are "
                    + known + ")");
        }
        known.add(id);
        return new org.govsim.financing.FinancingEvents.Source(id, s.str("name"),
                s.opt("provider") == null ? null : s.get("provider").str(), s.get("usd").num(0, 1e13), requires);
    }

    @Override
    public boolean financingOpen() {
        return root.has("financing");
    }

    @Override
    public Set<String> fundingSources() {
        return fundingSources;
    }

    @Override
    public boolean courtsOpen() {
        return root.has("shareholders");
    }

    @Override
    public boolean isHolder(String id) {
        return holders.contains(id);
    }

    @Override
    public String shareClass(Yaml ref) {
        String id = ref.str();
        if (!shareClasses.contains(id)) {
            throw ref.error("unknown share class '" + id + "' (expected one of " + shareClasses + ")");
        }
        return id;
    }

    /** An id or name checked against the one rule for names: ids end up in setting paths and timeline names. */
    static String name(Yaml y) {
        String value = y.str();
        NameRule.problem(value).ifPresent(problem -> {
            throw y.error(problem);
        });
        return value;
    }

    public static SeedWorld load(Path file) {
        return new SeedWorld(Yaml.load(file));
    }

    /** The source key of a block, checked against the list of sources, or "assumption" when the block says it is one. */
    @Override
    public boolean isDirector(String person) {
        return directors.contains(person);
    }

    @Override
    public boolean isPersonOrInvestor(String id) {
        return people.containsKey(id) || investors.contains(id);
    }

    @Override
    public String sourceOf(Yaml block) {
        Yaml s = block.opt("source");
        if (s != null) {
            if (s.strings().isEmpty()) {
                throw s.error("an empty source: name at least one source key");
            }
            for (String key : s.strings()) {
                if (!sources.containsKey(key)) {
                    throw s.error("unknown source key '" + key + "' (not listed under sources)");
                }
            }
            return String.join(",", s.strings());
        }
        Yaml assumption = block.opt("assumption");
        if (assumption != null) {
            if (assumption.str().isBlank()) {
                throw assumption.error("say what the assumption is");
            }
            return "assumption";
        }
        throw block.error("every fact needs a 'source' key or an 'assumption' saying it is a modelling choice");
    }

    /** A reference to a person of the seed world; unknown names are input errors. */
    @Override
    public String person(Yaml ref) {
        String id = ref.str();
        if (!people.containsKey(id)) {
            throw ref.error("unknown person '" + id + "'");
        }
        return id;
    }

    @Override
    public String holder(Yaml ref) {
        String id = ref.str();
        if (!holders.contains(id)) {
            throw ref.error("unknown holder '" + id + "' (not listed under shareholders.holders)");
        }
        return id;
    }

    /**
     * The stock and its holders: classes with shares and votes per share, the rule of director elections, and each
     * holder's shares by class and how its votes lean towards advisers and campaigns.
     */
    private List<SeedFact> shareholders() {
        Yaml sh = root.get("shareholders");
        sh.only(Set.of("election", "classes", "holders", "source", "assumption", "note"));
        String election = sh.str("election", "plurality");
        if (!election.equals("plurality") && !election.equals("majority")) {
            throw sh.get("election").error("election must be 'plurality' or 'majority', not '" + election + "'");
        }
        List<SeedFact> facts = new ArrayList<>();
        Set<String> designees = new LinkedHashSet<>();
        List<ShareholderEvents.ShareClass> classes = new ArrayList<>();
        Set<String> classIds = new LinkedHashSet<>();
        for (Yaml c : sh.get("classes").list()) {
            c.only(Set.of("id", "name", "shares", "votesPerShare", "source", "assumption", "note"));
            String id = name(c.get("id"));
            if (!classIds.add(id)) {
                throw c.get("id").error("share class '" + id + "' is listed twice");
            }
            classes.add(new ShareholderEvents.ShareClass(id, c.str("name", id), shares(c.get("shares")),
                    c.get("votesPerShare").num(0, 1000)));
            sourceOf(c);
        }
        if (classes.isEmpty()) {
            throw sh.get("classes").error("name at least one class of stock");
        }
        facts.add(new SeedFact(new ShareholderEvents.ShareCapitalRegistered(List.copyOf(classes), election,
                sourceOf(sh)), sourceOf(sh)));
        for (Yaml h : sh.get("holders").list()) {
            h.only(Set.of("id", "name", "shares", "leaning", "designates", "source", "assumption", "note"));
            Map<String, Long> held = new LinkedHashMap<>();
            for (Map.Entry<String, Yaml> e : h.get("shares").fields().entrySet()) {
                if (!classIds.contains(e.getKey())) {
                    throw e.getValue().error("unknown share class '" + e.getKey() + "' (expected one of " + classIds + ")");
                }
                held.put(e.getKey(), shares(e.getValue()));
            }
            Map<String, Double> leaning = new LinkedHashMap<>();
            Yaml l = h.opt("leaning");
            double sum = 0;
            if (l != null) {
                for (Map.Entry<String, Yaml> e : l.fields().entrySet()) {
                    NameRule.problem(e.getKey()).ifPresent(problem -> {
                        throw e.getValue().error(problem);
                    });
                    double share = e.getValue().num(0, 1);
                    leaning.put(e.getKey(), share);
                    sum += share;
                }
                if (sum > 1 + 1e-9) {
                    throw l.error("the shares of votes that follow advice add up to " + sum + "; at most 1 (all votes)");
                }
            }
            facts.add(new SeedFact(new ShareholderEvents.HolderRegistered(h.str("id"), h.str("name"), held, leaning,
                    h.has("note") ? h.str("note") : null), sourceOf(h)));
            Yaml d = h.opt("designates");
            if (d != null) {
                d.only(Set.of("seats", "sitting", "source", "assumption", "note"));
                int seats = (int) d.get("seats").num(1, 100);
                if (seats != d.get("seats").num(1, 100)) {
                    throw d.get("seats").error("a number of seats is a whole number, not " + d.get("seats").str());
                }
                List<String> sitting = new ArrayList<>();
                for (Yaml p : d.opt("sitting") == null ? List.<Yaml>of() : d.get("sitting").list()) {
                    String person = person(p);
                    if (!directors.contains(person)) {
                        throw p.error(person + " is not a director, so sits in no designated seat");
                    }
                    if (!designees.add(person)) {
                        throw p.error("'" + person + "' already sits in a designated seat");
                    }
                    sitting.add(person);
                }
                if (sitting.size() > seats) {
                    throw d.get("sitting").error(sitting.size() + " designees sit in " + seats + " designated seats");
                }
                String source = d.has("source") || d.has("assumption") ? sourceOf(d) : sourceOf(h);
                facts.add(new SeedFact(new ShareholderEvents.DesignationRightsGranted(h.str("id"), seats,
                        List.copyOf(sitting), source), source));
            }
        }
        return facts;
    }

    private static long shares(Yaml y) {
        double n = y.num(0, 1e13);
        if (n != Math.rint(n)) {
            throw y.error("a number of shares is a whole number, not " + y.str());
        }
        return (long) n;
    }

    @Override
    public String investor(Yaml ref) {
        String id = ref.str();
        if (!investors.contains(id)) {
            throw ref.error("unknown investor '" + id + "'");
        }
        return id;
    }

    public String organisationName() {
        return root.get("organisation").str("name");
    }

    /** The seed world as the first events of a run; thresholds are drawn from {@code seed}. */
    public List<SeedFact> facts(long seed) {
        List<SeedFact> facts = new ArrayList<>();
        Yaml org = root.get("organisation");
        facts.add(new SeedFact(new Organisation.OrganisationDescribed(org.str("name"), org.str("kind", ""),
                List.copyOf(people.values()), loyalists(), candidates(), sourceOf(org)), sourceOf(org)));

        Yaml board = root.get("board");
        board.only(Set.of("id", "chair", "directors", "source", "assumption"));
        List<DirectorProfile> profiles = new ArrayList<>();
        for (Yaml d : board.get("directors").list()) {
            d.only(Set.of("person", "resolve", "susceptibility", "alliedWith", "weights", "source", "assumption"));
            sourceOf(d);
            profiles.add(new DirectorProfile(person(d.get("person")), Ranges.field(d, "resolve"), Ranges.field(d, "susceptibility"),
                    d.opt("alliedWith") == null ? null : person(d.get("alliedWith")), weights(d.opt("weights"))));
        }
        String chair = person(board.get("chair"));
        if (!directors.contains(chair)) {
            throw board.get("chair").error("the chair '" + chair + "' is not one of the directors");
        }
        facts.add(new SeedFact(new BoardConstituted(board.str("id", "board"), bylaws(), profiles, chair), sourceOf(board)));

        Yaml officers = root.get("officers");
        Map<String, String> roles = new LinkedHashMap<>();
        for (Map.Entry<String, Yaml> o : officers.fields().entrySet()) {
            if (!o.getKey().equals("source") && !o.getKey().equals("assumption")) {
                roles.put(o.getKey(), person(o.getValue()));
            }
        }
        String ceo = roles.remove("ceo");
        if (ceo == null) {
            throw officers.error("missing field 'ceo'");
        }
        facts.add(new SeedFact(new CeoOfficeEstablished("ceo", ceo, roles), sourceOf(officers)));

        // a case without an employees' revolt or without outside investors leaves their blocks out
        if (root.has("workforce")) {
            facts.add(new SeedFact(workforce(seed), sourceOf(root.get("workforce"))));
        }
        if (root.has("shareholders")) {
            facts.addAll(shareholders());
            // a company with stockholders can be sued in the run; none of the seeds knows of a suit pending at its start
            facts.add(new SeedFact(new org.govsim.litigation.LitigationEvents.LitigationRecorded(List.of(), "assumption"),
                    "assumption"));
        }
        if (root.has("financing")) {
            facts.add(financing());
        }
        for (Yaml i : root.has("investors") ? root.get("investors").list() : List.<Yaml>of()) {
            i.only(Set.of("id", "name", "committedUsd", "profitShare", "votes", "leverage", "alignment", "reactionHours",
                    "escalateAfterHours", "source", "assumption", "note"));
            Yaml lev = i.get("leverage");
            lev.only(Set.of("funding", "compute", "jobs", "source", "assumption"));
            facts.add(new SeedFact(new InvestorRegistered(i.str("id"), i.str("name"),
                    Ranges.field(i, "committedUsd", "committedUsd", 0), Ranges.field(i, "profitShare", "profitShare", 0),
                    (int) Ranges.field(i, "votes", "votes", 0),
                    new Leverage(Ranges.field(lev, "funding", "funding", 0), Ranges.field(lev, "compute", "compute", 0),
                            Ranges.field(lev, "jobs", "jobs", 0)),
                    Ranges.field(i, "alignment"), hours(i, "reactionHours", 24), hours(i, "escalateAfterHours", 100_000),
                    sourceOf(i), i.has("note") ? i.str("note") : null),
                    sourceOf(i)));
        }
        return facts;
    }

    private static final Set<String> BYLAWS_RULES = Set.of("quorum", "quorumOf", "seats", "actionWithoutMeeting",
            "consentOnlyByThoseWhoCouldMeet", "noticeRequired", "directorsElectedBy", "directorsRemovedBy");

    private Bylaws bylaws() {
        Yaml b = root.get("bylaws");
        Set<String> keys = new java.util.HashSet<>(BYLAWS_RULES);
        keys.addAll(Set.of("source", "assumption", "assumptions", "note"));
        b.only(keys);
        Yaml assumptions = b.opt("assumptions");
        if (assumptions != null) {
            for (Map.Entry<String, Yaml> a : assumptions.fields().entrySet()) {
                if (!BYLAWS_RULES.contains(a.getKey())) {
                    throw a.getValue().error("'" + a.getKey() + "' is not a rule of the bylaws (expected one of "
                            + new java.util.TreeSet<>(BYLAWS_RULES) + ")");
                }
                if (a.getValue().str().isBlank()) {
                    throw a.getValue().error("say what the assumption is");
                }
            }
        }
        int seats = b.opt("seats") == null ? directors.size() : b.get("seats").integer();
        if (seats < directors.size() || seats < 1) {
            throw b.get("seats").error(seats + " seats cannot hold the " + directors.size() + " directors of the board");
        }
        Yaml q = b.get("quorum");
        int quorum = q.str().equals("majority") ? 0 : q.integer();
        if (!q.str().equals("majority") && (quorum * 3 < seats || quorum > seats)) {
            throw q.error("quorum must be 'majority' or a number from a third of the seats to all of them ("
                    + seats + " seats)");
        }
        Bylaws.QuorumBase quorumOf = b.opt("quorumOf") == null ? Bylaws.QuorumBase.AUTHORISED_SEATS
                : choice(b.get("quorumOf"), Bylaws.QuorumBase.class);
        return new Bylaws(quorum, choice(b.get("actionWithoutMeeting"), Bylaws.WrittenConsent.class),
                b.bool("noticeRequired", false), choice(b.get("directorsElectedBy"), Bylaws.Electorate.class),
                choice(b.get("directorsRemovedBy"), Bylaws.Electorate.class), sourceOf(b), quorumOf, seats,
                b.bool("consentOnlyByThoseWhoCouldMeet", false));
    }

    private WorkforceFormed workforce(long seed) {
        Yaml w = root.get("workforce");
        w.only(Set.of("id", "headcount", "thresholds", "signRate", "executives", "letterDemands", "source", "assumption", "note"));
        int headcount = (int) Ranges.field(w, "headcount");
        List<ThresholdBand> bands = thresholdBands(w.get("thresholds"));
        sourceOf(w.get("thresholds"));
        Yaml rate = w.get("signRate");
        rate.only(Set.of("day", "night", "nightFrom", "nightTo", "source", "assumption"));
        sourceOf(rate);
        Yaml ex = w.get("executives");
        ex.only(Set.of("count", "loyalty", "source", "assumption"));
        sourceOf(ex);
        Yaml demands = w.get("letterDemands");
        demands.only(Set.of("items", "source", "assumption"));
        sourceOf(demands);
        int executives = (int) Ranges.check("executives", ex.get("count"));
        if (executives > headcount) {
            throw ex.get("count").error(executives + " executives in a staff of " + headcount);
        }
        return new WorkforceFormed(w.str("id", "workforce"), headcount, bands, Ranges.check("signRateDay", rate.get("day")),
                Ranges.check("signRateNight", rate.get("night")), (int) Ranges.field(rate, "nightFrom", "nightFrom", 0),
                (int) Ranges.field(rate, "nightTo", "nightTo", 7), executives,
                Ranges.check("executiveLoyalty", ex.get("loyalty")), demands.get("items").strings(), seed, sourceOf(w),
                draw(w.get("thresholds")));
    }

    /** Threshold bands whose shares add up to one. */
    /** How employees fall into the threshold bands: by lottery (the default) or each band exactly its share. */
    static String draw(Yaml thresholds) {
        String draw = thresholds.str("draw", WorkforceFormed.LOTTERY);
        if (!draw.equals(WorkforceFormed.LOTTERY) && !draw.equals(WorkforceFormed.QUOTA)) {
            throw thresholds.get("draw").error("'" + draw + "' is not one of lottery, quota");
        }
        return draw;
    }

    public static List<ThresholdBand> thresholdBands(Yaml y) {
        y.only(Set.of("bands", "source", "assumption", "draw"));
        List<ThresholdBand> bands = new ArrayList<>();
        double total = 0;
        for (Yaml b : y.get("bands").list()) {
            b.only(Set.of("share", "from", "to", "note"));
            double share = Ranges.field(b, "share");
            double from = Ranges.field(b, "from");
            double to = Ranges.field(b, "to", "to", from);
            if (to < from) {
                throw b.get("to").error("'to' must not be below 'from'");
            }
            total += share;
            bands.add(new ThresholdBand(share, from, to));
        }
        if (Math.abs(total - 1) > 1e-6) {
            throw y.get("bands").error(String.format("the shares add up to %.3f, not 1", total));
        }
        return bands;
    }

    private List<Loyalist> loyalists() {
        List<Loyalist> out = new ArrayList<>();
        Yaml ls = root.opt("loyalists");
        if (ls == null) {
            return out;
        }
        for (Yaml l : ls.list()) {
            l.only(Set.of("person", "group", "office", "count", "loyalTo", "quits", "quitAfterHours", "source", "assumption"));
            String person = l.opt("person") == null ? null : person(l.get("person"));
            if (person == null && l.opt("group") == null) {
                throw l.error("a loyalist is a 'person' or a 'group'");
            }
            String office = person == null ? l.str("group") : l.str("office");
            out.add(new Loyalist(person, office, (int) Ranges.field(l, "count", "count", 1), person(l.get("loyalTo")),
                    l.bool("quits", false),
                    hours(l, "quitAfterHours", 0), sourceOf(l)));
        }
        return out;
    }

    private List<Candidate> candidates() {
        List<Candidate> out = new ArrayList<>();
        Yaml cs = root.opt("candidates");
        if (cs == null) {
            return out;
        }
        for (Yaml c : cs.list()) {
            c.only(Set.of("person", "tolerance", "answerAfterHours", "source", "assumption"));
            sourceOf(c);
            out.add(new Candidate(person(c.get("person")), Ranges.field(c, "tolerance"), hours(c, "answerAfterHours", 1)));
        }
        return out;
    }

    public ModelParameters model() {
        Yaml m = root.get("model");
        m.only(Set.of("pressureTickHours", "tallyTickHours", "weightExecutiveDemand", "weightInterimBacking",
                "weightSignatures", "outsideOfferMultiplier", "legalMultiplier", "weightResignations", "letterOrganiseHours",
                "letterUltimatumHours", "leaveRatePerHour", "offerThresholdDiscount", "pressureTolerance", "source",
                "assumption"));
        sourceOf(m);
        return new ModelParameters(Ranges.field(m, "pressureTickHours"), Ranges.field(m, "tallyTickHours"),
                Ranges.field(m, "weightExecutiveDemand"), Ranges.field(m, "weightInterimBacking"),
                Ranges.field(m, "weightSignatures"), Ranges.field(m, "outsideOfferMultiplier"),
                Ranges.field(m, "legalMultiplier"), Ranges.field(m, "weightResignations"),
                Ranges.field(m, "letterOrganiseHours"), Ranges.field(m, "letterUltimatumHours"),
                Ranges.field(m, "leaveRatePerHour"), Ranges.field(m, "offerThresholdDiscount"),
                Ranges.field(m, "pressureTolerance", "pressureTolerance", 0));
    }

    /** A span of simulated hours, within {@link Limits#MAX_HOURS}. */
    static double hours(Yaml y, String key, double fallback) {
        return Ranges.field(y, key, key, fallback);
    }

    static <E extends Enum<E>> E choice(Yaml y, Class<E> type) {
        return choice(y.str(), y, type);
    }

    static <E extends Enum<E>> E choice(String value, Yaml y, Class<E> type) {
        String s = value.toUpperCase().replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name().toLowerCase().replace('_', '-'));
        }
        throw y.error("'" + value + "' is not one of " + String.join(", ", names));
    }

    /** What each kind of pressure weighs with a director: {investors, staff, colleagues}, each 1 unless given. */
    static BoardEvents.Weights weights(Yaml w) {
        if (w == null) {
            return BoardEvents.Weights.EVEN;
        }
        w.only(Set.of("investors", "staff", "colleagues"));
        return new BoardEvents.Weights(Ranges.field(w, "investors", "investors", 1), Ranges.field(w, "staff", "staff", 1),
                Ranges.field(w, "colleagues", "colleagues", 1));
    }

}
