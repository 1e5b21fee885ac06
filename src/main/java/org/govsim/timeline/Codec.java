package org.govsim.timeline;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Revision;
import org.govsim.model.GovernanceModel;
import org.govsim.simulation.Command;
import org.govsim.simulation.DomainEvent;
import org.govsim.simulation.Model;

/**
 * JSON for the events and commands of one model. Stored types are named by the model, not by Java: an event type by its
 * simple name with a revision ("LetterSigned", "2"), a command inside a scheduled action by its simple name under
 * "@command" ("AppointCeo"). Moving a class keeps its name; renaming one, or changing its shape, needs a new revision and an
 * upcaster ({@link Upcasters}). Reading is strict: an unknown or missing field is an error, never a silent default.
 */
public final class Codec {

    /** The name of a command's type, under a key no command uses ("command" itself is a field of OnlyIf). */
    public static final String COMMAND_TYPE = "@command";

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = COMMAND_TYPE)
    interface CommandMixin {
    }

    private static final Map<Model, Codec> BY_MODEL = new ConcurrentHashMap<>();

    private final Model model;
    private final ObjectMapper mapper;
    private final Map<String, Class<? extends DomainEvent>> eventsByName = new HashMap<>();
    private final Map<Class<?>, String> namesByEvent = new HashMap<>();

    private Codec(Model model) {
        this.model = model;
        this.mapper = build(model.commandTypes());
        for (Class<? extends DomainEvent> type : model.eventTypes()) {
            Class<?> clash = eventsByName.put(type.getSimpleName(), type);
            if (clash != null && clash != type) {
                throw new IllegalStateException("two event types named " + type.getSimpleName() + ": " + clash.getName()
                        + " and " + type.getName());
            }
            namesByEvent.put(type, type.getSimpleName());
        }
    }

    /** The codec of a model, built once. */
    public static Codec of(Model model) {
        return BY_MODEL.computeIfAbsent(model, Codec::new);
    }

    /** The standard model's mapper, for JSON output. */
    public static ObjectMapper mapper() {
        return of(GovernanceModel.standard()).mapper;
    }

    public Model model() {
        return model;
    }

    public ObjectMapper objectMapper() {
        return mapper;
    }

    /** The stored name of an event type, or null when the model does not know it. */
    public String typeName(Class<?> type) {
        return namesByEvent.get(type);
    }

    /** The event type stored under a name, or null. */
    public Class<? extends DomainEvent> eventType(String name) {
        return eventsByName.get(name);
    }

    /** The revision an event type is written with: its {@link Revision}, or "1". */
    public static String revisionOf(Class<?> type) {
        Revision r = type.getAnnotation(Revision.class);
        return r == null ? "1" : r.value();
    }

    /**
     * Jackson writes a record's derived getters too ({@code isGroup()} as "group"); reading skips exactly those, so that
     * every other field the class does not know is still an error.
     */
    static final class DerivedProperties extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String property) throws IOException {
            Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
            if (!derivedGetter(type, property)) {
                return false;
            }
            parser.skipChildren();
            return true;
        }

        private static boolean derivedGetter(Class<?> type, String property) {
            if (property.isEmpty()) {
                return false;
            }
            String suffix = Character.toUpperCase(property.charAt(0)) + property.substring(1);
            for (String name : List.of("is" + suffix, "get" + suffix)) {
                try {
                    Method m = type.getMethod(name);
                    if (m.getReturnType() != void.class && !Modifier.isStatic(m.getModifiers())) {
                        return true;
                    }
                } catch (NoSuchMethodException ignored) {
                    // not this spelling
                }
            }
            return false;
        }
    }

    private static ObjectMapper build(List<Class<? extends Command>> commands) {
        ObjectMapper m = new ObjectMapper();
        m.registerModule(new JavaTimeModule());
        m.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        m.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        m.enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);
        m.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        m.addHandler(new DerivedProperties());
        m.addMixIn(Command.class, CommandMixin.class);
        Map<String, Class<?>> byName = new HashMap<>();
        for (Class<?> c : commands) {
            Class<?> clash = byName.put(c.getSimpleName(), c);
            if (clash != null && clash != c) {
                throw new IllegalStateException("two command types named " + c.getSimpleName() + ": " + clash.getName()
                        + " and " + c.getName());
            }
            m.registerSubtypes(new NamedType(c, c.getSimpleName()));
        }
        return m;
    }
}
