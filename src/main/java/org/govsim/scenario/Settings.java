package org.govsim.scenario;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsim.board.Board;
import org.govsim.board.BoardEvents.BylawsAmended;
import org.govsim.board.BoardEvents.DirectorProfile;
import org.govsim.board.BoardEvents.DirectorProfileChanged;
import org.govsim.board.Bylaws;
import org.govsim.investor.Investor;
import org.govsim.investor.InvestorEvents.InvestorProfileChanged;
import org.govsim.investor.InvestorEvents.InvestorRegistered;
import org.govsim.organisation.Organisation.Candidate;
import org.govsim.organisation.Organisation.Loyalist;
import org.govsim.organisation.Organisation.OrganisationRevised;
import org.govsim.organisation.Organisation;
import org.govsim.shareholders.ShareholderEvents;
import org.govsim.shareholders.ShareholderEvents.HolderRegistered;
import org.govsim.shareholders.Shareholders;
import org.govsim.simulation.ModelParameters;
import org.govsim.simulation.SimulationEvents.HorizonMoved;
import org.govsim.simulation.SimulationEvents.ModelParametersChanged;
import org.govsim.simulation.WhatIf;
import org.govsim.simulation.World;
import org.govsim.workforce.ThresholdBand;
import org.govsim.workforce.Workforce;
import org.govsim.workforce.WorkforceEvents.WorkforceFormed;
import org.govsim.workforce.WorkforceEvents.WorkforceProfileChanged;

/**
 * Parameter settings by path ("bylaws.quorum", "directors.toner.resolve", "workforce.thresholdShift", ...), applied
 * to a world as the events that change its actors' profiles. Shared by what-ifs and experiments.
 */
final class Settings {

    /** Every path a setting may take; the part in capitals names a person, an investor or a field. */
    static final List<String> FORMS = List.of("bylaws.FIELD", "directors.PERSON.resolve|susceptibility",
            "workforce.FIELD", "workforce.thresholds", "workforce.thresholdShift", "investors.ID.FIELD",
            "investors.ID.leverage.funding|compute|jobs", "model.FIELD", "loyalists.PERSON_OR_GROUP.quits|quitAfterHours",
            "candidates.PERSON.tolerance|answerAfterHours", "shareholders.election",
            "shareholders.holders.ID.shares.CLASS", "shareholders.holders.ID.leaning.ADVISER",
            "shareholders.classes.CLASS.votesPerShare", "horizon");

    /** The first part of every setting's path. */
    static final List<String> ROOTS = List.of("bylaws", "directors", "workforce", "investors", "model", "loyalists",
            "candidates", "shareholders", "horizon");

    private Settings() {
    }

    /** A holder with one setting applied: shareholders.holders.ID.shares.CLASS or shareholders.holders.ID.leaning.ADVISER. */
    private static HolderRegistered holder(Shareholders stock, Map<String, HolderRegistered> changed, String[] path, Yaml v) {
        if (path.length != 5 || !path[1].equals("holders") || !(path[3].equals("shares") || path[3].equals("leaning"))) {
            throw v.error("a stockholders' setting is shareholders.election, shareholders.holders.ID.shares.CLASS, "
                    + "shareholders.holders.ID.leaning.ADVISER or shareholders.classes.CLASS.votesPerShare");
        }
        HolderRegistered h = changed.getOrDefault(path[2], stock.holders().get(path[2]));
        if (h == null) {
            throw v.error("no holder '" + path[2] + "' in the seed world");
        }
        if (path[3].equals("shares")) {
            if (!stock.classes().containsKey(path[4])) {
                throw v.error("no share class '" + path[4] + "' (the classes are " + stock.classes().keySet() + ")");
            }
            double n = v.num(0, 1e13);
            if (n != Math.rint(n)) {
                throw v.error("a number of shares is a whole number, not " + v.str());
            }
            Map<String, Long> shares = new LinkedHashMap<>(h.shares());
            shares.put(path[4], (long) n);
            return new HolderRegistered(h.holder(), h.name(), shares, h.leaning(), h.note());
        }
        Map<String, Double> leaning = new LinkedHashMap<>(h.leaning());
        leaning.put(path[4], v.num(0, 1));
        if (leaning.values().stream().mapToDouble(Double::doubleValue).sum() > 1 + 1e-9) {
            throw v.error("the shares of " + h.holder() + "'s votes that follow advice would add up to more than 1");
        }
        return new HolderRegistered(h.holder(), h.name(), h.shares(), leaning, h.note());
    }

