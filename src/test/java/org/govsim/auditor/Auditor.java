package org.govsim.auditor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsim.ceo.CeoEvents.CeoRemoved;
import org.govsim.simulation.Actor;
import org.govsim.simulation.ActorKind;
import org.govsim.simulation.Command;
import org.govsim.simulation.DomainEvent;
import org.govsim.simulation.Names;
import org.govsim.simulation.Policy;
import org.govsim.simulation.Reactions;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.World;

/**
 * An actor the main code has never heard of: an outside auditor who raises a concern a few hours after a CEO is
 * removed. It exists to show that a new actor is a package of its own plus one registration.
 */
public final class Auditor implements Actor {

    public static final Kind KIND = new Kind();

    public interface AuditorEvent extends DomainEvent {
        default String aggregate() { return "auditor"; }

        default ActorKind<?> actorKind() { return KIND; }
    }

    public record AuditorAppointed(String firm) implements AuditorEvent {
    }

    public record ConcernRaised(String about) implements AuditorEvent {
    }

    public record RaiseConcern(String about) implements Command {
        public String target() { return "auditor"; }
    }

    private String firm;
    private final List<String> concerns = new ArrayList<>();

    @Override
    public List<DomainEvent> decide(Command command) {
        if (command instanceof RaiseConcern c) {
            return concerns.contains(c.about()) ? List.of() : List.of(new ConcernRaised(c.about()));
        }
        throw new IllegalArgumentException("The auditor does not handle " + command);
    }

    @Override
    public void evolve(DomainEvent event, Instant at) {
        if (event instanceof AuditorAppointed e) {
            firm = e.firm();
        } else if (event instanceof ConcernRaised e) {
            concerns.add(e.about());
        }
    }

    public List<String> concerns() {
        return concerns;
    }

    public static final class Kind extends ActorKind<Auditor> {
        Kind() {
            super("auditor", false, Auditor.class, Auditor::new);
        }

        @Override
        public List<Class<? extends DomainEvent>> events() {
            return List.of(AuditorAppointed.class, ConcernRaised.class);
        }

        @Override
        public List<Class<? extends Command>> commands() {
            return List.of(RaiseConcern.class);
        }

        @Override
        public String tell(DomainEvent event, Names names) {
            if (event instanceof AuditorAppointed e) {
                return e.firm() + " audits the company";
            }
            return event instanceof ConcernRaised e ? "The auditor raises a concern about " + names.withNames(e.about()) : null;
        }

        @Override
        public Map<String, Object> view(Auditor auditor, World world) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("firm", auditor.firm);
            out.put("concerns", List.copyOf(auditor.concerns));
            return out;
        }
    }

    /** The auditor's policy: a removed CEO is a matter for the audit, two hours later. */
    public static final class WatchesTheBoard implements Policy {
        public String name() { return "auditor-watches-the-board"; }

        public void react(Recorded event, World world, Reactions out) {
            if (event.event() instanceof CeoRemoved removed) {
                out.after(2, new RaiseConcern("the removal of " + removed.person()));
            }
        }
    }
}
