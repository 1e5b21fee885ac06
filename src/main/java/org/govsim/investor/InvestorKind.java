package org.govsim.investor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsim.board.Board;
import org.govsim.investor.InvestorEvents.*;
import org.govsim.simulation.ActorKind;
import org.govsim.simulation.Command;
import org.govsim.simulation.DomainEvent;
import org.govsim.simulation.Names;
import org.govsim.simulation.World;

/** Investors as the engine and the story see them: one stream each ("investor/microsoft"), their lines, their state. */
public final class InvestorKind extends ActorKind<Investor> {

    InvestorKind() {
        super("investor", true, Investor.class, Investor::new);
    }

    @Override
    public List<Class<? extends DomainEvent>> events() {
        return nested(DomainEvent.class, InvestorEvents.class);
    }

    @Override
    public List<Class<? extends Command>> commands() {
        return nested(Command.class, InvestorCommands.class);
    }

    @Override
    public String tell(DomainEvent event, Names names) {
        if (event instanceof InvestorRegistered e) {
            return e.name() + ": " + money(e.committedUsd()) + " committed"
                    + (e.profitShare() > 0 ? ", " + Math.round(e.profitShare() * 100) + "% of profits" : "")
                    + "; " + e.votes() + " votes on the board";
        } else if (event instanceof BoardPressed e) {
            return e.investor() + " presses the board to " + e.demand();
        } else if (event instanceof InvestorStoodDown e) {
            return e.investor() + " stands down (" + e.reason() + "), as it demanded: " + e.demand();
        } else if (event instanceof LegalActionWeighed e) {
            return e.investor() + " weighs legal action against the board";
        } else if (event instanceof OutsideOfferMade e) {
            return e.investor() + " offers " + names.list(e.to()) + (e.colleagues() ? " and their colleagues" : "")
                    + " roles: " + e.role();
        } else if (event instanceof CeoBacked e) {
            return e.investor() + " publicly backs " + names.nameOf(e.person());
        } else if (event instanceof InvestorProfileChanged e) {
            return String.format("%s's leverage and stance change: leverage %.2f, alignment %.2f (%s)", e.profile().name(),
                    e.profile().leverage().total(), e.profile().alignment(), e.reason());
        }
        return null;
    }

    private static String money(double usd) {
        if (usd >= 1e9) {
            return String.format("$%.0fB", usd / 1e9);
        }
        if (usd >= 1e6) {
            return String.format("$%.0fM", usd / 1e6);
        }
        return usd > 0 ? String.format("$%.0f", usd) : "undisclosed sums";
    }

    @Override
    public Map<String, Object> view(Investor investor, World world) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", investor.id());
        out.put("name", investor.profile().name());
        out.put("stance", investor.stance().name().toLowerCase());
        out.put("votes", investor.profile().votes());
        out.put("observerSeat", Board.in(world).observers().contains(investor.id()));
        return out;
    }
}
