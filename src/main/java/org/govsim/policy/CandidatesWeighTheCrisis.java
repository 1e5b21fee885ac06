package org.govsim.policy;

import java.util.List;

import org.govsim.board.Board;
import org.govsim.board.BoardCommands.Method;
import org.govsim.board.BoardCommands.PutMotionToVote;
import org.govsim.board.BoardCommands.VoteBy;
import org.govsim.board.Motion;
import org.govsim.ceo.CeoCommands.AnswerApproach;
import org.govsim.ceo.CeoCommands.ConsiderApproach;
import org.govsim.ceo.CeoEvents.ApproachConsidered;
import org.govsim.ceo.CeoEvents.CandidateAccepted;
import org.govsim.ceo.CeoEvents.CandidateApproached;
import org.govsim.ceo.CeoOffice;
import org.govsim.organisation.Organisation.Candidate;
import org.govsim.organisation.Organisation;
import org.govsim.simulation.Policy;
import org.govsim.simulation.Reactions;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;
import org.govsim.workforce.Workforce;

/**
 * An outsider asked to lead weighs the revolt when they answer: they decline once the share of staff who signed the
 * letter has reached their tolerance. An acceptance goes to the board as a motion, voted by the directors' stances.
 */
public final class CandidatesWeighTheCrisis implements Policy {

    public String name() { return "candidates-weigh-the-crisis"; }

    private static Candidate candidate(World world, String person) {
        return Organisation.in(world).candidates().stream().filter(x -> x.person().equals(person)).findFirst()
                .orElse(new Candidate(person, 1.0, 1.0));
    }

    public void react(Recorded event, World world, Reactions out) {
        if (event.event() instanceof CandidateApproached approached) {
            out.after(candidate(world, approached.person()).answerAfterHours(),
                    new ConsiderApproach(CeoOffice.in(world).id(), approached.person()));
        } else if (event.event() instanceof ApproachConsidered considered) {
            Candidate c = candidate(world, considered.person());
            double share = Workforce.in(world).signedShare();
            boolean accept = share < c.tolerance();
            String reason = accept ? "accepts" : String.format("declines: %.0f%% of staff have signed the letter", share * 100);
            out.now(new AnswerApproach(CeoOffice.in(world).id(), c.person(), accept, reason));
        } else if (event.event() instanceof CandidateAccepted accepted) {
            String id = "appoint-" + accepted.person() + "-" + event.seq();
            Motion motion = new Motion(id, "appoint " + Organisation.in(world).nameOf(accepted.person()) + " interim CEO",
                    List.of(Motion.Resolution.of(Motion.Kind.APPOINT_INTERIM_CEO, accepted.person())), Motion.Side.BOARD_LINE);
            List<String> present = List.copyOf(Board.in(world).members());
            out.now(new PutMotionToVote(Board.in(world).id(), motion, Method.MEETING, List.of(), present, List.of(), List.of(),
                    VoteBy.STANCE));
        }
    }
}
