package org.govsim.shareholders;

import java.time.Instant;
import java.util.List;

import org.govsim.simulation.Command;

/** What the stockholders, their advisers and campaigners may be asked to do. */
public interface ShareholderCommands {

    /** A step about a meeting's election, which names the meeting. */
    interface AtMeeting extends Command {
        String meeting();
    }

    record CallMeeting(String meeting, String title, Instant at, List<String> nominees) implements Command {
        public String target() { return Shareholders.AGGREGATE; }
    }

    record AdviseWithholding(String adviser, String name, String meeting, List<String> from, String reason)
            implements AtMeeting {
        public String target() { return Shareholders.AGGREGATE; }
    }

    record LaunchWithholdCampaign(String campaign, String name, String meeting, List<String> from, String demand)
            implements AtMeeting {
        public String target() { return Shareholders.AGGREGATE; }
    }

    record DeclareVote(String holder, String meeting, List<String> withholdFrom, String reason) implements AtMeeting {
        public String target() { return Shareholders.AGGREGATE; }
    }

    /** Holders sign a written consent to remove and elect directors. */
    record ActByConsent(String consent, List<String> holders, List<String> remove, List<String> elect)
            implements Command {
        public String target() { return Shareholders.AGGREGATE; }
    }

    record HoldElection(String meeting) implements AtMeeting {
        public String target() { return Shareholders.AGGREGATE; }
    }

    /** A holder names a director to a seat its right of designation gives it (a voting agreement's, or the charter's). */
    record DesignateDirector(String holder, String person) implements Command {
        public String target() { return Shareholders.AGGREGATE; }
    }

    /** A holder's right to designate directors ends by the act named in {@code authority} (a court's judgment). */
    record VoidDesignationRights(String holder, String authority) implements Command {
        public String target() { return Shareholders.AGGREGATE; }
    }

    /** Holders put a demand to an officer in a letter: resign {@code role} by the deadline. */
    record SendLetter(String letter, List<String> holders, String to, String role, String demand, Instant deadline)
            implements Command {
        public String target() { return Shareholders.AGGREGATE; }
    }

    /** A letter's deadline comes: whoever it was addressed to must now answer it. */
    record CallForAnswer(String letter) implements Command {
        public String target() { return Shareholders.AGGREGATE; }
    }

    /** A class's votes per share change: a charter amendment (DGCL 242) or a class's own conversion. */
    record ChangeVotesPerShare(String shareClass, double votesPerShare, String reason) implements Command {
        public String target() { return Shareholders.AGGREGATE; }
    }
}
