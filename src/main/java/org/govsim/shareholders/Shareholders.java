package org.govsim.shareholders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govsim.shareholders.ShareholderCommands.AdviseWithholding;
import org.govsim.shareholders.ShareholderCommands.CallMeeting;
import org.govsim.shareholders.ShareholderCommands.DeclareVote;
import org.govsim.shareholders.ShareholderCommands.HoldElection;
import org.govsim.shareholders.ShareholderCommands.LaunchWithholdCampaign;
import org.govsim.shareholders.ShareholderEvents.ElectionHeld;
import org.govsim.shareholders.ShareholderEvents.HolderDeclared;
import org.govsim.shareholders.ShareholderEvents.HolderRegistered;
import org.govsim.shareholders.ShareholderEvents.MeetingCalled;
import org.govsim.shareholders.ShareholderEvents.NomineeResult;
import org.govsim.shareholders.ShareholderEvents.ShareCapitalRegistered;
import org.govsim.shareholders.ShareholderEvents.ShareClass;
import org.govsim.shareholders.ShareholderEvents.WithholdAdvised;
import org.govsim.shareholders.ShareholderEvents.WithholdCampaignLaunched;
import org.govsim.simulation.Actor;
import org.govsim.simulation.Command;
import org.govsim.simulation.DomainEvent;
import org.govsim.simulation.Names;
import org.govsim.simulation.World;

/** The stockholders: the stock, its holders, their meetings, and who has advised or campaigned against whom. */
public final class Shareholders implements Actor, Names {

    public static final String AGGREGATE = "shareholders";
    public static final ShareholdersKind KIND = new ShareholdersKind();

    public static Shareholders in(World world) {
        return world.actor(KIND);
    }

    private final Map<String, ShareClass> classes = new LinkedHashMap<>();
    private String election = "plurality";
    private final Map<String, HolderRegistered> holders = new LinkedHashMap<>();
    private final Map<String, MeetingCalled> meetings = new LinkedHashMap<>();
    /** By meeting: the nominees each adviser or campaign asks holders to withhold from. */
    private final Map<String, Map<String, List<String>>> against = new LinkedHashMap<>();
    /** By meeting: the holders' own declarations. */
    private final Map<String, Map<String, HolderDeclared>> declared = new LinkedHashMap<>();
    private final Map<String, String> recommenders = new LinkedHashMap<>();
    private final Map<String, ElectionHeld> elections = new LinkedHashMap<>();
    private ElectionHeld lastElection;
    /** By holder: how many directors it may designate, whom it has designated, and why a right ended. */
    private final Map<String, Integer> designationSeats = new LinkedHashMap<>();
    private final Map<String, List<String>> designees = new LinkedHashMap<>();
    private final Map<String, String> designationVoided = new LinkedHashMap<>();
    private final Map<String, ShareholderEvents.HoldersLetterSent> letters = new LinkedHashMap<>();
    private final Set<String> closedLetters = new LinkedHashSet<>();

