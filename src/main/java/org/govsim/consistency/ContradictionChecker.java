package org.govsim.consistency;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govsim.board.Board;
import org.govsim.board.BoardEvents.ChairRemoved;
import org.govsim.board.BoardEvents.DirectorRemoved;
import org.govsim.board.BoardEvents.DirectorResigned;
import org.govsim.board.BoardEvents.SettlementLapsed;
import org.govsim.board.BoardEvents.SettlementProposed;
import org.govsim.ceo.CeoEvents.CandidateAccepted;
import org.govsim.ceo.CeoEvents.CandidateApproached;
import org.govsim.ceo.CeoEvents.CeoAppointed;
import org.govsim.ceo.CeoEvents.CeoRemoved;
import org.govsim.ceo.CeoEvents.OfficerResigned;
import org.govsim.ceo.CeoOffice;
import org.govsim.investor.Investor;
import org.govsim.investor.InvestorEvents.BoardPressed;
import org.govsim.investor.InvestorEvents.OutsideOfferMade;
import org.govsim.narrative.Narrator;
import org.govsim.organisation.Organisation;
import org.govsim.simulation.DomainEvent;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;
import org.govsim.workforce.WorkforceEvents.LetterOpened;
import org.govsim.workforce.WorkforceEvents.OutsideOfferExtended;

/**
 * Reads a timeline event by event, with the world as it stood before and after each, and reports every line that
 * contradicts its branch. The rules read the events' fields where they can and the story's words where a line
 * describes the world in prose (scripted notes, the letter's demands, epilogues).
 */
public final class ContradictionChecker {

    public static final String OFFER_NEVER_MADE = "offer-never-made";
    public static final String OFFICE_NOT_HELD = "office-not-held";
    public static final String RETURN_NOT_HAPPENED = "return-not-happened";
    public static final String APPROACH_AFTER_ACCEPTANCE = "approach-after-acceptance";
    public static final String NO_SUCH_SEAT = "no-such-seat";

    /** Words that speak of an outside offer as made. */
    private static final Pattern OFFER_WORDS = Pattern.compile("\\b(offered|offers jobs|offer of jobs|job offer|"
            + "somewhere to go)\\b|'s offer\\b", Pattern.CASE_INSENSITIVE);

    /** Words that speak of a CEO's return as having happened. */
    private static final Pattern RETURN_WORDS = Pattern.compile("\\b(is back|back as CEO|returned as|reinstated|"
            + "the return|after the return|since the return)\\b", Pattern.CASE_INSENSITIVE);

    /** A role word right before a person's name: "CTO Mira Murati", "interim CEO Emmett Shear", "chair Bret Taylor". */
    private static final Pattern ROLE_BEFORE_NAME = Pattern.compile("\\b(interim CEO|CEO|CTO|COO|[Pp]resident|[Cc]hair)"
            + " $");

    /** Events whose words speak of what is proposed or demanded, not of what has happened. */
    private static final Set<Class<?>> PROPOSALS = Set.of(SettlementProposed.class, SettlementLapsed.class,
            BoardPressed.class, LetterOpened.class);

    private ContradictionChecker() {
    }

    public static List<Contradiction> check(List<Recorded> events) {
        List<Contradiction> out = new ArrayList<>();
        World world = new World();
        Set<String> offersBy = new HashSet<>();
        boolean returned = false;
        boolean acceptedCandidate = false;
        for (Recorded r : events) {
            Offices before = Offices.of(world);
            world.apply(r);
            Offices after = Offices.of(world);
            DomainEvent e = r.event();
            String line = Narrator.describe(e, world.names());
            String text = line == null ? "" : line;
            Map<String, String> people = people(world);

            if (e instanceof OutsideOfferMade o) {
                offersBy.add(o.investor().toLowerCase(Locale.ROOT));
                offersBy.add(investorName(world, o.investor()).toLowerCase(Locale.ROOT));
            }
            if (e instanceof OutsideOfferExtended x && !offersBy.contains(x.employer().toLowerCase(Locale.ROOT))) {
                out.add(found(r, OFFER_NEVER_MADE, text, x.employer() + " extends an offer it never made"));
            } else if (!(e instanceof OutsideOfferMade) && offersBy.isEmpty() && (OFFER_WORDS.matcher(text).find()
                    || e instanceof LetterOpened l && l.demands().stream().anyMatch(d -> OFFER_WORDS.matcher(d).find()))) {
                out.add(found(r, OFFER_NEVER_MADE, text, "speaks of an outside offer, but none was made in this branch"));
            }

            if (e instanceof CeoAppointed a && a.returning()) {
                returned = true;
            }
            boolean epilogue = "epilogue".equals(r.cause());
            if (!PROPOSALS.contains(e.getClass()) && !(e instanceof CeoAppointed) && RETURN_WORDS.matcher(text).find()
                    && !(epilogue ? returnedAnywhere(events) : returned)) {
                out.add(found(r, RETURN_NOT_HAPPENED, text, "speaks of a return, but no CEO returned in this branch"
                        + (epilogue ? "" : " by then")));
            }

            if (e instanceof CandidateApproached c && c.role().equalsIgnoreCase("ceo") && acceptedCandidate) {
                out.add(found(r, APPROACH_AFTER_ACCEPTANCE, text, "approaches " + people.getOrDefault(c.person(),
                        c.person()) + " to be CEO after a candidate has accepted"));
            }
            if (e instanceof CandidateAccepted c && c.role().equalsIgnoreCase("ceo")) {
                acceptedCandidate = true;
            }

            String seat = noSuchSeat(e, before);
            if (seat != null) {
                out.add(found(r, NO_SUCH_SEAT, text, seat));
            }
            if (!PROPOSALS.contains(e.getClass())) {
                for (String role : rolesNamed(text, people, before, after)) {
                    out.add(found(r, OFFICE_NOT_HELD, text, role));
                }
            }
        }
        return out;
    }

