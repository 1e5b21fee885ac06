package org.govsim.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.govsim.board.Board;
import org.govsim.board.BoardCommands.AnswerCounter;
import org.govsim.board.BoardCommands.CounterSettlement;
import org.govsim.board.BoardCommands.LapseSettlement;
import org.govsim.board.BoardCommands.Method;
import org.govsim.board.BoardCommands.PutMotionToVote;
import org.govsim.board.BoardCommands.SettlementTerms;
import org.govsim.board.BoardCommands.VoteBy;
import org.govsim.board.BoardCommands.WithdrawSettlement;
import org.govsim.board.BoardEvents.CounterAccepted;
import org.govsim.board.BoardEvents.DirectorYielded;
import org.govsim.board.BoardEvents.SettlementCountered;
import org.govsim.board.BoardEvents.SettlementLapsed;
import org.govsim.board.BoardEvents.SettlementProposed;
import org.govsim.board.Motion;
import org.govsim.ceo.CeoCommands.CommitElsewhere;
import org.govsim.ceo.CeoEvents.CommittedElsewhere;
import org.govsim.ceo.CeoOffice;
import org.govsim.investor.Investor;
import org.govsim.organisation.Organisation;
import org.govsim.simulation.Policy;
import org.govsim.simulation.Reactions;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;

/**
 * Terms are bargained, in alternating offers with deadlines and outside options, and the board concedes when a
 * majority of its directors would vote for terms on the table.
 * <ul>
 * <li>The board counters terms that would remove every director still holding its line, once one of its own has given
 * way (the cost of holding out is felt): the holdout nearest to giving way keeps a seat and negotiates, and the removed
 * CEO comes back to office but not to the board. That holdout backs the counter: it is the terms they put forward.</li>
 * <li>An hour later the proposer answers ({@link ProposerAnswersCounter}): he holds to his own terms when one more
 * director would carry them, and otherwise accepts a counter that still gives him the office he asked for.</li>
 * <li>A deadline has consequences: terms that lapse are off the table; a proposer with an outside role on offer takes
 * it, and withdraws whatever terms of his are still open.</li>
 * </ul>
 */
public final class BoardGivesIn implements Policy {

    /** Hours the proposer takes to answer a counter-offer. */
    static final double ANSWER_AFTER_HOURS = 1;

    public String name() { return "board-gives-in"; }

    public void react(Recorded event, World world, Reactions out) {
        Board board = Board.in(world);
        if (event.event() instanceof SettlementProposed proposed && proposed.deadline() != null) {
            out.at(proposed.deadline(), new LapseSettlement(board.id(), proposed.settlement()));
        }
        if (event.event() instanceof SettlementCountered countered) {
            if (countered.deadline() != null) {
                out.at(countered.deadline(), new LapseSettlement(board.id(), countered.counter()));
            }
            // the answer is made when it is given, from the board as it is then
            out.after(ANSWER_AFTER_HOURS, new AnswerCounter(board.id(), countered.counter(),
                    board.proposerOf(countered.settlement()), null, null));
        }
        if (event.event() instanceof SettlementLapsed lapsed) {
            takeOutsideRole(world, lapsed, out);
        }
        if (event.event() instanceof CommittedElsewhere committed) {
            // terms proposed by him or for him are withdrawn by whoever proposed them; a counter goes with its terms
            board.openSettlements().values().stream()
                    .filter(s -> board.counterTo(s.settlement()) == null)
                    .filter(s -> s.proposer().equals(committed.person()) || committed.person().equals(s.terms().ceo()))
                    .forEach(s -> out.now(new WithdrawSettlement(board.id(), s.settlement(), s.proposer(),
                            world.names().nameOf(committed.person()) + " has taken a role at "
                                    + world.names().nameOf(committed.employer()))));
        }
        if (!(event.event() instanceof SettlementProposed || event.event() instanceof DirectorYielded
                || event.event() instanceof CounterAccepted)) {
            return;
        }
        if (concede(world, out)) {
            return;
        }
        counter(world, out);
    }

