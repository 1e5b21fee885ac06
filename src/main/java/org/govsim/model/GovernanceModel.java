package org.govsim.model;

import java.util.List;
import java.util.Optional;

import org.govsim.board.Board;
import org.govsim.ceo.CeoOffice;
import org.govsim.financing.Financing;
import org.govsim.investor.Investor;
import org.govsim.litigation.Litigation;
import org.govsim.organisation.Organisation;
import org.govsim.policy.Policies;
import org.govsim.policy.OfficersServeAtTheBoardsPleasure;
import org.govsim.policy.PressureGauge;
import org.govsim.policy.ProposerAnswersCounter;
import org.govsim.shareholders.Shareholders;
import org.govsim.simulation.Model;
import org.govsim.workforce.Workforce;

/**
 * The governance model every case runs on: the kinds of actor, the policies in the order they react, and the versions
 * of it that stored timelines may name. A new actor is a package of its own plus one line in the list of kinds below.
 */
public final class GovernanceModel {

    /** The version a run records; change it whenever the policies or their order change. */
    public static final String VERSION = "3";

    private static final Model STANDARD = new Model(VERSION,
            List.of(Organisation.KIND, CeoOffice.KIND, Board.KIND, Workforce.KIND, Investor.KIND, Shareholders.KIND,
                    Litigation.KIND, Financing.KIND),
            Policies.standard(), List.of(new PressureGauge(), new OfficersServeAtTheBoardsPleasure(),
                    new ProposerAnswersCounter()), Summary::of);

    /**
     * Policies added after version 1 that answer only events the versions before them could not record (an election of
     * stockholders, an officer's ultimatum, holders' letter, a designation, a judgment, a refusal): a stream of an earlier version
     * holds none of those, so it plays on under them as it would have under its own model, and stays resumable.
     */
    private static final List<String> INERT_BEFORE_THEIR_ACTORS = List.of("shareholders-rebuke-the-board",
            "nominees-not-elected-leave-the-board", "ultimatums-are-kept", "stockholders-seat-the-board",
            "letters-are-weighed", "designees-take-their-seats", "judgments-are-carried-out",
            "refused-financiers-withdraw");

    private GovernanceModel() {
    }

    public static Model standard() {
        return STANDARD;
    }

    /** The policy set this code can resume: a timeline's recorded stamp, or the first version for unstamped streams. */
    public static Optional<String> incompatibility(Model model, Model.Stamp recorded) {
        Model.Stamp stamp = recorded == null ? first() : recorded;
        if (stamp.policies().equals(model.stamp().policies())) {
            return Optional.empty();
        }
        // policies are only ever appended: a recorded list is the head of today's, and every policy it lacks is inert
        List<String> today = model.stamp().policies();
        List<String> kept = stamp.policies();
        if (kept.size() <= today.size() && today.subList(0, kept.size()).equals(kept)
                && INERT_BEFORE_THEIR_ACTORS.containsAll(today.subList(kept.size(), today.size()))) {
            return Optional.empty();
        }
        return Optional.of("it was produced by model version " + stamp.version() + " (policies " + String.join(", ",
                stamp.policies()) + "), and this govsim runs version " + model.version() + " (policies "
                + String.join(", ", model.stamp().policies()) + "); resuming it would mix the two: replay its scenario "
                + "instead");
    }

    /** The model of streams written before runs recorded theirs: version 1, with the policies of today's first list. */
    public static Model.Stamp first() {
        return new Model.Stamp("1", List.of("board-acts-are-carried-out", "loyalists-quit", "loyalists-return",
                "executives-turn-on-the-board", "interim-ceo-sides-with-founder", "investors-press-the-board",
                "outside-offer-raises-the-stakes", "pressure-mounts", "resolve-gives-way", "investors-escalate",
                "employees-organise-letter", "letter-spreads", "signers-follow-the-offer", "candidates-weigh-the-crisis",
                "board-gives-in"));
    }
}
