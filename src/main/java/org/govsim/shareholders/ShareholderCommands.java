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
}
