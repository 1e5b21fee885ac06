package org.govsim.simulation;

import java.time.Instant;

/**
 * A change to a timeline at its fork point: new parameters, scripted actions removed, replaced or added, one actor's
 * decision overridden. It is applied to the world at the fork point, as events recorded with cause "whatif".
 */
public interface WhatIf {

    String name();

    /** Records the what-if's edits into the branch, reading the world at the fork point. */
    void apply(World atFork, Edits edits);

    /** How a what-if writes into the branch. */
    interface Edits {
        void record(DomainEvent event);

        void schedule(Instant due, Command command);

        void cancel(long actionId, String reason);

        /** Changes a pending action's command, keeping its time and its place among actions due at that time. */
        void replace(long actionId, Command command, String reason);
    }

    /** The what-if that changes nothing: its branch must reproduce the parent. */
    WhatIf NONE = new WhatIf() {
        public String name() {
            return "none";
        }

        public void apply(World atFork, Edits edits) {
        }
    };
}
