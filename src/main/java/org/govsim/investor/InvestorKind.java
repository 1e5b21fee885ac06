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
            return e.name() + ": " + stake(e) + "; " + e.votes() + " votes on the board";
        } else if (event instanceof BoardPressed e) {
            return subject(e.investor(), names, "presses", "press") + " the board to " + e.demand();
        } else if (event instanceof InvestorStoodDown e) {
            return subject(e.investor(), names, "stands", "stand") + " down: " + e.reason();
        } else if (event instanceof LegalActionWeighed e) {
            return subject(e.investor(), names, "weighs", "weigh") + " legal action against the board";
        } else if (event instanceof OutsideOfferMade e) {
            return subject(e.investor(), names, "offers", "offer") + " " + names.list(e.to())
                    + (e.colleagues() ? " and their colleagues" : "") + " roles: " + e.role();
        } else if (event instanceof CeoBacked e) {
            return subject(e.investor(), names, "publicly backs", "publicly back") + " " + names.nameOf(e.person());
        } else if (event instanceof InvestorProfileChanged e) {
            return String.format("%s's leverage and stance change: leverage %.2f, alignment %.2f (%s)", e.profile().name(),
                    e.profile().leverage().total(), e.profile().alignment(), e.reason());
        }
        return null;
    }

    /** Investors registered together in the seed, or standing down together for one reason, in one line. */
    @Override
    public String tellTogether(List<DomainEvent> events, Names names) {
        if (events.stream().allMatch(InvestorRegistered.class::isInstance)) {
            List<InvestorRegistered> all = events.stream().map(InvestorRegistered.class::cast).toList();
            boolean noVotes = all.stream().allMatch(i -> i.votes() == 0);
            // separated by semicolons: an investor's name may itself be a list ("Sequoia, Tiger Global and ...")
            return "Investors" + (noVotes ? ", none with a vote on the board: " : ": ")
                    + String.join("; ", all.stream().map(i -> i.name() + ", " + stake(i)
                    + (noVotes ? "" : ", " + i.votes() + " votes on the board")).toList());
        }
        if (!events.stream().allMatch(InvestorStoodDown.class::isInstance)) {
            return null;
        }
        List<InvestorStoodDown> down = events.stream().map(InvestorStoodDown.class::cast).toList();
        if (down.stream().map(InvestorStoodDown::reason).distinct().count() > 1) {
            return null;
        }
        return down.size() + " investors stand down: " + down.get(0).reason() + " ("
                + String.join("; ", down.stream().map(d -> names.nameOf(d.investor())).toList()) + ")";
    }

    /** The investor by name with its verb: "Microsoft presses", "Sequoia, Tiger Global and Andreessen Horowitz press". */
    private static String subject(String investor, Names names, String one, String many) {
        String name = names.nameOf(investor);
        return name + " " + (name.contains(" and ") ? many : one);
    }

    /**
     * What the investor has at stake: the money committed and its share of profits; where no sum committed is known,
     * the seed's note says what the stake is ("leading an employee tender offer of about $1B"), if it has one.
     */
    private static String stake(InvestorRegistered e) {
        String share = e.profitShare() > 0 ? ", " + Math.round(e.profitShare() * 100) + "% of profits" : "";
        if (e.committedUsd() > 0) {
            return money(e.committedUsd()) + " committed" + share;
        }
        return (e.note() == null ? "sums not known" : e.note()) + share;
    }

    private static String money(double usd) {
        if (usd >= 1e9) {
            return String.format("$%.0fB", usd / 1e9);
        }
        if (usd >= 1e6) {
            return String.format("$%.0fM", usd / 1e6);
        }
        return String.format("$%.0f", usd);
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
