package org.govsim.policy;

import org.govsim.ceo.CeoEvents.LetterRefused;
import org.govsim.financing.Financing;
import org.govsim.financing.FinancingCommands.LoseFunding;
import org.govsim.financing.FinancingEvents.Source;
import org.govsim.shareholders.ShareholderEvents.HoldersLetterSent;
import org.govsim.shareholders.Shareholders;
import org.govsim.simulation.Policy;
import org.govsim.simulation.Reactions;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;

/**
 * Signers of a refused letter who provide the company's cash withdraw it at once: money was their leverage, and a
 * demand refused without consequence would be worth nothing the next time. What depends on their money goes with it.
 */
public final class RefusedFinanciersWithdraw implements Policy {

    public String name() { return "refused-financiers-withdraw"; }

    public void react(Recorded event, World world, Reactions out) {
        if (event.event() instanceof LetterRefused r) {
            HoldersLetterSent letter = Shareholders.in(world).letters().get(r.letter());
            if (letter == null) {
                return;
            }
            for (Source s : Financing.in(world).providedBy(letter.holders())) {
                out.now(new LoseFunding(s.id(), "withdrawn by " + world.names().nameOf(s.provider()) + " once "
                        + world.names().nameOf(r.person()) + " refused the demand to " + letter.demand()));
            }
        }
    }
}