    /** Acts on a seat or office that the person did not hold just before. */
    private static String noSuchSeat(DomainEvent e, Offices before) {
        if (e instanceof CeoRemoved c && !c.person().equals(before.ceo())) {
            return c.person() + " is removed as CEO without holding the office";
        }
        if (e instanceof OfficerResigned o && !o.person().equals(before.officers().get(o.role()))
                && !(o.role().equalsIgnoreCase("ceo") && o.person().equals(before.ceo()))) {
            return o.person() + " gives up the office of " + o.role() + " without holding it";
        }
        if (e instanceof DirectorRemoved d && !before.directors().contains(d.person())) {
            return d.person() + " is removed from a board they do not sit on";
        }
        if (e instanceof DirectorResigned d && !before.directors().contains(d.person())) {
            return d.person() + " resigns from a board they do not sit on";
        }
        if (e instanceof ChairRemoved c && !c.person().equals(before.chair())) {
            return c.person() + " is removed as chair without holding the chair";
        }
        return null;
    }

    /** Every "ROLE Name" in the text whose person held that role neither just before the line nor just after it. */
    private static List<String> rolesNamed(String text, Map<String, String> people, Offices before, Offices after) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> p : people.entrySet()) {
            for (int at = text.indexOf(p.getValue()); at >= 0; at = text.indexOf(p.getValue(), at + 1)) {
                Matcher role = ROLE_BEFORE_NAME.matcher(text.substring(Math.max(0, at - 12), at));
                if (role.find()) {
                    String r = role.group(1);
                    if (!before.holds(p.getKey(), r) && !after.holds(p.getKey(), r)) {
                        out.add(p.getValue() + " is called " + r + " but does not hold that office");
                    }
                }
            }
        }
        return out;
    }

    private static boolean returnedAnywhere(List<Recorded> events) {
        return events.stream().anyMatch(x -> x.event() instanceof CeoAppointed a && a.returning());
    }

    private static Map<String, String> people(World world) {
        Map<String, String> out = new LinkedHashMap<>();
        Organisation.in(world).people().forEach((id, p) -> out.put(id, p.name()));
        return out;
    }

    private static String investorName(World world, String investor) {
        var all = Investor.all(world);
        return all.containsKey(investor) ? all.get(investor).profile().name() : investor;
    }

    private static Contradiction found(Recorded r, String rule, String line, String why) {
        return new Contradiction(r.seq(), r.time(), rule, line, why);
    }

    /** Who held which seat and office at one moment. */
    record Offices(String ceo, boolean interim, Map<String, String> officers, Set<String> directors, String chair) {

        static Offices of(World world) {
            CeoOffice office = CeoOffice.in(world);
            Board board = Board.in(world);
            return new Offices(office.holder(), office.interim(), new LinkedHashMap<>(office.officers()),
                    new HashSet<>(board.members()), board.chair());
        }

        boolean holds(String person, String role) {
            return switch (role.toLowerCase(Locale.ROOT)) {
                case "ceo" -> person.equals(ceo);
                case "interim ceo" -> person.equals(ceo) && interim;
                case "chair" -> person.equals(chair);
                default -> person.equals(officers.get(role.toLowerCase(Locale.ROOT)));
            };
        }
    }
}
