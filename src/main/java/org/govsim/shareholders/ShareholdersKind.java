package org.govsim.shareholders;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.govsim.shareholders.ShareholderEvents.ElectionHeld;
import org.govsim.shareholders.ShareholderEvents.HolderDeclared;
import org.govsim.shareholders.ShareholderEvents.HolderRegistered;
import org.govsim.shareholders.ShareholderEvents.MeetingCalled;
import org.govsim.shareholders.ShareholderEvents.NomineeResult;
import org.govsim.shareholders.ShareholderEvents.ShareCapitalRegistered;
import org.govsim.shareholders.ShareholderEvents.ShareClass;
import org.govsim.shareholders.ShareholderEvents.WithholdAdvised;
import org.govsim.shareholders.ShareholderEvents.WithholdCampaignLaunched;
import org.govsim.simulation.ActorKind;
import org.govsim.simulation.Command;
import org.govsim.simulation.DomainEvent;
import org.govsim.simulation.Names;
import org.govsim.simulation.World;

/** The stockholders as the engine and the story see them: one stream, its lines, its state. */
public final class ShareholdersKind extends ActorKind<Shareholders> {

    ShareholdersKind() {
        super("shareholders", false, Shareholders.class, Shareholders::new);
    }

    @Override
    public List<Class<? extends DomainEvent>> events() {
        return nested(DomainEvent.class, ShareholderEvents.class);
    }

    @Override
    public List<Class<? extends Command>> commands() {
        return nested(Command.class, ShareholderCommands.class);
    }

    @Override
    public String tell(DomainEvent event, Names names) {
        if (event instanceof ShareCapitalRegistered e) {
            return "The stock: " + String.join("; ", e.classes().stream().map(ShareholdersKind::describe).toList())
                    + "; directors are elected by " + (e.election().equals("majority")
                    ? "a majority of the votes cast" : "plurality, so a withheld vote cannot unseat an unopposed nominee");
        } else if (event instanceof HolderRegistered e) {
            return capitalised(e.name()) + " hold" + (e.name().contains(" and ") || e.name().endsWith("s") ? "" : "s") + " "
                    + String.join(" and ", e.shares().entrySet().stream()
                    .map(s -> millions(s.getValue()) + " " + s.getKey() + " shares").toList());
        } else if (event instanceof ShareholderEvents.ElectionRuleChanged e) {
            return "Directors are now elected by " + (e.election().equals("majority")
                    ? "a majority of the votes cast: a nominee with more votes withheld than for is not elected"
                    : "plurality") + " (" + e.reason() + ")";
        } else if (event instanceof ShareholderEvents.HolderChanged e) {
            return capitalised(e.holder().name()) + ": " + String.join(" and ", e.holder().shares().entrySet().stream()
                    .map(s -> millions(s.getValue()) + " " + s.getKey() + " shares").toList())
                    + (e.holder().leaning().isEmpty() ? "" : ", following " + e.holder().leaning()) + " (" + e.reason() + ")";
        } else if (event instanceof MeetingCalled e) {
            return "The " + e.title() + " is set for " + names.when(e.at()) + (e.nominees().isEmpty() ? ""
                    : "; the board nominates " + names.list(e.nominees()));
        } else if (event instanceof WithholdAdvised e) {
            return e.name() + " advises stockholders to withhold their votes from " + names.list(e.from()) + ": "
                    + e.reason();
        } else if (event instanceof WithholdCampaignLaunched e) {
            return e.name() + " asks stockholders to withhold their votes from " + names.list(e.from()) + ": "
                    + e.demand();
        } else if (event instanceof HolderDeclared e) {
            return names.nameOf(e.holder()) + (e.withholdFrom().isEmpty() ? " will vote for every nominee"
                    : " will withhold its votes from " + names.list(e.withholdFrom())) + ": " + e.reason();
        } else if (event instanceof ShareholderEvents.StockholdersConsented e) {
            return names.list(e.holders()) + ", with " + percent((double) e.votes() / e.of()) + " of the votes, act by "
                    + "written consent" + (e.remove().isEmpty() ? "" : ": remove " + names.list(e.remove()))
                    + (e.elect().isEmpty() ? "" : (e.remove().isEmpty() ? ": " : "; ") + "elect " + names.list(e.elect()));
        } else if (event instanceof ShareholderEvents.StockholderConsentFailed e) {
            return "A written consent of " + names.list(e.holders()) + " does not carry: " + e.reason();
        } else if (event instanceof ShareholderEvents.DesignationRightsGranted e) {
            return names.nameOf(e.holder()) + " may designate " + e.seats() + (e.seats() == 1 ? " director" : " directors")
                    + (e.sitting().isEmpty() ? "" : "; " + names.list(e.sitting()) + " sit" + (e.sitting().size() == 1
                    ? "s" : "") + " in " + (e.sitting().size() == 1 ? "such a seat" : "such seats"));
        } else if (event instanceof ShareholderEvents.DirectorDesignated e) {
            return names.nameOf(e.holder()) + " designates " + names.nameOf(e.person()) + " to the board, under "
                    + "a right to name " + e.seats() + (e.seats() == 1 ? " director" : " directors");
        } else if (event instanceof ShareholderEvents.DesignationRefused e) {
            return names.nameOf(e.holder()) + " cannot designate " + names.nameOf(e.person()) + ": " + e.reason();
        } else if (event instanceof ShareholderEvents.DesignationRightsVoided e) {
            return names.nameOf(e.holder()) + " loses the right to designate directors (" + e.authority() + ")";
        } else if (event instanceof ShareholderEvents.HoldersLetterSent e) {
            return names.list(e.holders()) + ", holding " + percent(e.shareOfStock()) + " of the stock and "
                    + percent(e.shareOfVotes()) + " of the votes, " + (e.holders().size() == 1 ? "writes" : "write")
                    + " to " + names.nameOf(e.to()) + ": "
                    + e.demand() + ", by " + names.when(e.deadline());
        } else if (event instanceof ShareholderEvents.LetterDeadlinePassed e) {
            return "The deadline of the holders' letter comes; its signers hold " + percent(e.shareOfVotes())
                    + " of the votes";
        } else if (event instanceof ShareholderEvents.VotesPerShareChanged e) {
            return capitalised(e.name()) + " now carries " + votes(e.votesPerShare()) + " a share (" + e.reason() + ")";
        } else if (event instanceof ElectionHeld e) {
            List<String> parts = new ArrayList<>();
            for (NomineeResult r : e.results()) {
                if (r.withheld() > 0) {
                    parts.add(names.nameOf(r.person()) + " " + percent(r.withheldShare()) + " withheld"
                            + (r.elected() ? "" : ", not elected"));
                }
            }
            boolean all = e.results().stream().allMatch(NomineeResult::elected);
            return "The stockholders vote: " + (all ? "every nominee is elected" : "not every nominee is elected")
                    + (parts.isEmpty() ? "" : "; " + String.join(", ", parts));
        }
        return null;
    }

