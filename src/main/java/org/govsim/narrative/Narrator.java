package org.govsim.narrative;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.govsim.board.BoardEvents.*;
import org.govsim.board.Motion;
import org.govsim.ceo.CeoEvents.*;
import org.govsim.investor.InvestorEvents.*;
import org.govsim.organisation.Organisation;
import org.govsim.organisation.Organisation.OrganisationDescribed;
import org.govsim.simulation.DomainEvent;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.SimulationEvents.*;
import org.govsim.simulation.World;
import org.govsim.workforce.WorkforceEvents.*;

/**
 * Tells a timeline as a story: for each event that matters to a reader, the time, the actor, what happened, the rule
 * or policy behind it and the source key. Bookkeeping events (the agenda, pressure readings) are left out of the story.
 */
public final class Narrator {

    /** One line of the story. {@code basis} is the rule applied or the policy that acted. */
    public record Line(long seq, java.time.Instant time, String actor, String text, String basis, String source) {
    }

    private Narrator() {
    }

    /** Tells a whole timeline from its first event. */
    public static List<Line> tell(List<Recorded> events) {
        World world = new World();
        List<Line> lines = new ArrayList<>();
        for (Recorded r : events) {
            world.apply(r);
            add(lines, r, world.organisation());
        }
        return lines;
    }

    /** Tells a stretch of a timeline, taking people's names from {@code context}, a world that knows them. */
    public static List<Line> tell(World context, List<Recorded> events) {
        List<Line> lines = new ArrayList<>();
        for (Recorded r : events) {
            add(lines, r, context.organisation());
        }
        return lines;
    }

    private static void add(List<Line> lines, Recorded r, Organisation names) {
        String text = describe(r.event(), names);
        if (text != null) {
            lines.add(new Line(r.seq(), r.time(), r.aggregate(), text, basis(r), r.source()));
        }
    }

    private static String basis(Recorded r) {
        DomainEvent e = r.event();
        if (e instanceof MotionCarried c) {
            return c.rule();
        }
        if (e instanceof MotionFailed || e instanceof MotionRejected || e instanceof CeoChangeRejected) {
            return "bylaws";
        }
        return r.cause();
    }