    /** Puts to a vote the first terms a majority would carry, the board's accepted counters first. */
    private static boolean concede(World world, Reactions out) {
        Board board = Board.in(world);
        List<SettlementProposed> open = new ArrayList<>(board.openSettlements().values());
        open.sort(Comparator.comparing(s -> board.counterAccepted(s.settlement()) ? 0 : 1));
        for (SettlementProposed s : open) {
            if (board.counterTo(s.settlement()) != null && !board.counterAccepted(s.settlement())) {
                continue;
            }
            List<String> backers = board.backers(s);
            if (backers.size() <= board.members().size() / 2 || Policies.votePending(world, s.settlement())) {
                continue;
            }
            String title = board.counterTo(s.settlement()) != null
                    ? "the board's counter-offer, accepted by "
                            + world.names().nameOf(board.proposerOf(board.counterTo(s.settlement())))
                    : "the settlement proposed by " + world.names().nameOf(s.proposer());
            Motion motion = s.terms().toMotion(s.settlement(), title);
            out.now(new PutMotionToVote(board.id(), motion, Method.MEETING, List.of(),
                    List.copyOf(board.members()), backers, List.of(), VoteBy.STANCE));
            return true;
        }
        return false;
    }

    /** Counters terms that would clear the board of everyone holding its line, once one director has given way. */
    private static void counter(World world, Reactions out) {
        Board board = Board.in(world);
        List<Board.Director> holdouts = board.holdouts();
        if (board.yieldedCount() == 0 || holdouts.isEmpty()) {
            return;
        }
        for (SettlementProposed s : List.copyOf(board.openSettlements().values())) {
            if (board.counterTo(s.settlement()) != null || board.countered(s.settlement())
                    || CeoOffice.in(world).unavailable().contains(s.terms().ceo())
                    || !holdouts.stream().allMatch(d -> s.terms().leaving().contains(d.person()))) {
                continue;
            }
            Board.Director negotiator = holdouts.stream()
                    .min(Comparator.comparingDouble((Board.Director d) -> d.resolve() - d.strain())
                            .thenComparing(Board.Director::person)).orElseThrow();
            SettlementTerms terms = counterTerms(s.terms(), negotiator.person(), board.removedCeo(), world);
            String reason = "the holdout nearest to giving way keeps a seat"
                    + (terms.elect().size() < s.terms().elect().size()
                    ? "; " + world.names().nameOf(board.removedCeo()) + " and his allies stay off the board" : "")
                    + (terms.seats() == null ? "" : "; a board of " + terms.seats() + " seats")
                    + "; otherwise as " + world.names().nameOf(s.proposer()) + " proposed";
            out.now(new CounterSettlement(board.id(), s.settlement(), s.settlement() + "-counter", negotiator.person(),
                    terms, reason));
        }
    }

    /** The proposer's terms with the negotiator kept on the board and the removed CEO and his allies off it. */
    static SettlementTerms counterTerms(SettlementTerms t, String negotiator, String removedCeo, World world) {
        List<String> allies = Organisation.in(world).loyalists().stream()
                .filter(l -> !l.isGroup() && l.loyalTo() != null && l.loyalTo().equals(removedCeo))
                .map(Organisation.Loyalist::person).toList();
        List<String> elect = t.elect().stream().filter(p -> !p.equals(removedCeo) && !allies.contains(p)).toList();
        List<String> leaving = t.leaving().stream().filter(p -> !p.equals(negotiator)).toList();
        String chair = t.chair() == null || t.chair().equals(removedCeo) || allies.contains(t.chair()) ? null : t.chair();
        Integer seats = t.seats() == null ? null : t.seats() - (t.elect().size() - elect.size()) + 1;
        return new SettlementTerms(t.ceo(), elect, chair, leaving, t.officers(), seats);
    }

    /**
     * A proposer whose terms lapsed while an outside role was on offer to him takes it. The board's counter lapses
     * with the terms it answers, or, once accepted, stands for them: either way the proposer is the one of the terms.
     */
    private static void takeOutsideRole(World world, SettlementLapsed lapsed, Reactions out) {
        Board board = Board.in(world);
        CeoOffice office = CeoOffice.in(world);
        String answered = board.counterTo(lapsed.settlement());
        if (answered != null && !board.counterAccepted(lapsed.settlement())) {
            return;
        }
        String proposer = board.proposerOf(answered != null ? answered : lapsed.settlement());
        if (proposer == null || office.unavailable().contains(proposer) || proposer.equals(office.holder())) {
            return;
        }
        Investor.all(world).values().stream().filter(i -> i.offeredTo().contains(proposer)).findFirst()
                .ifPresent(i -> out.now(new CommitElsewhere(office.id(), proposer, i.id())));
    }
}
