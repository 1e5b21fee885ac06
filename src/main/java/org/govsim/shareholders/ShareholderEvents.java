package org.govsim.shareholders;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.govsim.simulation.ActorKind;
import org.govsim.simulation.DomainEvent;

/** What the stockholders' stream records. */
public interface ShareholderEvents {

    interface ShareholderEvent extends DomainEvent {
        default String aggregate() { return Shareholders.AGGREGATE; }

        default ActorKind<?> actorKind() { return Shareholders.KIND; }
    }

    /** A class of stock: how many shares are outstanding and how many votes each carries (DGCL 212). */
    record ShareClass(String id, String name, long shares, double votesPerShare) {
    }

    /**
     * The company's stock: its classes, and how directors are elected ({@code plurality}: the most votes for wins, so
     * an unopposed nominee wins with one; {@code majority}: a nominee needs more votes for than withheld).
     */
    record ShareCapitalRegistered(List<ShareClass> classes, String election, String source) implements ShareholderEvent {
    }

    /**
     * A holder, or a block of like holders: shares by class, and how their votes lean where no decision of their own
     * is known: {@code leaning} gives, for each adviser or campaign, the share of the block's votes that follows its
     * advice (shares add up, to all of the votes at most); the rest is voted as the board recommends.
     */
    record HolderRegistered(String holder, String name, Map<String, Long> shares, Map<String, Double> leaning,
                            String note) implements ShareholderEvent {
    }

    /** A what-if changes how directors are elected ("plurality" or "majority"). */
    record ElectionRuleChanged(String election, String reason) implements ShareholderEvent {
    }

    /** A what-if changes a holder's shares or leaning. */
    record HolderChanged(HolderRegistered holder, String reason) implements ShareholderEvent {
    }

    /** A stockholders' meeting is set: its date and, for an election, the board's nominees. */
    record MeetingCalled(String meeting, String title, Instant at, List<String> nominees) implements ShareholderEvent {
    }

    /** A proxy adviser recommends withholding votes from nominees. */
    record WithholdAdvised(String adviser, String name, String meeting, List<String> from, String reason)
            implements ShareholderEvent {
    }

    /** A campaign asks stockholders to withhold their votes from nominees. */
    record WithholdCampaignLaunched(String campaign, String name, String meeting, List<String> from, String demand)
            implements ShareholderEvent {
    }

    /** A holder says how it will vote: it withholds from these nominees and votes for the others. */
    record HolderDeclared(String holder, String meeting, List<String> withholdFrom, String reason)
            implements ShareholderEvent {
    }

    /** A nominee's votes: for and withheld, and whether the rule of the election seats them. */
    record NomineeResult(String person, long votesFor, long withheld, boolean elected) {
        public double withheldShare() {
            long cast = votesFor + withheld;
            return cast == 0 ? 0 : (double) withheld / cast;
        }
    }

    /**
     * Holders act without a meeting by written consent (DGCL 228): with a majority of all votes they remove directors
     * (141(k)) and elect others in their place. {@code votes} is the consenting holders', {@code of} all votes.
     */
    record StockholdersConsented(String consent, List<String> holders, long votes, long of, List<String> remove,
                                 List<String> elect) implements ShareholderEvent {
    }

    /** A written consent that does not carry: its holders' votes are not a majority of all votes. */
    record StockholderConsentFailed(String consent, List<String> holders, long votes, long of, String reason)
            implements ShareholderEvent {
    }

    /** The election at a meeting, tallied from every holder's votes. */
    record ElectionHeld(String meeting, String election, List<NomineeResult> results) implements ShareholderEvent {
    }

    /**
     * A holder may name {@code seats} directors (a voting agreement binds the other holders to elect them);
     * {@code sitting} are the directors it named before the run.
     */
    record DesignationRightsGranted(String holder, int seats, List<String> sitting, String source)
            implements ShareholderEvent {
    }

    /** A holder names a director under its right; {@code designees} are all it has named, this one included. */
    record DirectorDesignated(String holder, String person, int seats, List<String> designees)
            implements ShareholderEvent {
    }

    /** A designation the holder has no right to make. */
    record DesignationRefused(String holder, String person, String reason) implements ShareholderEvent {
    }

    /** A holder's right to designate directors ends ({@code authority}: the act that ends it). */
    record DesignationRightsVoided(String holder, String authority) implements ShareholderEvent {
    }

    /**
     * Holders demand in a letter that an officer resign by a deadline; the letter weighs what its signers hold:
     * {@code shareOfStock} of the shares and {@code shareOfVotes} of the votes, both between 0 and 1.
     */
    record HoldersLetterSent(String letter, List<String> holders, String to, String role, String demand,
                             Instant deadline, double shareOfStock, double shareOfVotes) implements ShareholderEvent {
    }

    /** A letter's deadline has come; its signers now hold {@code shareOfVotes} of the votes. */
    record LetterDeadlinePassed(String letter, double shareOfVotes) implements ShareholderEvent {
    }

    /** A class's shares now carry {@code votesPerShare} votes each. */
    record VotesPerShareChanged(String shareClass, String name, double votesPerShare, String reason)
            implements ShareholderEvent {
    }
}