    /** Holders registered together in the seed, in one line. */
    @Override
    public String tellTogether(List<DomainEvent> events, Names names) {
        if (!events.stream().allMatch(HolderRegistered.class::isInstance)) {
            return null;
        }
        return "Holders: " + String.join("; ", events.stream().map(HolderRegistered.class::cast)
                .map(h -> h.name() + ", " + String.join(" and ", h.shares().entrySet().stream()
                        .map(s -> millions(s.getValue()) + " " + s.getKey()).toList())).toList());
    }

    private static String capitalised(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String describe(ShareClass c) {
        return c.name() + ", " + millions(c.shares()) + " shares of " + votes(c.votesPerShare()) + " each";
    }

    private static String votes(double perShare) {
        String votes = perShare == Math.rint(perShare) ? Long.toString((long) perShare) : Double.toString(perShare);
        return votes + (votes.equals("1") ? " vote" : " votes");
    }

    static String millions(long shares) {
        return shares >= 1_000_000 ? String.format(Locale.ROOT, "%,.1fM", shares / 1e6) : String.format(Locale.ROOT, "%,d", shares);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    @Override
    public Map<String, Object> view(Shareholders s, World world) {
        if (s.classes().isEmpty()) {
            // a case whose seed gives no stock (a nonprofit's board elects itself) shows none
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("election", s.election());
        List<Map<String, Object>> classes = new ArrayList<>();
        s.classes().values().forEach(c -> classes.add(Map.of("id", c.id(), "name", c.name(), "shares", c.shares(),
                "votesPerShare", c.votesPerShare())));
        out.put("classes", classes);
        List<Map<String, Object>> holders = new ArrayList<>();
        long total = s.totalVotes();
        for (HolderRegistered h : s.holders().values()) {
            long votes = s.votesOf(h);
            holders.add(Map.of("id", h.holder(), "name", h.name(), "votes", votes,
                    "shareOfVotes", total == 0 ? 0.0 : Math.round(votes * 10000.0 / total) / 10000.0));
        }
        out.put("holders", holders);
        List<Map<String, Object>> elections = new ArrayList<>();
        for (ElectionHeld e : s.elections().values()) {
            List<Map<String, Object>> results = new ArrayList<>();
            e.results().forEach(r -> results.add(Map.of("person", r.person(), "votesFor", r.votesFor(),
                    "withheld", r.withheld(), "withheldShare", Math.round(r.withheldShare() * 10000.0) / 10000.0,
                    "elected", r.elected())));
            elections.add(Map.of("meeting", e.meeting(), "results", results));
        }
        out.put("elections", elections);
        return out;
    }
}