    static void apply(World world, Map<String, Yaml> set, WhatIf.Edits edits, String reason) {
        ZoneId zone = world.zone();
        Bylaws bylaws = Board.in(world).bylaws();
        Map<String, DirectorProfile> directors = new LinkedHashMap<>();
        WorkforceFormed staff = Workforce.in(world).profile();
        Map<String, InvestorRegistered> investors = new LinkedHashMap<>();
        ModelParameters model = world.parameters();
        List<Loyalist> loyalists = new ArrayList<>(Organisation.in(world).loyalists());
        List<Candidate> candidates = new ArrayList<>(Organisation.in(world).candidates());
        Instant horizon = null;
        Shareholders stock = Shareholders.in(world);
        String election = stock.election();
        Map<String, HolderRegistered> holders = new LinkedHashMap<>();
        Map<String, Double> votesPerShare = new LinkedHashMap<>();
        for (Map.Entry<String, Yaml> e : set.entrySet()) {
            String[] path = e.getKey().split("\\.");
            Yaml v = e.getValue();
            switch (path[0]) {
                case "bylaws" -> {
                    need(path, 2, v, "bylaws.FIELD");
                    if (path[1].equals("quorum")) {
                        int seats = Board.in(world).seats();
                        int q = v.str().equals("majority") ? 0 : v.integer();
                        if (q != 0 && (q * 3 < seats || q > seats)) {
                            throw v.error("quorum must be 'majority' or a number from a third of the seats to all of them ("
                                    + seats + " seats at the fork point)");
                        }
                        bylaws = new Bylaws(q, bylaws.actionWithoutMeeting(), bylaws.noticeRequired(),
                                bylaws.directorsElectedBy(), bylaws.directorsRemovedBy(), "what-if", bylaws.quorumOf(),
                                bylaws.seats(), bylaws.consentOnlyByThoseWhoCouldMeet());
                    } else {
                        if (path[1].equals("seats") && v.integer() < Math.max(1, Board.in(world).members().size())) {
                            throw v.error("seats must hold the " + Board.in(world).members().size()
                                    + " directors in office at the fork point");
                        }
                        bylaws = RecordEdit.with(bylaws, path[1], v);
                    }
                }
                case "directors" -> {
                    boolean weight = path.length == 4 && path[2].equals("weights");
                    if (!weight) {
                        need(path, 3, v, "directors.PERSON.resolve (or directors.PERSON.weights.investors)");
                    }
                    Board.Director d = Board.in(world).directors().get(path[1]);
                    if (d == null) {
                        throw v.error("'" + path[1] + "' is not a director at the fork point");
                    }
                    DirectorProfile current = directors.getOrDefault(path[1],
                            new DirectorProfile(d.person(), d.resolve(), d.susceptibility(), d.alliedWith(), d.weights()));
                    directors.put(path[1], weight
                            ? new DirectorProfile(current.person(), current.resolve(), current.susceptibility(),
                                    current.alliedWith(), RecordEdit.with(current.weights(), path[3], v))
                            : RecordEdit.with(current, path[2], v));
                }
                case "workforce" -> {
                    if (staff == null) {
                        throw v.error("the case has no workforce to change (its seed world has no workforce block)");
                    }
                    if (path.length == 2 && path[1].equals("thresholdShift")) {
                        staff = withBands(staff, shifted(staff.thresholds(), v.num(-1, 1)));
                    } else if (path.length == 2 && path[1].equals("thresholds")) {
                        staff = withBands(staff, SeedWorld.thresholdBands(v));
                    } else {
                        need(path, 2, v, "workforce.FIELD");
                        staff = RecordEdit.with(staff, path[1], v);
                    }
                }
                case "investors" -> {
                    if (path.length < 3) {
                        need(path, 3, v, "investors.ID.FIELD");
                    }
                    Investor investor = Investor.all(world).get(path[1]);
                    if (investor == null) {
                        throw v.error("unknown investor '" + path[1] + "'");
                    }
                    InvestorRegistered current = investors.getOrDefault(path[1], investor.profile());
                    if (path[2].equals("leverage")) {
                        need(path, 4, v, "investors.ID.leverage.funding");
                        investors.put(path[1], new InvestorRegistered(current.investor(), current.name(),
                                current.committedUsd(), current.profitShare(), current.votes(),
                                RecordEdit.with(current.leverage(), path[3], v), current.alignment(), current.reactionHours(),
                                current.escalateAfterHours(), "what-if", current.note()));
                    } else {
                        need(path, 3, v, "investors.ID.FIELD");
                        investors.put(path[1], RecordEdit.with(current, path[2], v));
                    }
                }
                case "model" -> {
                    need(path, 2, v, "model.FIELD");
                    model = RecordEdit.with(model, path[1], v);
                }
                case "loyalists" -> {
                    need(path, 3, v, "loyalists.PERSON_OR_GROUP.FIELD");
                    int i = indexOfLoyalist(loyalists, path[1]);
                    if (i < 0) {
                        throw v.error("no loyalist '" + path[1] + "' in the seed world");
                    }
                    loyalists.set(i, RecordEdit.with(loyalists.get(i), path[2], v));
                }
                case "shareholders" -> {
                    if (stock.classes().isEmpty()) {
                        throw v.error("the case has no stock to change (its seed world has no shareholders block)");
                    }
                    if (path.length >= 2 && path[1].equals("classes")) {
                        if (path.length != 4 || !path[3].equals("votesPerShare")) {
                            throw v.error("a share class's setting is shareholders.classes.CLASS.votesPerShare");
                        }
                        if (!stock.classes().containsKey(path[2])) {
                            throw v.error("no share class '" + path[2] + "' (the classes are " + stock.classes().keySet() + ")");
                        }
                        votesPerShare.put(path[2], v.num(0, 1000));
                    } else if (path.length == 2 && path[1].equals("election")) {
                        election = v.str();
                        if (!election.equals("plurality") && !election.equals("majority")) {
                            throw v.error("election must be 'plurality' or 'majority', not '" + election + "'");
                        }
                    } else {
                        holders.put(path.length > 2 ? path[2] : "", holder(stock, holders, path, v));
                    }
                }
                case "candidates" -> {
                    need(path, 3, v, "candidates.PERSON.FIELD");
                    int i = -1;
                    for (int k = 0; k < candidates.size(); k++) {
                        if (candidates.get(k).person().equals(path[1])) {
                            i = k;
                        }
                    }
                    if (i < 0) {
                        throw v.error("no candidate '" + path[1] + "' in the seed world");
                    }
                    candidates.set(i, RecordEdit.with(candidates.get(i), path[2], v));
                }
                case "horizon" -> {
                    try {
                        horizon = v.str().startsWith("+") ? world.now().plus(duration(v)) : v.time(zone);
                    } catch (java.time.DateTimeException | ArithmeticException far) {
                        throw v.error("beyond any calendar (horizon)");
                    }
                    if (!horizon.isAfter(world.now())) {
                        throw v.error("the new horizon lies before the fork point");
                    }
                    if (horizon.isAfter(world.started().start().plus(java.time.Duration.ofDays(Limits.MAX_HORIZON_DAYS)))) {
                        throw v.error("more than " + Limits.MAX_HORIZON_DAYS + " days after the scenario's start (horizon)");
                    }
                }
                default -> throw v.error("unknown setting '" + e.getKey() + "' (settings start with bylaws, directors, "
                        + "workforce, investors, model, loyalists, candidates, shareholders or horizon)");
            }
        }
        if (!bylaws.equals(Board.in(world).bylaws())) {
            edits.record(new BylawsAmended(bylaws, reason));
        }
        directors.values().forEach(d -> edits.record(new DirectorProfileChanged(d, reason)));
        if (staff != null && !staff.equals(Workforce.in(world).profile())) {
            edits.record(new WorkforceProfileChanged(staff, reason));
        }
        investors.forEach((id, p) -> edits.record(new InvestorProfileChanged(id, p, reason)));
        if (!election.equals(stock.election())) {
            edits.record(new ShareholderEvents.ElectionRuleChanged(election, reason));
        }
        holders.values().forEach(h -> edits.record(new ShareholderEvents.HolderChanged(h, reason)));
        votesPerShare.forEach((c, votes) -> {
            if (votes != stock.classes().get(c).votesPerShare()) {
                edits.record(new ShareholderEvents.VotesPerShareChanged(c, stock.classes().get(c).name(), votes, reason));
            }
        });
        if (!model.equals(world.parameters())) {
            edits.record(new ModelParametersChanged(model, reason));
        }
        if (!loyalists.equals(Organisation.in(world).loyalists()) || !candidates.equals(Organisation.in(world).candidates())) {
            edits.record(new OrganisationRevised(loyalists, candidates, reason));
        }
        if (horizon != null) {
            edits.record(new HorizonMoved(horizon, reason));
        }
    }