    public static String describe(DomainEvent event, Organisation org) {
        if (event instanceof SimulationStarted e) {
            return "Scenario begins: " + e.title() + " (seed " + e.seed() + ")";
        } else if (event instanceof OrganisationDescribed e) {
            return e.name() + ": " + e.kind() + "; " + e.people().size() + " people in the seed world";
        } else if (event instanceof BoardConstituted e) {
            return "The board: " + names(org, e.directors().stream().map(DirectorProfile::person).toList()) + "; chair "
                    + org.nameOf(e.chair()) + ". " + e.bylaws().quorumRule() + "; action without a meeting: "
                    + e.bylaws().actionWithoutMeeting().name().toLowerCase() + "; directors elected and removed by the "
                    + e.bylaws().directorsRemovedBy().name().toLowerCase();
        } else if (event instanceof CeoOfficeEstablished e) {
            return "CEO: " + org.nameOf(e.ceo()) + "; officers: " + e.officers().entrySet().stream()
                    .map(o -> o.getKey() + " " + org.nameOf(o.getValue())).collect(Collectors.joining(", "));
        } else if (event instanceof WorkforceFormed e) {
            return e.headcount() + " employees, " + e.executives() + " of them executives";
        } else if (event instanceof InvestorRegistered e) {
            return e.name() + ": " + money(e.committedUsd()) + " committed"
                    + (e.profitShare() > 0 ? ", " + Math.round(e.profitShare() * 100) + "% of profits" : "")
                    + "; " + e.votes() + " votes on the board";
        } else if (event instanceof FactNoted e) {
            return (e.disputed() ? "[disputed] " : "") + e.text();
        } else if (event instanceof MotionCarried e) {
            String s = "Motion carried: " + e.motion().title() + ". For: " + names(org, e.votesFor())
                    + (e.votesAgainst().isEmpty() ? "" : "; against: " + names(org, e.votesAgainst()));
            return e.notes().isEmpty() ? s : s + ". Note: " + String.join("; ", e.notes().stream()
                    .map(n -> replaceIds(n, org)).toList());
        } else if (event instanceof MotionFailed e) {
            return "Motion failed: " + e.title() + ": " + e.reason();
        } else if (event instanceof MotionRejected e) {
            return "Motion out of order: " + e.title() + ": " + replaceIds(e.reason(), org);
        } else if (event instanceof DirectorRemoved e) {
            return org.nameOf(e.person()) + " is removed from the board";
        } else if (event instanceof ChairRemoved e) {
            return org.nameOf(e.person()) + " is removed as chair";
        } else if (event instanceof DirectorElected e) {
            return org.nameOf(e.person()) + " is elected to the board";
        } else if (event instanceof ChairElected e) {
            return org.nameOf(e.person()) + " becomes chair";
        } else if (event instanceof ObserverSeatGranted e) {
            return e.investor() + " is granted a non-voting observer seat on the board";
        } else if (event instanceof DirectorResigned e) {
            return org.nameOf(e.person()) + " resigns from the board: " + e.reason();
        } else if (event instanceof DirectorResignationRejected e) {
            return "Resignation not possible: " + replaceIds(e.reason(), org);
        } else if (event instanceof DirectorYielded e) {
            return String.format("%s gives way under pressure (strain %.0f against resolve %.0f) and now backs a settlement",
                    org.nameOf(e.person()), e.strain(), e.resolve());
        } else if (event instanceof BoardResignationDemanded e) {
            return org.knows(e.by()) ? org.nameOf(e.by()) + " backs the demand that the board resign"
                    : e.count() + " " + e.by() + " demand that the board resign";
        } else if (event instanceof SettlementProposed e) {
            return "Terms on the table from " + org.nameOf(e.proposer()) + ": " + terms(e, org)
                    + (e.deadline() == null ? "" : "; deadline " + e.deadline());
        } else if (event instanceof SettlementLapsed e) {
            return "The board lets the terms lapse: " + e.reason();
        } else if (event instanceof CeoRemoved e) {
            return org.nameOf(e.person()) + " is removed as CEO";
        } else if (event instanceof CeoAppointed e) {
            return org.nameOf(e.person()) + (e.returning() ? " returns as CEO" : " becomes " + (e.interim() ? "interim " : "")
                    + "CEO") + (e.replaced() == null ? "" : ", replacing " + org.nameOf(e.replaced()));
        } else if (event instanceof CeoChangeRejected e) {
            return "Change of CEO rejected: " + replaceIds(e.reason(), org);
        } else if (event instanceof OfficerAppointed e) {
            return org.nameOf(e.person()) + " is appointed " + e.role();
        } else if (event instanceof OfficerResigned e) {
            return org.nameOf(e.person()) + " " + e.reason() + " (gives up the office of " + e.role() + ")";
        } else if (event instanceof CandidateApproached e) {
            return "The board approaches " + org.nameOf(e.person()) + " to be " + e.role();
        } else if (event instanceof ApproachConsidered e) {
            return null;
        } else if (event instanceof CandidateAccepted e) {
            return org.nameOf(e.person()) + " accepts the approach";
        } else if (event instanceof CandidateDeclined e) {
            return org.nameOf(e.person()) + " " + e.reason();
        } else if (event instanceof CommittedElsewhere e) {
            return org.nameOf(e.person()) + " commits to " + e.employer() + " for good";
        } else if (event instanceof BoardPressed e) {
            return e.investor() + " presses the board to " + e.demand();
        } else if (event instanceof LegalActionWeighed e) {
            return e.investor() + " weighs legal action against the board";
        } else if (event instanceof OutsideOfferMade e) {
            return e.investor() + " offers " + names(org, e.to()) + (e.colleagues() ? " and their colleagues" : "")
                    + " roles: " + e.role();
        } else if (event instanceof CeoBacked e) {
            return e.investor() + " publicly backs " + org.nameOf(e.person());
        } else if (event instanceof LetterOpened e) {
            return "Employees open a letter to the board (" + e.trigger() + "). Demands: " + String.join("; ", e.demands());
        } else if (event instanceof LetterSigned e) {
            return String.format("%d more sign the letter: %d signatures, with %d staff employed", e.added(), e.total(),
                    e.employed());
        } else if (event instanceof EmployeesResigned e) {
            return e.count() + (e.count() == 1 ? " employee resigns: " : " employees resign: ") + e.reason();
        } else if (event instanceof ResignationsWithdrawn e) {
            return e.count() + " employees who had resigned come back: " + e.reason();
        } else if (event instanceof OutsideOfferExtended e) {
            return "Every employee now has somewhere to go: " + e.employer() + " offers jobs to all who follow";
        } else if (event instanceof ExecutivesBriefed e) {
            return "The board briefs " + e.executives() + " executives on the removal";
        } else if (event instanceof BylawsAmended e) {
            return "The bylaws change (" + e.reason() + "): " + e.bylaws().quorumRule() + "; action without a meeting: "
                    + e.bylaws().actionWithoutMeeting().name().toLowerCase() + "; notice "
                    + (e.bylaws().noticeRequired() ? "required" : "not required");
        } else if (event instanceof DirectorProfileChanged e) {
            return String.format("%s's resolve is set to %.0f, susceptibility %.2f (%s)", org.nameOf(e.profile().person()),
                    e.profile().resolve(), e.profile().susceptibility(), e.reason());
        } else if (event instanceof WorkforceProfileChanged e) {
            return "The staff's thresholds and reactions change (" + e.reason() + ")";
        } else if (event instanceof InvestorProfileChanged e) {
            return String.format("%s's leverage and stance change: leverage %.2f, alignment %.2f (%s)", e.profile().name(),
                    e.profile().leverage().total(), e.profile().alignment(), e.reason());
        } else if (event instanceof ModelParametersChanged e) {
            return "The behaviour model's weights and rates change (" + e.reason() + ")";
        } else if (event instanceof org.govsim.organisation.Organisation.OrganisationRevised e) {
            return "Loyalties and candidates change (" + e.reason() + ")";
        } else if (event instanceof HorizonMoved e) {
            return "The simulation now ends at " + e.horizon() + " (" + e.reason() + ")";
        } else if (event instanceof ActionReplaced e) {
            return "A planned step changes: " + e.reason();
        } else if (event instanceof ActionCancelled e) {
            return "A planned step is dropped: " + e.reason();
        } else if (event instanceof SimulationEnded e) {
            return "End of the run: " + String.join(" | ", e.summary());
        }
        return null;
    }

