package org.govsim.app;

import java.util.List;

/**
 * Why an event happened: the event, the event a policy reacted to when it scheduled the action that produced it, and so
 * on back to what the scenario gives (the seed world, the script, a what-if's edits). A run of events that one policy
 * repeats, each answering the one before (the hourly pressure readings), is one link.
 *
 * @param links the event asked about first, then each earlier cause
 */
public record CauseChain(String timeline, long seq, String zone, List<Link> links) {

    /**
     * One event of the chain and how it came about.
     *
     * @param how the action that produced it and who scheduled that action in reply to the next link, or the given it is
     */
    public record Link(long seq, String time, String actor, String type, String text, String cause, String source,
                       String how) {
    }
}
