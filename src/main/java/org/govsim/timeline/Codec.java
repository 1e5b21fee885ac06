package org.govsim.timeline;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.govsim.board.BoardCommands;
import org.govsim.ceo.CeoCommands;
import org.govsim.investor.InvestorCommands;
import org.govsim.simulation.Command;
import org.govsim.simulation.SimulationEvents;
import org.govsim.workforce.WorkforceCommands;

/**
 * JSON for events and commands. A command inside a scheduled action is tagged with its simple name ("AppointCeo"),
 * so stored timelines do not depend on Java package names. Event payload types are stored by Axon as class names;
 * renaming an event class therefore needs an upcaster.
 */
public final class Codec {

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "command")
    interface CommandMixin {
    }

    private static final ObjectMapper MAPPER = build();

    private Codec() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper build() {
        ObjectMapper m = new ObjectMapper();
        m.registerModule(new JavaTimeModule());
        m.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        m.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        m.addMixIn(Command.class, CommandMixin.class);
        for (Class<?> c : commandTypes()) {
            m.registerSubtypes(new NamedType(c, c.getSimpleName()));
        }
        return m;
    }

    static List<Class<?>> commandTypes() {
        List<Class<?>> out = new ArrayList<>();
        for (Class<?> holder : List.of(BoardCommands.class, CeoCommands.class, WorkforceCommands.class,
                InvestorCommands.class, SimulationEvents.class)) {
            for (Class<?> c : holder.getDeclaredClasses()) {
                if (Command.class.isAssignableFrom(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }
}
