package org.govsim.board;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

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
import org.govsim.board.BoardCommands.AnswerCounter;
import org.govsim.board.BoardCommands.AttendToObject;
import org.govsim.board.BoardCommands.CounterSettlement;
import org.govsim.board.BoardCommands.SettlementTerms;
import org.govsim.board.BoardCommands.WithdrawSettlement;
import org.govsim.board.BoardCommands.PublishReasons;
import org.govsim.board.BoardCommands.DemandBoardResignation;
import org.govsim.board.BoardCommands.LapseSettlement;
import org.govsim.board.BoardCommands.Method;
import org.govsim.board.BoardCommands.ProposeSettlement;
import org.govsim.board.BoardCommands.SeatByStockholders;
import org.govsim.board.BoardCommands.PutMotionToVote;
import org.govsim.board.BoardCommands.RecordPressure;
import org.govsim.board.BoardCommands.ReviewOfficerAppointment;
import org.govsim.board.BoardCommands.ReviewOfficerRemoval;
import org.govsim.board.BoardCommands.ResignFromBoard;
import org.govsim.board.BoardCommands.VoteBy;
import org.govsim.board.BoardCommands.YieldToPressure;
import org.govsim.board.BoardEvents.*;
import org.govsim.board.Motion.Kind;
import org.govsim.board.Motion.Resolution;
import org.govsim.simulation.Actor;
import org.govsim.simulation.Command;
import org.govsim.simulation.DomainEvent;
import org.govsim.simulation.World;

/**
 * The board of directors. Constituted from the seed world; from then on it acts only by motions that satisfy its
 * bylaws, which default to Delaware's rules:
 * <ul>
 * <li>a meeting needs a quorum, by default a majority of the authorised seats, vacancies included (DGCL 141(b)); the
 *     bylaws may count the directors in office instead, or fix a number; an act needs a majority of those present;</li>
 * <li>the board fixes its own size by a {@code FIX_BOARD_SIZE} resolution, and never seats more directors than seats;</li>
 * <li>vacancies may be filled by a majority of the directors in office even below quorum, or by a sole remaining
 *     director (DGCL 223);</li>
 * <li>written consent follows the bylaws (unanimous by default, DGCL 141(f)); where they say so, only signers who could
 *     have acted at a meeting may act;</li>
 * <li>where notice is required, attending waives it, unless the director attends only to object (DGCL 229).</li>
 * </ul>
 * It also carries each director's strain under outside pressure, since a director's resolve is what gives way.
 * A broken rule never throws: it ends in {@link MotionFailed} or {@link MotionRejected} with the reason.
 */
public class Board implements Actor {

    public static final String AGGREGATE = "board";
    public static final BoardKind KIND = new BoardKind();

    /** The board of a world (an empty one before it is constituted). */
    public static Board in(World world) {
        return world.actor(KIND);
    }

    /** A serving director's standing under pressure. */
    public static final class Director {
        final String person;
        final double resolve;
        final double susceptibility;
        final String alliedWith;
        final Weights weights;
        /** Weighs every kind alike: feels a reading's recorded total, the common case, kept off the hot path's sums. */
        final boolean even;
        double strain;
        double peakStrain;
        boolean yielded;

        private Director() {
            this(null, 0, 0, null, Weights.EVEN);
        }

        Director(String person, double resolve, double susceptibility, String alliedWith, Weights weights) {
            this.person = person;
            this.resolve = resolve;
            this.susceptibility = susceptibility;
            this.alliedWith = alliedWith;
            this.weights = weights == null ? Weights.EVEN : weights;
            this.even = this.weights.equals(Weights.EVEN);
        }

        public String person() { return person; }
        public double resolve() { return resolve; }
        public double strain() { return strain; }
        /** The most strain this director has borne, which may have eased since. */
        public double peakStrain() { return peakStrain; }
        public boolean yielded() { return yielded; }
        public double susceptibility() { return susceptibility; }
        /** The person whose side this director takes, or null. */
        public String alliedWith() { return alliedWith; }
        /** What each kind of pressure weighs with this director. */
        public Weights weights() { return weights; }

        @Override
        public boolean equals(Object o) {
            return o instanceof Director d && java.util.Objects.equals(person, d.person) && resolve == d.resolve
                    && susceptibility == d.susceptibility && java.util.Objects.equals(alliedWith, d.alliedWith)
                    && java.util.Objects.equals(weights, d.weights)
                    && strain == d.strain && peakStrain == d.peakStrain && yielded == d.yielded;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(person, resolve, susceptibility, alliedWith, weights, strain, peakStrain, yielded);
        }
    }

    /** A new director brought in by an act of the board is not part of the crisis: no strain reaches them. */
    private static final double NEWCOMER_RESOLVE = Double.MAX_VALUE;