    /** "+PT24H": a span after the fork point, in ISO-8601. */
    static java.time.Duration duration(Yaml v) {
        try {
            return java.time.Duration.parse(v.str().substring(1));
        } catch (java.time.format.DateTimeParseException e) {
            throw v.error("expected a time or a span after the fork point such as +PT24H, found '" + v.str() + "'");
        }
    }

    static int indexOfLoyalist(List<Loyalist> loyalists, String key) {
        for (int i = 0; i < loyalists.size(); i++) {
            Loyalist l = loyalists.get(i);
            if (key.equals(l.person()) || (l.isGroup() && key.equals(l.office().replace(' ', '-')))) {
                return i;
            }
        }
        return -1;
    }

    private static void need(String[] path, int length, Yaml at, String form) {
        if (path.length != length) {
            throw at.error("a setting here has the form " + form);
        }
    }


    /**
     * Every band moved up by {@code shift} (down when negative), kept within [0, 1]. The organisers (threshold 0) and
     * those who never sign (above 1) stay: the letter still starts, and the holdouts still hold out.
     */
    static List<ThresholdBand> shifted(List<ThresholdBand> bands, double shift) {
        List<ThresholdBand> out = new ArrayList<>();
        for (ThresholdBand b : bands) {
            if (b.from() > 1 || b.to() == 0) {
                out.add(b);
            } else {
                out.add(new ThresholdBand(b.share(), clamp(b.from() + shift), clamp(b.to() + shift)));
            }
        }
        return out;
    }

    private static double clamp(double x) {
        return Math.max(0, Math.min(1, x));
    }

    private static WorkforceFormed withBands(WorkforceFormed staff, List<ThresholdBand> bands) {
        return new WorkforceFormed(staff.workforce(), staff.headcount(), bands, staff.signRateDay(), staff.signRateNight(),
                staff.nightFrom(), staff.nightTo(), staff.executives(), staff.executiveLoyalty(), staff.letterDemands(),
                staff.seed(), "what-if", staff.draw());
    }
}