    private static String terms(SettlementProposed e, Organisation org) {
        List<String> parts = new ArrayList<>();
        var t = e.terms();
        if (t.ceo() != null) {
            parts.add(org.nameOf(t.ceo()) + " as CEO");
        }
        if (!t.elect().isEmpty()) {
            parts.add("elect " + names(org, t.elect()));
        }
        if (t.chair() != null) {
            parts.add(org.nameOf(t.chair()) + " as chair");
        }
        if (!t.leaving().isEmpty()) {
            parts.add(names(org, t.leaving()) + " leave the board");
        }
        return String.join(", ", parts);
    }

    static String names(Organisation org, List<String> ids) {
        return ids.isEmpty() ? "nobody" : ids.stream().map(org::nameOf).collect(Collectors.joining(", "));
    }

    private static String replaceIds(String text, Organisation org) {
        String out = text;
        for (var p : org.people().values()) {
            out = out.replaceAll("\\b" + p.id() + "\\b", p.name());
        }
        return out;
    }

    private static String money(double usd) {
        if (usd >= 1e9) {
            return String.format("$%.0fB", usd / 1e9);
        }
        if (usd >= 1e6) {
            return String.format("$%.0fM", usd / 1e6);
        }
        return usd > 0 ? String.format("$%.0f", usd) : "undisclosed sums";
    }


    public static ZoneId zone(List<Recorded> events) {
        for (Recorded r : events) {
            if (r.event() instanceof SimulationStarted s) {
                return ZoneId.of(s.timezone());
            }
        }
        return ZoneId.of("UTC");
    }
}