    @AggregateIdentifier
    private String id;
    private Bylaws bylaws;
    private final Map<String, Director> directors = new LinkedHashMap<>();
    private final Map<String, String> departed = new LinkedHashMap<>();
    private final List<String> observers = new ArrayList<>();
    private final Map<String, SettlementProposed> openSettlements = new LinkedHashMap<>();
    /** The board's counter-offers, each with the terms it answers; and the counters the proposer accepted. */
    private final Map<String, String> counterTo = new LinkedHashMap<>();
    private final Set<String> acceptedCounters = new LinkedHashSet<>();
    /** Who put each set of terms on the table, the closed ones included. */
    private final Map<String, String> proposers = new LinkedHashMap<>();
    private final Set<String> demandsToResign = new LinkedHashSet<>();
    private String chair;
    private int seats;
    /** How convincing the reasons the board has published are, 0 when it has published none. */
    private double reasons;
    /**
     * The strain each source of pressure has brought to a director of susceptibility 1, by the reading's component: a
     * director's strain grows by the pressure above the tolerance, in proportion to each source's part of the pressure.
     */
    private final Map<String, Double> strainBy = new java.util.HashMap<>();
    /** The last CEO the board voted to remove, whose allies do not hold its line. */
    private String removedCeo;
    /** Motions carried, by id, and why each other motion put to the board did not carry. */
    private final Map<String, Motion> carriedMotions = new LinkedHashMap<>();
    private final Map<String, String> motionsNotCarried = new LinkedHashMap<>();
    /** The highest pressure measured, and the tolerance of the last measure: what a board that held stood against. */
    private double peakPressure;
    private double tolerance;
    /** Directors who will attend a motion's meeting only to object to it, by motion. */
    private final Map<String, List<String>> objecting = new LinkedHashMap<>();

    public Board() {
    }

    // ---- Axon command handlers: the same decisions the in-memory engine takes ----

    @CommandHandler
    public void handle(PutMotionToVote c) { decide(c).forEach(e -> apply(e)); }

    @CommandHandler
    public void handle(AttendToObject c) { decide(c).forEach(e -> apply(e)); }

    @CommandHandler
    public void handle(PublishReasons c) { decide(c).forEach(e -> apply(e)); }

    @CommandHandler
    public void handle(ReviewOfficerRemoval c) { decide(c).forEach(e -> apply(e)); }

    @CommandHandler
    public void handle(ReviewOfficerAppointment c) { decide(c).forEach(e -> apply(e)); }

    @CommandHandler
    public void handle(RecordPressure c) { decide(c).forEach(e -> apply(e)); }

    @CommandHandler
    public void handle(YieldToPressure c) { decide(c).forEach(e -> apply(e)); }

    @CommandHandler
    public void handle(BoardCommands.SeatDesignee c) { decide(c).forEach(e -> apply(e)); }

    @CommandHandler
    public void handle(BoardCommands.CarryOutJudgment c) { decide(c).forEach(e -> apply(e)); }

    @CommandHandler
    public void handle(ResignFromBoard c) { decide(c).forEach(e -> apply(e)); }

    @CommandHandler
    public void handle(SeatByStockholders c) { decide(c).forEach(e -> apply(e)); }

    @CommandHandler
    public void handle(DemandBoardResignation c) { decide(c).forEach(e -> apply(e)); }

    @CommandHandler
    public void handle(ProposeSettlement c) { decide(c).forEach(e -> apply(e)); }

    @CommandHandler
    public void handle(LapseSettlement c) { decide(c).forEach(e -> apply(e)); }

    @CommandHandler
    public void handle(CounterSettlement c) { decide(c).forEach(e -> apply(e)); }

    @CommandHandler
    public void handle(AnswerCounter c) { decide(c).forEach(e -> apply(e)); }

    @CommandHandler
    public void handle(WithdrawSettlement c) { decide(c).forEach(e -> apply(e)); }

    @EventSourcingHandler
    public void on(BoardEvent e, @Timestamp java.time.Instant at) { evolve(e, at); }

    // ---- decisions ----

