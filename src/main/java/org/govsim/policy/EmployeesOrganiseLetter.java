package org.govsim.policy;

import org.govsim.board.BoardEvents.ReasonsPublished;
import org.govsim.ceo.CeoEvents.CeoAppointed;
import org.govsim.organisation.Organisation;
import org.govsim.simulation.Policy;
import org.govsim.simulation.Reactions;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;
import org.govsim.workforce.Workforce;
import org.govsim.workforce.WorkforceCommands.CloseLetter;
import org.govsim.workforce.WorkforceCommands.OpenLetter;
import org.govsim.workforce.WorkforceCommands.WeighReasons;

/**
 * Staff organise an open letter when the board, instead of restoring the removed CEO, brings in an outsider to lead:
 * the sign that the board will hold. Insiders as interim CEO keep the door open; an outsider closes it. The letter
 * closes when the CEO whose return it demanded is back, and is never opened if he is back before it is organised.
 * Reasons the board publishes are weighed by the staff: the convinced need more of their colleagues to sign first.
 */
public final class EmployeesOrganiseLetter implements Policy {

    /**
     * How much more of their colleagues an unsigned employee needs to have signed once the board's reasons would
     * convince a neutral reader entirely; less in proportion. An assumption: no report measures it.
     */
    static final double DOUBT_FROM_CONVINCING_REASONS = 0.3;

    public String name() { return "employees-organise-letter"; }

    public void react(Recorded event, World world, Reactions out) {
        if (event.event() instanceof ReasonsPublished reasons) {
            out.now(new WeighReasons(Workforce.in(world).id(), reasons.strength(),
                    reasons.strength() * DOUBT_FROM_CONVINCING_REASONS));
            return;
        }
        if (event.event() instanceof CeoAppointed appointed && appointed.interim() && Crisis.open(world)
                && !Workforce.in(world).letterOpen() && !Organisation.in(world).isInsider(appointed.person())) {
            out.after(world.parameters().letterOrganiseHours(), Crisis.whileOpen(new OpenLetter(Workforce.in(world).id(),
                    Workforce.in(world).profile().letterDemands(), "the board named an outsider, "
                    + Organisation.in(world).nameOf(appointed.person()) + ", as interim CEO")));
        } else if (event.event() instanceof CeoAppointed appointed && appointed.returning() && Workforce.in(world).letterOpen()) {
            String name = Organisation.in(world).nameOf(appointed.person());
            out.now(new CloseLetter(Workforce.in(world).id(), name, name + " is back as CEO"));
        }
    }
}
