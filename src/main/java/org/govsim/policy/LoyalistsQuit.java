package org.govsim.policy;

import org.govsim.ceo.CeoCommands.ResignOffice;
import org.govsim.ceo.CeoEvents.CeoRemoved;
import org.govsim.ceo.CeoOffice;
import org.govsim.organisation.Organisation.Loyalist;
import org.govsim.organisation.Organisation;
import org.govsim.simulation.Policy;
import org.govsim.simulation.Reactions;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;
import org.govsim.workforce.Workforce;
import org.govsim.workforce.WorkforceCommands.ResignEmployees;

/** Those who stand by a removed CEO quit, each after their own reaction time: an officer gives up the office, a group of staff resigns. */
public final class LoyalistsQuit implements Policy {

    public String name() { return "loyalists-quit"; }

    public void react(Recorded event, World world, Reactions out) {
        if (!(event.event() instanceof CeoRemoved removed)) {
            return;
        }
        for (Loyalist l : Organisation.in(world).loyalists()) {
            if (!l.quits() || !removed.person().equals(l.loyalTo())) {
                continue;
            }
            if (l.isGroup()) {
                out.after(l.quitAfterHours(), new ResignEmployees(Workforce.in(world).id(), l.count(),
                        l.office() + " resign in protest at the removal of " + Organisation.in(world).nameOf(l.loyalTo())));
            } else {
                out.after(l.quitAfterHours(), new ResignOffice(CeoOffice.in(world).id(), l.person(), l.office(),
                        "quits in protest at the removal of " + Organisation.in(world).nameOf(l.loyalTo())));
            }
        }
    }
}
