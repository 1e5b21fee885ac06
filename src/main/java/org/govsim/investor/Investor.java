package org.govsim.investor;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.govsim.investor.InvestorCommands.*;
import org.govsim.investor.InvestorEvents.*;
import org.govsim.simulation.Actor;
import org.govsim.simulation.Command;
import org.govsim.simulation.DomainEvent;
import org.govsim.simulation.Names;
import org.govsim.simulation.World;

/**
 * One investor: stake, votes and leverage, and its stance in the crisis (neutral, pressing the board, weighing
 * legal action). An investor without votes cannot act in the board; its power is what it can withhold or offer.
 */
public class Investor implements Actor, Names {

    public static final String AGGREGATE_PREFIX = "investor/";
    public static final InvestorKind KIND = new InvestorKind();

    /** The investors of a world by id, in the order the seed registered them. */
    public static java.util.Map<String, Investor> all(World world) {
        return world.actors(KIND);
    }

    public enum Stance { NEUTRAL, PRESSING, LEGAL_THREAT }

    @AggregateIdentifier
    private String id;
    private InvestorRegistered profile;
    private Stance stance = Stance.NEUTRAL;
    private String demand;
    private boolean offerMade;
    /** The people the investor's outside offer named, who may take the role it offers. */
    private final java.util.List<String> offeredTo = new java.util.ArrayList<>();
    private boolean backedCeo;

    public Investor() {
    }

    @CommandHandler
    public void handle(PressBoard c) { decide(c).forEach(e -> apply(e)); }

    @CommandHandler
    public void handle(StandDown c) { decide(c).forEach(e -> apply(e)); }

    @CommandHandler
    public void handle(WeighLegalAction c) { decide(c).forEach(e -> apply(e)); }

    @CommandHandler
    public void handle(MakeOutsideOffer c) { decide(c).forEach(e -> apply(e)); }

    @CommandHandler
    public void handle(BackCeo c) { decide(c).forEach(e -> apply(e)); }

    @EventSourcingHandler
    public void on(InvestorEvent e, @Timestamp java.time.Instant at) { evolve(e, at); }

    @Override
    public List<DomainEvent> decide(Command command) {
        if (command instanceof PressBoard c) {
            return stance != Stance.NEUTRAL ? List.of() : List.of(new BoardPressed(id, c.demand(), pressure()));
        } else if (command instanceof StandDown c) {
            return stance == Stance.NEUTRAL || !c.demand().equals(demand) ? List.of()
                    : List.of(new InvestorStoodDown(id, demand, c.reason()));
        } else if (command instanceof WeighLegalAction c) {
            return stance == Stance.LEGAL_THREAT ? List.of() : List.of(new LegalActionWeighed(id, pressure()));
        } else if (command instanceof MakeOutsideOffer c) {
            return offerMade ? List.of() : List.of(new OutsideOfferMade(id, c.to(), c.colleagues(), c.role()));
        } else if (command instanceof BackCeo c) {
            return backedCeo ? List.of() : List.of(new CeoBacked(id, c.person()));
        }
        throw new IllegalArgumentException("An investor does not handle " + command.getClass().getSimpleName());
    }

    @Override
    public void evolve(DomainEvent event, java.time.Instant at) {
        if (event instanceof InvestorRegistered e) {
            id = e.investor();
            profile = e;
        } else if (event instanceof BoardPressed e) {
            stance = Stance.PRESSING;
            demand = e.demand();
        } else if (event instanceof InvestorStoodDown e) {
            stance = Stance.NEUTRAL;
            demand = null;
        } else if (event instanceof LegalActionWeighed e) {
            stance = Stance.LEGAL_THREAT;
        } else if (event instanceof OutsideOfferMade e) {
            offerMade = true;
            offeredTo.addAll(e.to());
        } else if (event instanceof CeoBacked e) {
            backedCeo = true;
        } else if (event instanceof InvestorProfileChanged e) {
            profile = e.profile();
        }
    }

    /** Pressure the investor puts on the board while it presses: its leverage, as far as it sides with the CEO. */
    public double pressure() {
        return profile.leverage().total() * profile.alignment();
    }

    public String id() { return id; }

    /** The story names an investor by the name the seed gives it, not by its id. */
    @Override
    public boolean knows(String investorId) {
        return profile != null && profile.investor().equals(investorId);
    }

    @Override
    public String nameOf(String investorId) {
        return knows(investorId) ? profile.name() : investorId;
    }

    /** Left as it is: an investor's id is often a plain word ("others") that free text uses in its own sense. */
    @Override
    public String withNames(String text) {
        return text;
    }

    public InvestorRegistered profile() { return profile; }

    public Stance stance() { return stance; }

    /** What the investor presses the board for, or null while it does not press. */
    public String demand() { return demand; }

    public boolean offerMade() { return offerMade; }

    public java.util.List<String> offeredTo() { return java.util.Collections.unmodifiableList(offeredTo); }
}
