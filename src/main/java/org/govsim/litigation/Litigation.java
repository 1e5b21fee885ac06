package org.govsim.litigation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsim.litigation.LitigationCommands.DecideSuit;
import org.govsim.litigation.LitigationCommands.FileSuit;
import org.govsim.litigation.LitigationCommands.OnSuit;
import org.govsim.litigation.LitigationCommands.SettleSuit;
import org.govsim.litigation.LitigationCommands.StaySuit;
import org.govsim.litigation.LitigationEvents.SuitDecided;
import org.govsim.litigation.LitigationEvents.SuitFiled;
import org.govsim.litigation.LitigationEvents.SuitSettled;
import org.govsim.litigation.LitigationEvents.SuitStayed;
import org.govsim.litigation.LitigationEvents.SuitStepRefused;
import org.govsim.simulation.Actor;
import org.govsim.simulation.Command;
import org.govsim.simulation.DomainEvent;
import org.govsim.simulation.Names;
import org.govsim.simulation.World;

/** The suits of a case: each one's filing and where it stands (pending, stayed, decided, settled). */
public final class Litigation implements Actor, Names {

    public static final String AGGREGATE = "litigation";
    public static final LitigationKind KIND = new LitigationKind();

    public enum Status { PENDING, STAYED, DECIDED, SETTLED }

    public static Litigation in(World world) {
        return world.actor(KIND);
    }

    private final Map<String, SuitFiled> suits = new LinkedHashMap<>();
    private final Map<String, Status> status = new LinkedHashMap<>();

    @Override
    public List<DomainEvent> decide(Command command) {
        if (command instanceof FileSuit c) {
            return suits.containsKey(c.suit()) ? List.of(new SuitStepRefused(c.suit(), "a suit '" + c.suit()
                    + "' was filed already"))
                    : List.of(new SuitFiled(c.suit(), c.title(), c.plaintiff(), c.defendants(), c.court(), c.claims(),
                    c.relief()));
        } else if (command instanceof OnSuit c) {
            String refused = notPending(c.suit());
            if (refused != null) {
                return List.of(new SuitStepRefused(c.suit(), refused));
            }
            if (c instanceof StaySuit s) {
                return status.get(s.suit()) == Status.STAYED ? List.of() : List.of(new SuitStayed(s.suit(), s.reason()));
            } else if (c instanceof DecideSuit d) {
                return List.of(new SuitDecided(d.suit(), d.forPlaintiff(), suits.get(d.suit()).relief(), d.reason()));
            } else if (c instanceof SettleSuit s) {
                return List.of(new SuitSettled(s.suit(), s.terms()));
            }
        }
        throw new IllegalArgumentException("The courts do not handle " + command.getClass().getSimpleName());
    }

    /** Why a step cannot be taken on a suit, or null when it is pending (stayed or not). */
    private String notPending(String suit) {
        Status s = status.get(suit);
        if (s == null) {
            return "no suit '" + suit + "' has been filed";
        }
        return s == Status.DECIDED ? "the suit has been decided" : s == Status.SETTLED ? "the suit has been settled" : null;
    }

    @Override
    public void evolve(DomainEvent event, Instant at) {
        if (event instanceof LitigationEvents.LitigationRecorded e) {
            e.pending().forEach(f -> evolve(f, at));
        } else if (event instanceof SuitFiled e) {
            suits.put(e.suit(), e);
            status.put(e.suit(), Status.PENDING);
        } else if (event instanceof SuitStayed e) {
            status.put(e.suit(), Status.STAYED);
        } else if (event instanceof SuitDecided e) {
            status.put(e.suit(), Status.DECIDED);
        } else if (event instanceof SuitSettled e) {
            status.put(e.suit(), Status.SETTLED);
        }
    }

    public Map<String, SuitFiled> suits() { return suits; }

    public Status status(String suit) { return status.get(suit); }

    @Override
    public boolean knows(String id) {
        return suits.containsKey(id);
    }

    @Override
    public String nameOf(String id) {
        SuitFiled s = suits.get(id);
        return s == null ? id : s.title();
    }

    /** Left as it is: suit ids are plain words that free text may use in their own sense. */
    @Override
    public String withNames(String text) {
        return text;
    }
}
