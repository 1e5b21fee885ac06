package org.govsim.policy;

import org.govsim.investor.Investor;
import org.govsim.investor.InvestorEvents.OutsideOfferMade;
import org.govsim.simulation.Policy;
import org.govsim.simulation.Reactions;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;
import org.govsim.workforce.Workforce;
import org.govsim.workforce.WorkforceCommands.ReceiveOutsideOffer;

/** An outside employer's offer to the removed leaders and their colleagues gives every employee somewhere to go, lowering the bar to sign. */
public final class OutsideOfferRaisesTheStakes implements Policy {

    public String name() { return "outside-offer-raises-the-stakes"; }

    public void react(Recorded event, World world, Reactions out) {
        if (event.event() instanceof OutsideOfferMade offer && offer.colleagues()) {
            out.now(new ReceiveOutsideOffer(Workforce.in(world).id(), Investor.all(world).get(offer.investor()).profile().name(),
                    world.parameters().offerThresholdDiscount()));
        }
    }
}