    @Override
    public List<DomainEvent> decide(Command command) {
        if (command instanceof CallMeeting c) {
            return meetings.containsKey(c.meeting()) ? List.of()
                    : List.of(new MeetingCalled(c.meeting(), c.title(), c.at(), c.nominees()));
        } else if (command instanceof AdviseWithholding c) {
            return List.of(new WithholdAdvised(c.adviser(), c.name(), c.meeting(), c.from(), c.reason()));
        } else if (command instanceof LaunchWithholdCampaign c) {
            return List.of(new WithholdCampaignLaunched(c.campaign(), c.name(), c.meeting(), c.from(), c.demand()));
        } else if (command instanceof DeclareVote c) {
            return List.of(new HolderDeclared(c.holder(), c.meeting(), c.withholdFrom(), c.reason()));
        } else if (command instanceof ShareholderCommands.ActByConsent c) {
            long votes = votesOf(c.holders());
            long of = totalVotes();
            if (votes * 2 <= of) {
                return List.of(new ShareholderEvents.StockholderConsentFailed(c.consent(), c.holders(), votes, of,
                        "the signers hold " + votes + " of " + of + " votes, not a majority (DGCL 228)"));
            }
            return List.of(new ShareholderEvents.StockholdersConsented(c.consent(), c.holders(), votes, of, c.remove(),
                    c.elect()));
        } else if (command instanceof ShareholderCommands.DesignateDirector c) {
            String refused = designationRefused(c.holder());
            if (refused != null) {
                return List.of(new ShareholderEvents.DesignationRefused(c.holder(), c.person(), refused));
            }
            List<String> named = new ArrayList<>(designees.getOrDefault(c.holder(), List.of()));
            if (!named.contains(c.person())) {
                named.add(c.person());
            }
            return List.of(new ShareholderEvents.DirectorDesignated(c.holder(), c.person(),
                    designationSeats.get(c.holder()), List.copyOf(named)));
        } else if (command instanceof ShareholderCommands.VoidDesignationRights c) {
            return designationSeats.containsKey(c.holder()) && !designationVoided.containsKey(c.holder())
                    ? List.of(new ShareholderEvents.DesignationRightsVoided(c.holder(), c.authority())) : List.of();
        } else if (command instanceof ShareholderCommands.SendLetter c) {
            if (letters.containsKey(c.letter())) {
                return List.of();
            }
            Set<String> signers = new LinkedHashSet<>(c.holders());
            long shares = signers.stream().map(holders::get).filter(java.util.Objects::nonNull)
                    .mapToLong(h -> h.shares().values().stream().mapToLong(Long::longValue).sum()).sum();
            long votes = votesOf(signers);
            long allShares = classes.values().stream().mapToLong(ShareClass::shares).sum();
            long allVotes = totalVotes();
            return List.of(new ShareholderEvents.HoldersLetterSent(c.letter(), List.copyOf(signers), c.to(), c.role(),
                    c.demand(), c.deadline(), allShares == 0 ? 0 : (double) shares / allShares,
                    allVotes == 0 ? 0 : (double) votes / allVotes));
        } else if (command instanceof ShareholderCommands.CallForAnswer c) {
            ShareholderEvents.HoldersLetterSent l = letters.get(c.letter());
            if (l == null || closedLetters.contains(c.letter())) {
                return List.of();
            }
            long votes = votesOf(l.holders());
            long allVotes = totalVotes();
            return List.of(new ShareholderEvents.LetterDeadlinePassed(c.letter(),
                    allVotes == 0 ? 0 : (double) votes / allVotes));
        } else if (command instanceof ShareholderCommands.ChangeVotesPerShare c) {
            ShareClass now = classes.get(c.shareClass());
            return now == null || now.votesPerShare() == c.votesPerShare() ? List.of()
                    : List.of(new ShareholderEvents.VotesPerShareChanged(c.shareClass(), now.name(), c.votesPerShare(),
                    c.reason()));
        } else if (command instanceof HoldElection c) {
            MeetingCalled meeting = meetings.get(c.meeting());
            if (meeting == null || elections.containsKey(c.meeting())) {
                return List.of();
            }
            return List.of(tally(meeting));
        }
        throw new IllegalArgumentException("The stockholders do not handle " + command.getClass().getSimpleName());
    }

    /** Every holder's votes on every nominee: its own declaration, else its leaning towards the advice given. */
    private ElectionHeld tally(MeetingCalled meeting) {
        Map<String, List<String>> advice = against.getOrDefault(meeting.meeting(), Map.of());
        Map<String, HolderDeclared> own = declared.getOrDefault(meeting.meeting(), Map.of());
        List<NomineeResult> results = new ArrayList<>();
        for (String nominee : meeting.nominees()) {
            long votesFor = 0;
            long withheld = 0;
            for (HolderRegistered h : holders.values()) {
                long votes = votesOf(h);
                HolderDeclared d = own.get(h.holder());
                double share;
                if (d != null) {
                    share = d.withholdFrom().contains(nominee) ? 1 : 0;
                } else {
                    share = 0;
                    for (Map.Entry<String, Double> lean : h.leaning().entrySet()) {
                        if (advice.getOrDefault(lean.getKey(), List.of()).contains(nominee)) {
                            share += lean.getValue();
                        }
                    }
                    share = Math.min(1, share);
                }
                long out = Math.round(votes * share);
                withheld += out;
                votesFor += votes - out;
            }
            boolean elected = election.equals("majority") ? votesFor > withheld : votesFor > 0;
            results.add(new NomineeResult(nominee, votesFor, withheld, elected));
        }
        return new ElectionHeld(meeting.meeting(), election, List.copyOf(results));
    }

    /** Why a holder may not designate a director, or null when it may (whether a seat is free is the board's to say). */
    private String designationRefused(String holder) {
        if (!designationSeats.containsKey(holder)) {
            return "no right to designate directors was granted";
        }
        String voided = designationVoided.get(holder);
        return voided == null ? null : "the right to designate directors was voided (" + voided + ")";
    }

    /** A holder's votes: shares times each class's votes per share. */
    public long votesOf(HolderRegistered h) {
        double votes = 0;
        for (Map.Entry<String, Long> s : h.shares().entrySet()) {
            ShareClass c = classes.get(s.getKey());
            votes += c == null ? 0 : s.getValue() * c.votesPerShare();
        }
        return Math.round(votes);
    }

