package org.govsim.ceo;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.govsim.ceo.CeoCommands.*;
import org.govsim.ceo.CeoEvents.*;
import org.govsim.simulation.Actor;
import org.govsim.simulation.Command;
import org.govsim.simulation.DomainEvent;
import org.govsim.simulation.World;

/**
 * The chief executive's office and the other officers (president, CTO, ...). Officers serve at the board's pleasure:
 * a holder changes only on the authority of a board act, otherwise the change is rejected with the reason.
 * Lifecycle: established from the seed; CEOs removed, interim holders appointed, a removed CEO possibly returning.
 */
public class CeoOffice implements Actor {

    public static final String AGGREGATE = "ceo";
    public static final CeoKind KIND = new CeoKind();

    /** The CEO's office of a world (an empty one before it is established). */
    public static CeoOffice in(World world) {
        return world.actor(KIND);
    }

    @AggregateIdentifier
    private String id;
    private String holder;
    /** The case's first CEO (the seed's), to say whether they kept the office. */
    private String first;
    private boolean interim;
    private final Map<String, String> officers = new LinkedHashMap<>();
    private final List<String> removed = new ArrayList<>();
    private final Set<String> unavailable = new LinkedHashSet<>();
    private final Map<String, String> openApproaches = new LinkedHashMap<>();
    private boolean reinstated;
    private Instant lastRemovalAt;
    private Instant returnedAt;

    public CeoOffice() {
    }

    @CommandHandler
    public void handle(RemoveCeo c) { decide(c).forEach(e -> apply(e)); }

    @CommandHandler
    public void handle(AppointCeo c) { decide(c).forEach(e -> apply(e)); }

    @CommandHandler
    public void handle(AppointOfficer c) { decide(c).forEach(e -> apply(e)); }

    @CommandHandler
    public void handle(ResignOffice c) { decide(c).forEach(e -> apply(e)); }

    @CommandHandler
    public void handle(RemoveOfficer c) { decide(c).forEach(e -> apply(e)); }

    @CommandHandler
    public void handle(IssueUltimatum c) { decide(c).forEach(e -> apply(e)); }

    @CommandHandler
    public void handle(AnswerLetter c) { decide(c).forEach(e -> apply(e)); }

    @CommandHandler
    public void handle(ApproachCandidate c) { decide(c).forEach(e -> apply(e)); }

    @CommandHandler
    public void handle(ConsiderApproach c) { decide(c).forEach(e -> apply(e)); }

    @CommandHandler
    public void handle(AnswerApproach c) { decide(c).forEach(e -> apply(e)); }

    @CommandHandler
    public void handle(CommitElsewhere c) { decide(c).forEach(e -> apply(e)); }

    @EventSourcingHandler
    public void on(CeoEvent e, @Timestamp Instant at) { evolve(e, at); }

