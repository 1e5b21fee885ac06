package org.govsim.policy;

import org.govsim.ceo.CeoOffice;
import org.govsim.simulation.World;

/** The crisis the policies answer: a CEO removed in this run has not returned and the run goes on. */
final class Crisis {
    private Crisis() {
    }

    static boolean open(World world) {
        return CeoOffice.in(world).crisisOpen() && !world.hasEnded();
    }
}