    @Override
    public List<DomainEvent> decide(Command command) {
        if (command instanceof PutMotionToVote c) {
            return vote(c.seated(directors.keySet()));
        } else if (command instanceof ReviewOfficerRemoval c) {
            String refused = noAuthorityToRemove(c.person(), c.motion());
            return refused == null ? List.of() : List.of(new OfficerRemovalRefused(c.person(), c.motion(), refused));
        } else if (command instanceof ReviewOfficerAppointment c) {
            String refused = noAuthorityFor(c.act(), c.person(), c.role(), c.motion());
            return refused == null ? List.of()
                    : List.of(new OfficerAppointmentRefused(c.person(), c.role(), c.motion(), refused));
        } else if (command instanceof PublishReasons c) {
            return c.strength() <= reasons ? List.of() : List.of(new ReasonsPublished(c.strength(), c.summary()));
        } else if (command instanceof AttendToObject c) {
            if (!directors.containsKey(c.director()) || objecting.getOrDefault(c.motion(), List.of()).contains(c.director())) {
                return List.of();
            }
            return List.of(new AttendedToObject(c.motion(), c.director()));
        } else if (command instanceof RecordPressure c) {
            return List.of(new PressureMeasured(c.hours(), c.reading(), c.tolerance()));
        } else if (command instanceof YieldToPressure c) {
            Director d = directors.get(c.director());
            if (d == null || d.yielded) {
                return List.of();
            }
            return List.of(new DirectorYielded(d.person, d.strain, d.resolve, movedBy(d.weights)));
        } else if (command instanceof SeatByStockholders c) {
            String refused = stockholdersMayNot(c);
            if (refused != null) {
                return List.of(new MotionRejected(c.authority(), "the stockholders' act " + c.authority(), refused));
            }
            List<DomainEvent> out = new ArrayList<>();
            c.remove().forEach(p -> out.add(new DirectorRemoved(p, c.authority())));
            c.elect().forEach(p -> out.add(new DirectorElected(p, c.authority())));
            return out;
        } else if (command instanceof BoardCommands.SeatDesignee c) {
            String refused = designeeMayNotSit(c);
            return List.of(refused == null ? new BoardEvents.DesigneeSeated(c.person(), c.holder())
                    : new BoardEvents.DesigneeNotSeated(c.person(), c.holder(), refused));
        } else if (command instanceof BoardCommands.CarryOutJudgment c) {
            List<DomainEvent> out = new ArrayList<>();
            c.remove().stream().filter(directors::containsKey).forEach(p -> out.add(new DirectorRemoved(p, c.authority())));
            return out;
        } else if (command instanceof ResignFromBoard c) {
            if (!directors.containsKey(c.director())) {
                return List.of(new DirectorResignationRejected(c.director(), notADirector(c.director())));
            }
            return List.of(new DirectorResigned(c.director(), c.reason()));
        } else if (command instanceof DemandBoardResignation c) {
            return demandsToResign.contains(c.by()) ? List.of() : List.of(new BoardResignationDemanded(c.by(), c.count()));
        } else if (command instanceof ProposeSettlement c) {
            return List.of(new SettlementProposed(c.settlement(), c.proposer(), c.terms(), c.deadline()));
        } else if (command instanceof LapseSettlement c) {
            if (!openSettlements.containsKey(c.settlement())) {
                return List.of();
            }
            int needed = directors.size() / 2 + 1;
            long backing = backers(openSettlements.get(c.settlement())).size();
            // the model's state, not a report: sources may say more of what the directors agreed than the model knows
            return List.of(new SettlementLapsed(c.settlement(), "deadline passed; "
                    + (counterTo.containsKey(c.settlement()) ? "the board's counter-offer; " : "") + "in the model "
                    + (backing == 0 ? "no director backs the terms yet" : "only " + backing + " of " + directors.size()
                    + (backing == 1 ? " directors backs" : " directors back") + " the terms") + "; " + needed + " of "
                    + directors.size() + " would have to"));
        } else if (command instanceof CounterSettlement c) {
            SettlementProposed answered = openSettlements.get(c.settlement());
            if (answered == null || counterTo.containsValue(c.settlement()) || openSettlements.containsKey(c.counter())) {
                return List.of();
            }
            return List.of(new SettlementCountered(c.settlement(), c.counter(), c.by(), c.terms(), answered.deadline(),
                    c.reason()));
        } else if (command instanceof AnswerCounter c) {
            // a counter is answered while it and the terms it answers are both on the table
            if (!openSettlements.containsKey(c.counter()) || !openSettlements.containsKey(counterTo.get(c.counter()))
                    || acceptedCounters.contains(c.counter())) {
                return List.of();
            }
            if (c.accept() == null) {
                throw new IllegalArgumentException("an answer to counter-offer " + c.counter() + " says neither yes nor no");
            }
            return List.of(c.accept() ? new CounterAccepted(c.counter(), c.by(), c.reason())
                    : new CounterRejected(c.counter(), c.by(), c.reason()));
        } else if (command instanceof WithdrawSettlement c) {
            return openSettlements.containsKey(c.settlement())
                    ? List.of(new SettlementWithdrawn(c.settlement(), c.by(), c.reason())) : List.of();
        }
        throw new IllegalArgumentException("The board does not handle " + command.getClass().getSimpleName());
    }

