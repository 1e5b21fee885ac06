package org.govsim.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the engine and its adapters know of one kind of actor: its stream, its messages, how its events are told in the
 * story and how its state is shown. The engine, the snapshots, the codec, the narrator and the state views hold no
 * per-actor code: they ask the kinds of the {@link Model}. A kind is one stream ("board") or, when keyed, one stream per
 * key ("investor/microsoft").
 */
public abstract class ActorKind<A extends Actor> {

    /** Numbers the kinds as they are made, so that a world finds an unkeyed actor by index instead of by name. */
    private static final java.util.concurrent.atomic.AtomicInteger NEXT_INDEX = new java.util.concurrent.atomic.AtomicInteger();

    private final int index = NEXT_INDEX.getAndIncrement();
    private final String name;
    private final boolean keyed;
    private final Class<A> stateType;
    private final Supplier<A> factory;

    protected ActorKind(String name, boolean keyed, Class<A> stateType, Supplier<A> factory) {
        this.name = name;
        this.keyed = keyed;
        this.stateType = stateType;
        this.factory = factory;
    }

    public final String name() { return name; }

    final int index() { return index; }

    public final boolean keyed() { return keyed; }

    public final Class<A> stateType() { return stateType; }

    public final A create() { return factory.get(); }

    /** The stream of the actor with this key (ignored unless the kind is keyed). */
    public final String stream(String key) {
        return keyed ? name + "/" + key : name;
    }

    /** The key of a stream of this kind, or null when the stream is not one of its own. */
    public final String keyOf(String stream) {
        if (!keyed) {
            return stream.equals(name) ? "" : null;
        }
        return stream.startsWith(name + "/") ? stream.substring(name.length() + 1) : null;
    }

    /** The event types the actor's streams store. */
    public abstract List<Class<? extends DomainEvent>> events();

    /** The commands the actor takes. */
    public abstract List<Class<? extends Command>> commands();

    /** Further classes of the actor's state that a snapshot writes field by field. */
    public List<Class<?>> stateParts() {
        return List.of();
    }

    /** One line of the story for an event of this kind, or null when the event is bookkeeping a reader can skip. */
    public String tell(DomainEvent event, Names names) {
        return null;
    }

    /**
     * A running count the event reports (signatures of a letter out of the staff employed), which a short story folds
     * into its milestones; null for any other event.
     */
    public Tally tally(DomainEvent event) {
        return null;
    }

    /**
     * One reading of a running count: its {@code series}, the {@code count} out of {@code of} (0 for no whole), and that
     * in words. Where the event gives only what it {@code adds} to the count, {@code count} is that, and {@code words}
     * a format whose {@code %d} is the running total.
     */
    public record Tally(String series, int count, int of, String words, boolean adds) {

        public Tally(String series, int count, int of, String words) {
            this(series, count, of, words, false);
        }
    }

    /**
     * The act the event belongs to (a carried motion's id, for the motion and for each change that carries it out), so
     * that a short story tells an act once; null for events that belong to no act.
     */
    public String act(DomainEvent event) {
        return null;
    }

    /**
     * Whether the event only records, in this actor's terms, the event that set it off (the staff learning of an outside
     * offer), so that a short story tells it with that event.
     */
    public boolean echoes(DomainEvent event) {
        return false;
    }

    /**
     * One line for several events of this kind at the same moment and for the same cause (four investors standing down
     * at once), or null when they are told one by one.
     */
    public String tellTogether(List<DomainEvent> events, Names names) {
        return null;
    }

    /**
     * Whether a short story tells the event on a line of its own even when it reacts to the line before (a move in a
     * negotiation is news, not a footnote to the move it answers).
     */
    public boolean standsAlone(DomainEvent event) {
        return false;
    }

    /** The rule the event applied, when it is a rule rather than the cause that recorded it. */
    public String basis(DomainEvent event) {
        return null;
    }

    /** The key under which the state view shows actors of this kind (a list when keyed), or null to leave them out. */
    public String viewKey() {
        return keyed ? name + "s" : name;
    }

    /** One actor's state as plain values for JSON or text; {@code world} gives what other actors know of it. */
    public Map<String, Object> view(A actor, World world) {
        return null;
    }

    /** Conditions a scripted step may presuppose of this actor ({@code onlyIf}). */
    public List<Condition> conditions() {
        return List.of();
    }

    /** The nested message types of holder interfaces such as {@code BoardEvents}. */
    @SuppressWarnings("unchecked")
    protected static <T> List<Class<? extends T>> nested(Class<T> type, Class<?>... holders) {
        List<Class<? extends T>> out = new ArrayList<>();
        for (Class<?> holder : holders) {
            for (Class<?> c : holder.getDeclaredClasses()) {
                if (type.isAssignableFrom(c) && !c.isInterface()) {
                    out.add((Class<? extends T>) c);
                }
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return name;
    }
}