    /** The votes of these holders together; a holder named twice counts once, an unknown one not at all. */
    public long votesOf(java.util.Collection<String> named) {
        return new LinkedHashSet<>(named).stream().map(holders::get).filter(java.util.Objects::nonNull)
                .mapToLong(this::votesOf).sum();
    }

    /** All votes of all classes. */
    public long totalVotes() {
        return Math.round(classes.values().stream().mapToDouble(c -> c.shares() * c.votesPerShare()).sum());
    }

    @Override
    public void evolve(DomainEvent event, Instant at) {
        if (event instanceof ShareCapitalRegistered e) {
            e.classes().forEach(c -> classes.put(c.id(), c));
            election = e.election();
        } else if (event instanceof HolderRegistered e) {
            holders.put(e.holder(), e);
        } else if (event instanceof ShareholderEvents.HolderChanged e) {
            holders.put(e.holder().holder(), e.holder());
        } else if (event instanceof ShareholderEvents.ElectionRuleChanged e) {
            election = e.election();
        } else if (event instanceof MeetingCalled e) {
            meetings.put(e.meeting(), e);
        } else if (event instanceof WithholdAdvised e) {
            against.computeIfAbsent(e.meeting(), m -> new LinkedHashMap<>()).put(e.adviser(), e.from());
            recommenders.put(e.adviser(), e.name());
        } else if (event instanceof WithholdCampaignLaunched e) {
            against.computeIfAbsent(e.meeting(), m -> new LinkedHashMap<>()).put(e.campaign(), e.from());
            recommenders.put(e.campaign(), e.name());
        } else if (event instanceof HolderDeclared e) {
            declared.computeIfAbsent(e.meeting(), m -> new LinkedHashMap<>()).put(e.holder(), e);
        } else if (event instanceof ElectionHeld e) {
            elections.put(e.meeting(), e);
            lastElection = e;
        } else if (event instanceof ShareholderEvents.DesignationRightsGranted e) {
            designationSeats.put(e.holder(), e.seats());
            designees.put(e.holder(), List.copyOf(e.sitting()));
        } else if (event instanceof ShareholderEvents.DirectorDesignated e) {
            designees.put(e.holder(), e.designees());
        } else if (event instanceof ShareholderEvents.DesignationRightsVoided e) {
            designationVoided.put(e.holder(), e.authority());
        } else if (event instanceof ShareholderEvents.HoldersLetterSent e) {
            letters.put(e.letter(), e);
        } else if (event instanceof ShareholderEvents.LetterDeadlinePassed e) {
            closedLetters.add(e.letter());
        } else if (event instanceof ShareholderEvents.VotesPerShareChanged e) {
            ShareClass c = classes.get(e.shareClass());
            // a stream edited by hand may name a class the stock lacks: it changes nothing
            if (c != null) {
                classes.put(c.id(), new ShareClass(c.id(), c.name(), c.shares(), e.votesPerShare()));
            }
        }
    }

    public Map<String, ShareClass> classes() { return classes; }

    public String election() { return election; }

    public Map<String, HolderRegistered> holders() { return holders; }

    public Map<String, MeetingCalled> meetings() { return meetings; }

    /** The directors a holder has designated, those named before the run included. */
    public List<String> designees(String holder) { return designees.getOrDefault(holder, List.of()); }

    /** How many directors a holder may designate; 0 without a right. */
    public int designationSeats(String holder) { return designationSeats.getOrDefault(holder, 0); }

    public Map<String, ShareholderEvents.HoldersLetterSent> letters() { return letters; }

    public Map<String, ElectionHeld> elections() { return elections; }

    /** The latest election held, or null. */
    public ElectionHeld lastElection() { return lastElection; }

    /** Who has advised or campaigned against whom at a meeting, by adviser or campaign. */
    public Map<String, List<String>> against(String meeting) {
        return against.getOrDefault(meeting, Map.of());
    }

    @Override
    public boolean knows(String id) {
        return holders.containsKey(id) || recommenders.containsKey(id);
    }

    @Override
    public String nameOf(String id) {
        HolderRegistered h = holders.get(id);
        if (h != null) {
            return h.name();
        }
        return recommenders.getOrDefault(id, id);
    }

    /** Left as it is: holder ids are plain words ("retail", "brokers") that free text uses in their own sense. */
    @Override
    public String withNames(String text) {
        return text;
    }

    /** The ids a holder's or recommender's name stands for, for views. */
    public Set<String> ids() {
        Set<String> out = new LinkedHashSet<>(holders.keySet());
        out.addAll(recommenders.keySet());
        return out;
    }
}
