package org.govsim.policy;

import java.util.List;

import org.govsim.board.BoardCommands.PutMotionToVote;
import org.govsim.simulation.Policy;
import org.govsim.simulation.ScheduledAction;
import org.govsim.simulation.World;

/** The policies every run uses, in the order they react to an event. */
public final class Policies {
    private Policies() {
    }

    public static List<Policy> standard() {
        return List.of(
                new BoardActsAreCarriedOut(),
                new LoyalistsQuit(),
                new LoyalistsReturn(),
                new ExecutivesTurnOnTheBoard(),
                new InterimCeoSidesWithFounder(),
                new InvestorsPressTheBoard(),
                new OutsideOfferRaisesTheStakes(),
                new PressureMounts(),
                new ResolveGivesWay(),
                new InvestorsEscalate(),
                new EmployeesOrganiseLetter(),
                new LetterSpreads(),
                new SignersFollowTheOffer(),
                new CandidatesWeighTheCrisis(),
                new BoardGivesIn(),
                new ShareholdersRebukeTheBoard(),
                new NomineesNotElectedLeaveTheBoard(),
                new UltimatumsAreKept(),
                new StockholdersSeatTheBoard(),
                new LettersAreWeighed(),
                new DesigneesTakeTheirSeats(),
                new JudgmentsAreCarriedOut(),
                new RefusedFinanciersWithdraw());
    }

    static boolean votePending(World world, String motionId) {
        for (ScheduledAction a : world.agenda()) {
            if (a.command() instanceof PutMotionToVote v && v.motion().id().equals(motionId)) {
                return true;
            }
        }
        return false;
    }
}