    private List<DomainEvent> vote(PutMotionToVote c) {
        Motion m = c.motion();
        String out = outOfOrder(c);
        if (out != null) {
            return List.of(new MotionRejected(m.id(), m.title(), out));
        }
        List<String> presentDirectors = c.present().stream().filter(directors::containsKey).distinct().toList();
        List<String> votesFor = new ArrayList<>();
        List<String> votesAgainst = new ArrayList<>();
        if (c.voteBy() == VoteBy.STANCE) {
            List<String> voters = c.method() == Method.MEETING ? presentDirectors : List.copyOf(directors.keySet());
            for (String p : voters) {
                boolean holds = !directors.get(p).yielded && !sidesWithRemovedCeo(directors.get(p));
                boolean backs = c.votesFor().contains(p) || (!c.votesAgainst().contains(p)
                        && (m.side() == Motion.Side.BOARD_LINE) == holds);
                (backs ? votesFor : votesAgainst).add(p);
            }
        } else {
            votesFor.addAll(c.votesFor());
            votesAgainst.addAll(c.votesAgainst());
        }
        int serving = directors.size();
        int quorum = bylaws.quorumFor(seats, serving);
        List<String> notes = noticeNotes(c);
        if (c.method() == Method.WRITTEN_CONSENT) {
            return writtenConsent(m, votesFor, votesAgainst, serving, quorum, notes);
        }
        if (presentDirectors.size() < quorum) {
            if (fillsVacanciesOnly(m)) {
                return fillVacanciesBelowQuorum(m, presentDirectors, votesFor, votesAgainst, serving, quorum, notes);
            }
            return List.of(new MotionFailed(m.id(), m.title(), "no quorum: " + presentDirectors.size() + " of " + board()
                    + " present, " + quorum + " needed (" + bylaws.quorumRule() + ")", presentDirectors, votesFor));
        }
        int needed = presentDirectors.size() / 2 + 1;
        if (votesFor.size() < needed) {
            return List.of(new MotionFailed(m.id(), m.title(), "no majority: " + votesFor.size() + " of "
                    + presentDirectors.size() + " directors present voted for, " + needed + " needed", presentDirectors, votesFor));
        }
        String rule = "carried " + votesFor.size() + "-" + votesAgainst.size() + " at a meeting with " + presentDirectors.size()
                + " of " + board() + " present (quorum " + quorum + "; an act needs a majority of those present)";
        return carried(m, Method.MEETING, presentDirectors, votesFor, votesAgainst, serving, quorum, rule, notes);
    }

    /** "6 directors", or "4 directors in office (6 seats)" when seats are vacant. */
    private String board() {
        return directors.size() == seats ? seats + " directors"
                : directors.size() + " directors in office (" + seats + " seats)";
    }

    /** A motion that only elects directors into vacant seats, which DGCL 223 lets the board do below quorum. */
    private boolean fillsVacanciesOnly(Motion m) {
        return !m.resolutions().isEmpty() && m.resolutions().stream().allMatch(r -> r.kind() == Kind.ELECT_DIRECTOR)
                && directors.size() + m.resolutions().size() <= seats;
    }

    private List<DomainEvent> fillVacanciesBelowQuorum(Motion m, List<String> present, List<String> votesFor,
                                                       List<String> votesAgainst, int serving, int quorum, List<String> notes) {
        int needed = serving / 2 + 1;
        if (votesFor.size() < needed) {
            return List.of(new MotionFailed(m.id(), m.title(), "no quorum (" + present.size() + " of " + board()
                    + " present, " + quorum + " needed), and short of the majority of the directors in office that may "
                    + "fill vacancies without one (DGCL 223): " + votesFor.size() + " voted for, " + needed + " needed",
                    present, votesFor));
        }
        String rule = "carried " + votesFor.size() + "-" + votesAgainst.size() + " below quorum (" + present.size() + " of "
                + board() + " present, quorum " + quorum + "): " + vacancyRule(serving);
        return carried(m, Method.MEETING, present, votesFor, votesAgainst, serving, quorum, rule, notes);
    }

    private static String vacancyRule(int serving) {
        return serving == 1 ? "a sole remaining director may fill vacancies (DGCL 223)"
                : "a majority of the directors in office may fill vacancies though less than a quorum (DGCL 223)";
    }

    private List<DomainEvent> writtenConsent(Motion m, List<String> signers, List<String> against, int serving, int quorum,
                                             List<String> notes) {
        switch (bylaws.actionWithoutMeeting()) {
            case NONE:
                return List.of(new MotionRejected(m.id(), m.title(), "the bylaws allow no action without a meeting"));
            case UNANIMOUS:
                if (signers.size() < serving) {
                    return List.of(new MotionFailed(m.id(), m.title(), "written consent must be unanimous: " + signers.size()
                            + " of " + serving + " directors signed", List.of(), signers));
                }
                break;
            case MAJORITY:
            default:
                int needed = Math.max(serving / 2 + 1, bylaws.quorum());
                if (signers.size() < needed) {
                    return List.of(new MotionFailed(m.id(), m.title(), "no majority of the board: " + signers.size() + " of "
                            + serving + " directors consented, " + needed + " needed", List.of(), signers));
                }
        }
        boolean couldMeet = signers.size() >= quorum || (fillsVacanciesOnly(m) && signers.size() >= serving / 2 + 1);
        if (bylaws.consentOnlyByThoseWhoCouldMeet() && !couldMeet) {
            return List.of(new MotionFailed(m.id(), m.title(), "the signers could not act at a meeting, and the bylaws let "
                    + "only such signers act without one (DGCL 141(f)): " + signers.size() + " of " + board()
                    + " signed, a quorum is " + quorum + " (" + bylaws.quorumRule() + ")", List.of(), signers));
        }
        String rule = "carried by written consent of " + signers.size() + " of " + board() + " ("
                + (bylaws.actionWithoutMeeting() == Bylaws.WrittenConsent.UNANIMOUS ? "unanimous consent required"
                : "the bylaws let a majority act without a meeting or notice") + ")";
        return carried(m, Method.WRITTEN_CONSENT, List.of(), signers, against, serving, quorum, rule, notes);
    }