    @Override
    public List<DomainEvent> decide(Command command) {
        if (command instanceof RemoveCeo c) {
            if (c.authority() == null) {
                return List.of(new CeoChangeRejected(c.person(), "no board act removes " + c.person()
                        + ": officers serve at the board's pleasure, so only the board may remove the CEO"));
            }
            if (!c.person().equals(holder)) {
                return List.of(new CeoChangeRejected(c.person(), c.person() + " is not the CEO"));
            }
            return List.of(new CeoRemoved(c.person(), c.authority()));
        } else if (command instanceof AppointCeo c) {
            if (c.authority() == null) {
                return List.of(new CeoChangeRejected(c.person(), "no board act appoints " + c.person()
                        + ": only the board may appoint the CEO"));
            }
            if (unavailable.contains(c.person())) {
                return List.of(new CeoChangeRejected(c.person(), c.person() + " has committed to another employer"));
            }
            if (c.interim() && holder != null && !interim) {
                return List.of(new CeoChangeRejected(c.person(), holder + " holds the office: an interim CEO fills a vacancy "
                        + "or stands in for another interim"));
            }
            if (c.person().equals(holder) && interim == c.interim()) {
                return List.of(new CeoChangeRejected(c.person(), c.person() + " already holds the office"));
            }
            return List.of(new CeoAppointed(c.person(), c.interim(), c.authority(), removed.contains(c.person()), holder));
        } else if (command instanceof AppointOfficer c) {
            if (c.authority() == null) {
                return List.of(new CeoChangeRejected(c.person(), "no board act appoints " + c.person() + " as " + c.role()));
            }
            if (unavailable.contains(c.person())) {
                return List.of(new CeoChangeRejected(c.person(), c.person() + " has committed to another employer"));
            }
            // confirming a sitting officer changes nobody's office, so nothing is recorded
            if (c.person().equals(officers.get(c.role()))) {
                return List.of();
            }
            return List.of(new OfficerAppointed(c.person(), c.role(), c.authority()));
        } else if (command instanceof IssueUltimatum c) {
            boolean holds = c.role().equals("ceo") ? c.person().equals(holder) : c.person().equals(officers.get(c.role()));
            // a threat to resign an office one does not hold threatens nothing
            return holds ? List.of(new UltimatumIssued(c.person(), c.role(), c.motion(), c.demand(), c.deadline()))
                    : List.of(new CeoChangeRejected(c.person(), c.person() + " does not hold the office of " + c.role()
                    + ", so cannot threaten to resign it"));
        } else if (command instanceof RemoveOfficer c) {
            if (c.role().equals("ceo")) {
                return List.of(new CeoChangeRejected(c.person(), "the CEO is removed as CEO, not as an officer"));
            }
            if (c.authority() == null) {
                return List.of(new CeoChangeRejected(c.person(), "no board act removes " + c.person() + " as " + c.role()));
            }
            // an officer who does not hold the role has nothing to lose
            return c.person().equals(officers.get(c.role())) ? List.of(new OfficerRemoved(c.person(), c.role(),
                    c.authority())) : List.of();
        } else if (command instanceof AnswerLetter c) {
            boolean holds = c.role().equals("ceo") ? c.person().equals(holder) : c.person().equals(officers.get(c.role()));
            if (!holds) {
                return List.of(new CeoChangeRejected(c.person(), c.person() + " does not hold the office of " + c.role()
                        + ", so has none to resign as the holders' letter demands"));
            }
            return List.of(c.resign() ? new OfficerResigned(c.person(), c.role(), c.reason())
                    : new LetterRefused(c.person(), c.role(), c.letter(), c.reason()));
        } else if (command instanceof ResignOffice c) {
            if (!c.person().equals(officers.get(c.role())) && !(c.role().equals("ceo") && c.person().equals(holder))) {
                return List.of();
            }
            return List.of(new OfficerResigned(c.person(), c.role(), c.reason()));
        } else if (command instanceof ApproachCandidate c) {
            return List.of(new CandidateApproached(c.person(), c.role()));
        } else if (command instanceof ConsiderApproach c) {
            String role = openApproaches.get(c.person());
            return role == null ? List.of() : List.of(new ApproachConsidered(c.person(), role));
        } else if (command instanceof AnswerApproach c) {
            if (!openApproaches.containsKey(c.person())) {
                return List.of();
            }
            String role = openApproaches.get(c.person());
            return List.of(c.accept() ? new CandidateAccepted(c.person(), role)
                    : new CandidateDeclined(c.person(), role, c.reason()));
        } else if (command instanceof CommitElsewhere c) {
            return unavailable.contains(c.person()) ? List.of() : List.of(new CommittedElsewhere(c.person(), c.employer()));
        }
        throw new IllegalArgumentException("The CEO's office does not handle " + command.getClass().getSimpleName());
    }

    @Override
    public void evolve(DomainEvent event, Instant at) {
        if (event instanceof CeoOfficeEstablished e) {
            id = e.office();
            holder = e.ceo();
            first = e.ceo();
            officers.putAll(e.officers());
        } else if (event instanceof CeoRemoved e) {
            // the crisis is about a permanent CEO's removal; taking an interim holder off does not open another
            if (!interim) {
                removed.add(e.person());
            }
            lastRemovalAt = at;
            holder = null;
            interim = false;
        } else if (event instanceof CeoAppointed e) {
            holder = e.person();
            interim = e.interim();
            if (e.returning()) {
                if (returnedAt == null) {
                    returnedAt = at;
                }
                reinstated = true;
                removed.remove(e.person());
            }
        } else if (event instanceof OfficerAppointed e) {
            officers.put(e.role(), e.person());
        } else if (event instanceof OfficerRemoved e) {
            officers.remove(e.role(), e.person());
        } else if (event instanceof OfficerResigned e) {
            if (e.role().equals("ceo")) {
                holder = null;
                interim = false;
            } else {
                officers.remove(e.role(), e.person());
            }
        } else if (event instanceof CandidateApproached e) {
            openApproaches.put(e.person(), e.role());
        } else if (event instanceof CandidateAccepted e) {
            openApproaches.remove(e.person());
        } else if (event instanceof CandidateDeclined e) {
            openApproaches.remove(e.person());
        } else if (event instanceof CommittedElsewhere e) {
            unavailable.add(e.person());
        }
    }

    public String id() { return id; }

    public String holder() { return holder; }

    /** The case's first CEO, the seed's. */
    public String first() { return first; }

    public boolean interim() { return interim; }

    public Map<String, String> officers() { return officers; }

    /** CEOs removed in this run who have not returned. */
    public List<String> removed() { return removed; }

    public boolean reinstated() { return reinstated; }

    /** When a CEO (interim or not) was last removed, or null. */
    public Instant lastRemovalAt() { return lastRemovalAt; }

    /** When a removed CEO first returned, or null. */
    public Instant returnedAt() { return returnedAt; }

    /** A CEO removed in this run has not (yet) returned: the actors are still in crisis. */
    public boolean crisisOpen() { return !removed.isEmpty(); }

    public Set<String> unavailable() { return unavailable; }

    public Map<String, String> openApproaches() { return openApproaches; }
}
