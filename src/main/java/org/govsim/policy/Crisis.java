package org.govsim.policy;

import java.util.List;

import org.govsim.ceo.CeoOffice;
import org.govsim.simulation.Command;
import org.govsim.simulation.SimulationEvents.OnlyIf;
import org.govsim.simulation.World;

/** The crisis the policies answer: a CEO removed in this run has not returned and the run goes on. */
final class Crisis {
    private Crisis() {
    }

    static boolean open(World world) {
        return CeoOffice.in(world).crisisOpen() && !world.hasEnded();
    }

    /**
     * A reaction that falls due later and answers the crisis: it lapses if the removed CEO is back by then, since what
     * it would demand has been met.
     */
    static Command whileOpen(Command command) {
        return new OnlyIf(List.of("ceo-removed"), command);
    }
}