    private List<DomainEvent> carried(Motion m, Method method, List<String> present, List<String> votesFor,
                                      List<String> votesAgainst, int serving, int quorum, String rule, List<String> notes) {
        List<DomainEvent> events = new ArrayList<>();
        events.add(new MotionCarried(m, method, present, List.copyOf(votesFor), List.copyOf(votesAgainst),
                serving, quorum, rule, notes));
        for (Resolution r : m.resolutions()) {
            switch (r.kind()) {
                case REMOVE_DIRECTOR -> events.add(new DirectorRemoved(r.person(), m.id()));
                case REMOVE_CHAIR -> events.add(new ChairRemoved(r.person(), m.id()));
                case ELECT_DIRECTOR -> events.add(new DirectorElected(r.person(), m.id()));
                case ELECT_CHAIR -> events.add(new ChairElected(r.person(), m.id()));
                case GRANT_OBSERVER_SEAT -> events.add(new ObserverSeatGranted(r.person(), m.id()));
                case FIX_BOARD_SIZE -> events.add(new BoardSizeFixed(r.seats(), m.id()));
                default -> {
                    // officer appointments and departures are carried out by the officers and directors concerned
                }
            }
        }
        return events;
    }

    /** Why the motion may not be put at all, or null when it is in order. */
    private String outOfOrder(PutMotionToVote c) {
        List<String> voters = new ArrayList<>(c.votesFor());
        voters.addAll(c.votesAgainst());
        Set<String> seen = new java.util.HashSet<>();
        for (String v : voters) {
            if (!seen.add(v)) {
                return v + " voted twice";
            }
        }
        {
            for (String v : voters) {
                if (!directors.containsKey(v)) {
                    return notADirector(v) + ", so cannot vote";
                }
                if (c.method() == Method.MEETING && !c.present().contains(v)) {
                    return v + " voted without being present at the meeting";
                }
            }
        }
        if (bylaws.noticeRequired() && c.method() == Method.MEETING && !c.invited().isEmpty()) {
            List<String> objectors = objecting.getOrDefault(c.motion().id(), List.of());
            // attending waives notice, except attending only to object (DGCL 229)
            List<String> uninvited = directors.keySet().stream().filter(d -> !c.invited().contains(d)
                    && (!c.present().contains(d) || objectors.contains(d))).toList();
            if (!uninvited.isEmpty()) {
                List<String> objected = uninvited.stream().filter(objectors::contains).toList();
                return String.join(" and ", uninvited) + (uninvited.size() == 1 ? " was" : " were")
                        + " given no notice of the meeting, and the bylaws require notice to every director"
                        + (objected.isEmpty() ? "" : "; " + String.join(" and ", objected) + " attended only to object, "
                        + "which waives nothing (DGCL 229)");
            }
        }
        Set<String> after = new LinkedHashSet<>(directors.keySet());
        int seatsAfter = seats;
        for (Resolution r : c.motion().resolutions()) {
            switch (r.kind()) {
                case REMOVE_DIRECTOR -> {
                    if (!bylaws.directorsRemovedBy().includesBoard()) {
                        return "under the bylaws only the shareholders may remove a director";
                    }
                    if (!directors.containsKey(r.person())) {
                        return "cannot remove " + r.person() + ": " + notADirector(r.person());
                    }
                    after.remove(r.person());
                }
                case ELECT_DIRECTOR -> {
                    if (!bylaws.directorsElectedBy().includesBoard()) {
                        return "under the bylaws only the shareholders may elect a director";
                    }
                    if (directors.containsKey(r.person())) {
                        return "cannot elect " + r.person() + ": already a director";
                    }
                    after.add(r.person());
                }
                case FIX_BOARD_SIZE -> {
                    if (r.seats() < 1) {
                        return "cannot fix the board at " + r.seats() + " seats: a board has at least one";
                    }
                    seatsAfter = r.seats();
                }
                case REMOVE_CHAIR -> {
                    if (!r.person().equals(chair)) {
                        return "cannot remove " + r.person() + " as chair: not the chair";
                    }
                }
                case DEPART -> {
                    if (!directors.containsKey(r.person())) {
                        return "cannot accept the departure of " + r.person() + ": " + notADirector(r.person());
                    }
                    after.remove(r.person());
                }
                default -> {
                }
            }
        }
        for (Resolution r : c.motion().resolutions()) {
            if (r.kind() == Kind.ELECT_CHAIR && !after.contains(r.person())) {
                return "cannot elect " + r.person() + " chair: not a director";
            }
        }
        if (after.size() > seatsAfter) {
            return "the motion would seat " + after.size() + " directors in " + seatsAfter + " authorised seats; "
                    + "the board must first fix a larger size";
        }
        return null;
    }

