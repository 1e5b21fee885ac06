package org.govsim.policy;

import java.util.List;

import org.govsim.board.BoardCommands.Method;
import org.govsim.board.BoardCommands.PutMotionToVote;
import org.govsim.board.BoardCommands.VoteBy;
import org.govsim.board.Motion;
import org.govsim.ceo.CeoCommands.AnswerApproach;
import org.govsim.ceo.CeoEvents.CandidateAccepted;
import org.govsim.ceo.CeoEvents.CandidateApproached;
import org.govsim.organisation.Organisation.Candidate;
import org.govsim.simulation.Policy;
import org.govsim.simulation.Reactions;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;

/**
 * An outsider asked to lead weighs the revolt: they decline once the share of staff who signed the letter reaches
 * their tolerance. An acceptance goes to the board as a motion, voted by the directors' stances.
 */
public final class CandidatesWeighTheCrisis implements Policy {

    public String name() { return "candidates-weigh-the-crisis"; }

    public void react(Recorded event, World world, Reactions out) {
        if (event.event() instanceof CandidateApproached approached) {
            Candidate c = world.organisation().candidates().stream()
                    .filter(x -> x.person().equals(approached.person())).findFirst()
                    .orElse(new Candidate(approached.person(), 1.0, 1.0));
            double share = world.workforce().signedShare();
            boolean accept = share < c.tolerance();
            String reason = accept ? "accepts" : String.format("declines: %.0f%% of staff have signed the letter", share * 100);
            out.after(c.answerAfterHours(), new AnswerApproach(world.ceo().id(), c.person(), accept, reason));
        } else if (event.event() instanceof CandidateAccepted accepted) {
            String id = "appoint-" + accepted.person() + "-" + event.seq();
            Motion motion = new Motion(id, "appoint " + world.organisation().nameOf(accepted.person()) + " interim CEO",
                    List.of(Motion.Resolution.of(Motion.Kind.APPOINT_INTERIM_CEO, accepted.person())), Motion.Side.BOARD_LINE);
            List<String> present = List.copyOf(world.board().members());
            out.now(new PutMotionToVote(world.board().id(), motion, Method.MEETING, List.of(), present, List.of(), List.of(),
                    VoteBy.STANCE));
        }
    }
}
