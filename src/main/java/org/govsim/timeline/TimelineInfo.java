package org.govsim.timeline;

import java.time.Instant;

/**
 * A stored timeline: a replay of a scenario, or a branch of another timeline that shares its events up to
 * {@code forkSeq} and stores only what follows. {@code events} counts the whole timeline, shared prefix included.
 */
public record TimelineInfo(String name, String scenario, String title, long seed, String parent, long forkSeq,
                           Instant forkTime, String whatIf, Instant createdAt, boolean readOnly, long events) {

    public boolean isBranch() {
        return parent != null;
    }
}