    private List<String> noticeNotes(PutMotionToVote c) {
        if (c.method() != Method.MEETING || c.invited().isEmpty()) {
            return List.of();
        }
        List<String> notes = new ArrayList<>();
        for (String d : directors.keySet()) {
            if (c.invited().contains(d)) {
                continue;
            }
            if (!bylaws.noticeRequired()) {
                notes.add(d + " had no notice of this board meeting; the bylaws require none, though hiding a meeting from "
                        + "a director to stop him using his rights can void its acts (Adlerstein v. Wertheimer)");
            } else if (c.present().contains(d)) {
                notes.add(d + " was given no notice of the meeting but attended it, which waives notice (DGCL 229)");
            }
        }
        return notes;
    }

    /**
     * Why {@code motion} gives no authority to remove {@code person} as CEO, or null when it is a carried motion that
     * does: officers serve at the board's pleasure, which only a carried motion expresses.
     */
    public String noAuthorityToRemove(String person, String motion) {
        return noAuthorityFor(Kind.REMOVE_CEO, person, null, motion);
    }

    /**
     * Why {@code motion} gives no authority for {@code act} on {@code person} (in {@code role}, for an officer other
     * than the CEO), or null when it is a carried motion with that resolution.
     */
    /** Why the stockholders may not seat and unseat as asked, or null: the bylaws' electorate, and the seats. */
    private String stockholdersMayNot(SeatByStockholders c) {
        if (!c.remove().isEmpty() && !bylaws.directorsRemovedBy().includesShareholders()) {
            return "under the bylaws only the board may remove a director";
        }
        if (!c.elect().isEmpty() && !bylaws.directorsElectedBy().includesShareholders()) {
            return "under the bylaws only the board may elect a director";
        }
        for (String p : c.remove()) {
            if (!directors.containsKey(p)) {
                return "cannot remove " + p + ": " + notADirector(p);
            }
        }
        for (String p : c.elect()) {
            if (directors.containsKey(p)) {
                return "cannot elect " + p + ": already a director";
            }
        }
        int after = directors.size() - c.remove().size() + c.elect().size();
        return after > seats ? "electing " + c.elect().size() + " would seat " + after + " directors on a board of "
                + seats + " seats" : null;
    }

    private String designeeMayNotSit(BoardCommands.SeatDesignee c) {
        if (!bylaws.directorsElectedBy().includesShareholders()) {
            return "under the bylaws only the board may elect a director";
        }
        if (directors.containsKey(c.person())) {
            return "already a director";
        }
        List<String> sitting = c.designees().stream().filter(directors::containsKey).toList();
        if (sitting.size() >= c.seats()) {
            String by = sitting.size() == 1 ? sitting.get(0) : String.join(", ", sitting.subList(0, sitting.size() - 1))
                    + " and " + sitting.get(sitting.size() - 1);
            return "the " + (c.seats() == 1 ? "seat" : c.seats() + " seats") + " the holder may fill "
                    + (c.seats() == 1 ? "is" : "are") + " taken by " + by;
        }
        return directors.size() >= seats ? "no seat is free: " + directors.size() + " directors sit on a board of "
                + seats + " seats" : null;
    }

    /** The ids of the motions the board has carried. */
    public Set<String> carriedMotions() {
        return java.util.Collections.unmodifiableSet(carriedMotions.keySet());
    }

    public boolean carried(String motion) {
        return carriedMotions.containsKey(motion);
    }

    public String noAuthorityFor(Kind act, String person, String role, String motion) {
        Motion carried = carriedMotions.get(motion);
        if (carried != null) {
            boolean orders = carried.resolutions().stream().anyMatch(r -> r.kind() == act && r.person().equals(person)
                    && (act != Kind.APPOINT_OFFICER && act != Kind.REMOVE_OFFICER
                    || java.util.Objects.equals(r.role(), role)));
            return orders ? null : "motion " + motion + " carried but does not " + describe(act, person, role);
        }
        String why = motionsNotCarried.get(motion);
        return why == null ? "no motion " + motion + " was put to the board" : "motion " + motion + " " + why;
    }

    private static String describe(Kind act, String person, String role) {
        return switch (act) {
            case REMOVE_CEO -> "remove " + person + " as CEO";
            case APPOINT_CEO -> "appoint " + person + " CEO";
            case APPOINT_INTERIM_CEO -> "appoint " + person + " interim CEO";
            case APPOINT_OFFICER -> "appoint " + person + " " + role;
            case REMOVE_OFFICER -> "remove " + person + " as " + role;
            default -> act.name().toLowerCase().replace('_', ' ') + " " + person;
        };
    }

    private String notADirector(String person) {
        String gone = departed.get(person);
        return gone == null ? person + " is not a director" : person + " is no longer a director (" + gone + ")";
    }

    // ---- state changes ----

