package org.govsim.timeline;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.govsim.board.Board;
import org.govsim.ceo.CeoOffice;
import org.govsim.investor.Investor;
import org.govsim.organisation.Organisation;
import org.govsim.simulation.World;
import org.govsim.workforce.Workforce;

/**
 * A world's whole state as bytes, so that the state at a late event is read from the nearest snapshot plus the few
 * events after it, instead of folding the whole timeline. Derived indexes are rebuilt on restore, not stored.
 */
public final class Snapshots {

    /** A snapshot is written every this many events of a stored timeline... */
    public static final int EVERY = 250;

    /** ...once it has this many events of its own: shorter ones fold from the start in a few milliseconds. */
    public static final int FROM_LENGTH = 2_000;

    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
    interface FieldsOnly {
    }

    private static final ObjectMapper MAPPER = build();

    private Snapshots() {
    }

    private static ObjectMapper build() {
        ObjectMapper m = Codec.mapper().copy();
        for (Class<?> c : new Class<?>[]{World.class, Organisation.class, Board.class, Board.Director.class,
                CeoOffice.class, Workforce.class, Investor.class}) {
            m.addMixIn(c, FieldsOnly.class);
        }
        SimpleModule ordered = new SimpleModule();
        ordered.addAbstractTypeMapping(Set.class, LinkedHashSet.class);
        m.registerModule(ordered);
        return m;
    }

    public static byte[] write(World world) {
        try {
            return MAPPER.writeValueAsBytes(world);
        } catch (IOException e) {
            throw new StoreException("cannot snapshot the world at event " + world.seq() + ": " + e.getMessage(), e);
        }
    }

    public static World read(byte[] bytes) {
        try {
            World world = MAPPER.readValue(bytes, World.class);
            world.restoreDerived();
            return world;
        } catch (IOException e) {
            throw new StoreException("cannot read a world snapshot: " + e.getMessage(), e);
        }
    }
}
