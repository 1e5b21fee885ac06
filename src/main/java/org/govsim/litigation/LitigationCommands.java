package org.govsim.litigation;

import java.util.List;

import org.govsim.simulation.Command;

/** What may happen to a suit: filed, stayed, decided, settled. */
public interface LitigationCommands {

    /** A step about a suit filed before it. */
    interface OnSuit extends Command {
        String suit();

        default String target() { return Litigation.AGGREGATE; }
    }

    record FileSuit(String suit, String title, String plaintiff, List<String> defendants, String court,
                    String claims, LitigationEvents.Relief relief) implements Command {
        public String target() { return Litigation.AGGREGATE; }
    }

    /** The court pauses the suit ({@code reason}: for arbitration, for instance); it stays pending. */
    record StaySuit(String suit, String reason) implements OnSuit {
    }

    record DecideSuit(String suit, boolean forPlaintiff, String reason) implements OnSuit {
    }

    record SettleSuit(String suit, String terms) implements OnSuit {
    }
}