    @Override
    public void evolve(DomainEvent event, java.time.Instant at) {
        if (event instanceof BoardConstituted e) {
            id = e.board();
            bylaws = e.bylaws();
            e.directors().forEach(d -> directors.put(d.person(), new Director(d.person(), d.resolve(), d.susceptibility(),
                    d.alliedWith(), d.weights())));
            chair = e.chair();
            seats = e.bylaws().seats() > 0 ? e.bylaws().seats() : directors.size();
        } else if (event instanceof BoardSizeFixed e) {
            seats = e.seats();
        } else if (event instanceof ReasonsPublished e) {
            reasons = Math.max(reasons, e.strength());
        } else if (event instanceof AttendedToObject e) {
            objecting.computeIfAbsent(e.motion(), k -> new ArrayList<>()).add(e.director());
        } else if (event instanceof MotionFailed e) {
            objecting.remove(e.motion());
            motionsNotCarried.put(e.motion(), "failed: " + e.reason());
        } else if (event instanceof MotionRejected e) {
            objecting.remove(e.motion());
            motionsNotCarried.put(e.motion(), "was out of order: " + e.reason());
        } else if (event instanceof DirectorRemoved e) {
            directors.remove(e.person());
            departed.put(e.person(), "removed by motion " + e.motion());
            if (e.person().equals(chair)) {
                chair = null;
            }
        } else if (event instanceof DirectorResigned e) {
            directors.remove(e.person());
            departed.put(e.person(), "resigned");
            if (e.person().equals(chair)) {
                chair = null;
            }
        } else if (event instanceof ChairRemoved e) {
            chair = null;
        } else if (event instanceof BoardEvents.DesigneeSeated e) {
            directors.put(e.person(), new Director(e.person(), NEWCOMER_RESOLVE, 0, null, Weights.EVEN));
            departed.remove(e.person());
        } else if (event instanceof DirectorElected e) {
            directors.put(e.person(), new Director(e.person(), NEWCOMER_RESOLVE, 0, null, Weights.EVEN));
            departed.remove(e.person());
        } else if (event instanceof ChairElected e) {
            chair = e.person();
        } else if (event instanceof ObserverSeatGranted e) {
            observers.add(e.investor());
        } else if (event instanceof PressureMeasured e) {
            PressureReading.ByKind byKind = null;
            for (Director d : directors.values()) {
                if (sidesWithRemovedCeo(d)) {
                    continue;
                }
                // evenly weighed, the reading's total as recorded: summing its parts again could differ in the last bit
                double felt = e.reading().total();
                if (!d.even) {
                    byKind = byKind == null ? e.reading().byKind() : byKind;
                    felt = d.weights.felt(byKind);
                }
                d.strain = Math.max(0, d.strain + (felt - e.tolerance()) * e.hours() * d.susceptibility);
                d.peakStrain = Math.max(d.peakStrain, d.strain);
            }
            double excess = (e.reading().total() - e.tolerance()) * e.hours();
            if (excess > 0 && e.reading().total() > 0) {
                e.reading().components().forEach((source, part) ->
                        strainBy.merge(source, excess * part / e.reading().total(), Double::sum));
            }
            peakPressure = Math.max(peakPressure, e.reading().total());
            tolerance = e.tolerance();
        } else if (event instanceof DirectorYielded e) {
            Director d = directors.get(e.person());
            if (d != null) {
                d.yielded = true;
            }
        } else if (event instanceof BoardResignationDemanded e) {
            demandsToResign.add(e.by());
        } else if (event instanceof SettlementProposed e) {
            openSettlements.put(e.settlement(), e);
            proposers.put(e.settlement(), e.proposer());
        } else if (event instanceof SettlementLapsed e) {
            close(e.settlement());
        } else if (event instanceof SettlementCountered e) {
            openSettlements.put(e.counter(), new SettlementProposed(e.counter(), e.by(), e.terms(), e.deadline()));
            counterTo.put(e.counter(), e.settlement());
            proposers.put(e.counter(), e.by());
        } else if (event instanceof CounterAccepted e) {
            acceptedCounters.add(e.counter());
            openSettlements.remove(counterTo.get(e.counter()));
        } else if (event instanceof CounterRejected e) {
            openSettlements.remove(e.counter());
        } else if (event instanceof SettlementWithdrawn e) {
            close(e.settlement());
        } else if (event instanceof MotionCarried e) {
            e.motion().resolutions().stream().filter(r -> r.kind() == Motion.Kind.REMOVE_CEO).findFirst()
                    .ifPresent(r -> removedCeo = r.person());
            close(e.motion().id());
            objecting.remove(e.motion().id());
            carriedMotions.put(e.motion().id(), e.motion());
            motionsNotCarried.remove(e.motion().id());
        } else if (event instanceof BylawsAmended e) {
            // an amendment that leaves the seats as they were leaves a size fixed by resolution standing
            if (e.bylaws().seats() > 0 && e.bylaws().seats() != bylaws.seats()) {
                seats = e.bylaws().seats();
            }
            bylaws = e.bylaws();
        } else if (event instanceof DirectorProfileChanged e) {
            Director old = directors.get(e.profile().person());
            if (old != null) {
                Director d = new Director(old.person, e.profile().resolve(), e.profile().susceptibility(),
                        e.profile().alliedWith(), e.profile().weights());
                d.strain = old.strain;
                d.peakStrain = old.peakStrain;
                d.yielded = old.yielded;
                directors.put(d.person, d);
            }
        }
    }

