package org.govsim.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One behaviour model: the kinds of actor it knows, the policies that react to events (in the order they react), the
 * commands that read the world when they run, and how a finished run is summed up. Its {@link #stamp()} is recorded in
 * every run's first event, so a timeline says which model produced it.
 */
public final class Model {

    private final String version;
    private final List<ActorKind<?>> kinds;
    private final List<Policy> policies;
    private final List<CommandPreparer> preparers;
    private final Function<World, List<String>> summary;
    private final Map<String, Condition> conditions = new LinkedHashMap<>();

    public Model(String version, List<ActorKind<?>> kinds, List<Policy> policies, List<CommandPreparer> preparers,
                 Function<World, List<String>> summary) {
        this.version = version;
        this.kinds = List.copyOf(kinds);
        this.policies = List.copyOf(policies);
        this.preparers = List.copyOf(preparers);
        this.summary = summary;
        Map<String, ActorKind<?>> byName = new LinkedHashMap<>();
        for (ActorKind<?> kind : kinds) {
            if (byName.put(kind.name(), kind) != null || kind.name().equals(SimulationEvents.AGGREGATE)) {
                throw new IllegalArgumentException("two kinds of actor named '" + kind.name() + "'");
            }
            for (Condition c : kind.conditions()) {
                if (conditions.put(c.name(), c) != null) {
                    throw new IllegalArgumentException("two conditions named '" + c.name() + "'");
                }
            }
        }
        List<String> names = policies.stream().map(Policy::name).toList();
        if (names.stream().distinct().count() != names.size()) {
            throw new IllegalArgumentException("two policies share a name: " + names);
        }
    }

    /** The same model with one more kind of actor. */
    public Model withActor(ActorKind<?> kind) {
        List<ActorKind<?>> more = new ArrayList<>(kinds);
        more.add(kind);
        return new Model(version, more, policies, preparers, summary);
    }

    /** The same model with one more policy, reacting after the others, under another version. */
    public Model withPolicy(Policy policy, String newVersion) {
        List<Policy> more = new ArrayList<>(policies);
        more.add(policy);
        return new Model(newVersion, kinds, more, preparers, summary);
    }

    public String version() { return version; }

    public List<ActorKind<?>> kinds() { return kinds; }

    public List<Policy> policies() { return policies; }

    public List<CommandPreparer> preparers() { return preparers; }

    public List<String> summarise(World world) { return summary.apply(world); }

    public Map<String, Condition> conditions() { return conditions; }

    /** What the stream records of this model: its version and its policies in order. */
    public Stamp stamp() {
        return new Stamp(version, policies.stream().map(Policy::name).toList());
    }

    /** Every event type a stream of this model may hold, the engine's own included. */
    public List<Class<? extends DomainEvent>> eventTypes() {
        List<Class<? extends DomainEvent>> out = new ArrayList<>(SimulationEvents.eventTypes());
        kinds.forEach(k -> out.addAll(k.events()));
        return out;
    }

    /** Every command a scheduled action of this model may carry, the engine's own included. */
    public List<Class<? extends Command>> commandTypes() {
        List<Class<? extends Command>> out = new ArrayList<>(SimulationEvents.commandTypes());
        kinds.forEach(k -> out.addAll(k.commands()));
        return out;
    }

    /**
     * A model as a run records it. Streams written before models were recorded carry none: they read as the model's
     * first version, {@code first}.
     */
    public record Stamp(String version, List<String> policies) {
    }
}
