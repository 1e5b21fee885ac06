package org.govsim.policy;

import org.govsim.ceo.CeoEvents.CeoAppointed;
import org.govsim.organisation.Organisation;
import org.govsim.simulation.Policy;
import org.govsim.simulation.Reactions;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;
import org.govsim.workforce.Workforce;
import org.govsim.workforce.WorkforceCommands.WithdrawResignations;

/**
 * When the removed CEO returns, the staff who resigned in protest over his removal come back. Signers who left to join
 * the outside employer have taken its jobs and stay there.
 */
public final class LoyalistsReturn implements Policy {

    public String name() { return "loyalists-return"; }

    public void react(Recorded event, World world, Reactions out) {
        if (event.event() instanceof CeoAppointed appointed && appointed.returning() && Workforce.in(world).resignedInProtest() > 0) {
            out.now(new WithdrawResignations(Workforce.in(world).id(),
                    Organisation.in(world).nameOf(appointed.person()) + " is back as CEO"));
        }
    }
}