    // ---- queries for policies, the narrative and state views ----

    public String id() { return id; }

    public Bylaws bylaws() { return bylaws; }

    /** The authorised number of seats, vacancies included. */
    public int seats() { return seats; }

    public Set<String> members() { return directors.keySet(); }

    /** Seats without a director. */
    public int vacancies() { return Math.max(0, seats - directors.size()); }

    /** The directors who must be present for a meeting to act, as the bylaws count them; 0 before the board exists. */
    public int quorum() { return bylaws == null ? 0 : bylaws.quorumFor(seats, directors.size()); }

    /** The highest pressure on the board measured so far, per hour. */
    public double peakPressure() { return peakPressure; }

    /** The pressure per hour the directors bear without strain, as last measured. */
    public double tolerance() { return tolerance; }

    /** How many of the serving directors must give way before a concession has a majority. */
    public int neededToConcede() { return directors.size() / 2 + 1; }

    public Map<String, Director> directors() { return directors; }

    public boolean isDirector(String person) { return directors.containsKey(person); }

    public String chair() { return chair; }

    public List<String> observers() { return observers; }

    public Map<String, SettlementProposed> openSettlements() { return openSettlements; }

    public Set<String> demandsToResign() { return demandsToResign; }

    public long yieldedCount() {
        return directors.values().stream().filter(d -> d.yielded).count();
    }

    /** A majority of the serving directors has given way to the pressure or sides with the CEO the board removed. */
    public boolean majorityHasYielded() {
        return !directors.isEmpty() && backingCount() > directors.size() / 2;
    }

    /** Takes terms off the table, and with them a counter to them that nobody accepted: it answers nothing now. */
    private void close(String settlement) {
        openSettlements.remove(settlement);
        counterTo.forEach((counter, answered) -> {
            if (answered.equals(settlement) && !acceptedCounters.contains(counter)) {
                openSettlements.remove(counter);
            }
        });
    }

    /** Those who gave way, and allies of the CEO the board removed, back any settlement. */
    private boolean backsAnySettlement(Director d) {
        return d.yielded || sidesWithRemovedCeo(d);
    }

    /** Directors who would back a settlement: those who gave way, and allies of the CEO the board removed. */
    private long backingCount() {
        return directors.values().stream().filter(this::backsAnySettlement).count();
    }

    /**
     * Directors who would vote for these terms: those who back any settlement, and the director who put them forward
     * for the board as its counter-offer.
     */
    public List<String> backers(SettlementProposed settlement) {
        return directors.values().stream()
                .filter(d -> backsAnySettlement(d) || d.person.equals(settlement.proposer()))
                .map(d -> d.person).toList();
    }

    /** Directors who hold the board's line: not given way, not on the removed CEO's side. */
    public List<Director> holdouts() {
        return directors.values().stream().filter(d -> !backsAnySettlement(d)).toList();
    }

    /** The terms a counter-offer answers, or null when the terms are not the board's counter. */
    public String counterTo(String settlement) { return counterTo.get(settlement); }

    /** Who proposed these terms, open or closed; null for terms never proposed. */
    public String proposerOf(String settlement) { return proposers.get(settlement); }

    public boolean countered(String settlement) { return counterTo.containsValue(settlement); }

    public boolean counterAccepted(String counter) { return acceptedCounters.contains(counter); }

    /** The removed CEO himself, and a director allied with him, do not hold the board's line against his return. */
    public boolean sidesWithRemovedCeo(Director d) {
        return removedCeo != null && (removedCeo.equals(d.person) || removedCeo.equals(d.alliedWith));
    }

    /** How convincing the reasons the board has published are (0 to 1), 0 when it has published none. */
    public double reasons() { return reasons; }

    /**
     * The share each source of pressure had in what moved a director, as the director weighs its kind, largest first,
     * sources under 5% left out. The sources' parts are kept once for the board, over the readings above its tolerance,
     * and a director's weights scale them: for a director who weighs kinds unevenly, an approximation of their own
     * strain's make-up, not its exact sum.
     */
    public Map<String, Double> movedBy(Weights weights) {
        Map<String, Double> weighed = new java.util.HashMap<>();
        strainBy.forEach((source, v) -> weighed.put(source, v * weights.of(PressureReading.kindOf(source))));
        double total = weighed.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Double> out = new LinkedHashMap<>();
        if (total <= 0) {
            return out;
        }
        weighed.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .filter(x -> x.getValue() / total >= 0.05)
                .forEach(x -> out.put(x.getKey(), Math.round(1000 * x.getValue() / total) / 1000.0));
        return out;
    }

    /** The last CEO the board voted to remove, or null. */
    public String removedCeo() { return removedCeo; }
}
