package org.govsim.timeline;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.govsim.simulation.Actor;
import org.govsim.simulation.ActorKind;
import org.govsim.simulation.Model;
import org.govsim.simulation.ScheduledAction;
import org.govsim.simulation.World;

/**
 * A world's whole state as bytes, so that the state at a late event is read from the nearest snapshot plus the few
 * events after it, instead of folding the whole timeline. Each actor's state is written field by field under its kind's
 * name; derived indexes are rebuilt on restore, not stored. A snapshot carries its format and the layout of what it
 * holds (the model's version, the fields of the world and of every actor's state, the message types and their
 * revisions): one written under another layout is not misread but ignored, and the world is folded from the events
 * instead. A change to any state class thus makes old snapshots stale by itself, without anyone remembering to say so.
 */
public final class Snapshots {

    /** The layout of the bytes; raise it whenever a state class changes its fields. */
    public static final int FORMAT = 2;

    /** A snapshot is written every this many events of a stored timeline... */
    public static final int EVERY = 250;

    /** ...once it has this many events of its own: shorter ones fold from the start in a few milliseconds. */
    public static final int FROM_LENGTH = 2_000;

    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
    interface FieldsOnly {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "@kind")
    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
    interface ActorState {
    }

    /** The bytes of a snapshot: its format and layout first, so that a reader can tell before it reads on. */
    record Stored(int format, String layout, World world) {
    }

    private static final Map<Model, Snapshots> BY_MODEL = new ConcurrentHashMap<>();

    private final Model model;
    private final String layout;
    private final ObjectMapper mapper;

    private Snapshots(Model model) {
        this.model = model;
        ObjectMapper m = Codec.of(model).objectMapper().copy();
        m.addMixIn(World.class, FieldsOnly.class);
        m.addMixIn(Actor.class, ActorState.class);
        for (ActorKind<?> kind : model.kinds()) {
            m.addMixIn(kind.stateType(), FieldsOnly.class);
            m.registerSubtypes(new NamedType(kind.stateType(), kind.name()));
            kind.stateParts().forEach(part -> m.addMixIn(part, FieldsOnly.class));
        }
        SimpleModule ordered = new SimpleModule();
        ordered.addAbstractTypeMapping(Set.class, LinkedHashSet.class);
        m.registerModule(ordered);
        this.mapper = m;
        this.layout = layout(model);
    }

    /** A digest of everything a snapshot's bytes depend on. */
    static String layout(Model model) {
        List<String> parts = new ArrayList<>();
        parts.add("model " + model.version());
        List<Class<?>> classes = new ArrayList<>(List.of(World.class, ScheduledAction.class));
        for (ActorKind<?> kind : model.kinds()) {
            classes.add(kind.stateType());
            classes.addAll(kind.stateParts());
        }
        classes.addAll(model.commandTypes());
        classes.addAll(model.eventTypes());
        for (Class<?> c : classes) {
            List<String> fields = new ArrayList<>();
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())) {
                    fields.add(f.getName() + ":" + f.getGenericType().getTypeName());
                }
            }
            Collections.sort(fields);
            parts.add(c.getName() + " r" + Codec.revisionOf(c) + " " + fields);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.join("\n", parts)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Snapshots of(Model model) {
        return BY_MODEL.computeIfAbsent(model, Snapshots::new);
    }

    public byte[] write(World world) {
        try {
            return mapper.writeValueAsBytes(new Stored(FORMAT, layout, world));
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException("cannot snapshot the world at event " + world.seq() + ": " + e.getMessage(), e);
        }
    }

    /** The world a snapshot holds, or null when it was written in another format or layout. */
    public World read(byte[] bytes) {
        try {
            if (!current(bytes)) {
                return null;
            }
            World world = mapper.readValue(bytes, Stored.class).world();
            world.restoreDerived(model.kinds());
            return world;
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException("cannot read a world snapshot: " + e.getMessage(), e);
        }
    }

    /** Whether the snapshot opens with this format and layout (a tree would merge the repeated "command" keys). */
    private boolean current(byte[] bytes) throws IOException {
        try (JsonParser p = mapper.createParser(bytes)) {
            return p.nextToken() == JsonToken.START_OBJECT
                    && "format".equals(p.nextFieldName()) && p.nextToken() == JsonToken.VALUE_NUMBER_INT
                    && p.getIntValue() == FORMAT
                    && "layout".equals(p.nextFieldName()) && layout.equals(p.nextTextValue());
        }
    }
}
