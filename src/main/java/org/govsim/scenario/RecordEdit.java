package org.govsim.scenario;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/** A copy of a record with one component replaced by a value read from YAML, checked against the component's type. */
final class RecordEdit {
    private RecordEdit() {
    }

    static <R extends Record> R with(R record, String component, Yaml value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean found = false;
        try {
            for (int i = 0; i < components.length; i++) {
                RecordComponent c = components[i];
                types[i] = c.getType();
                if (c.getName().equals(component)) {
                    args[i] = convert(value, c.getType());
                    found = true;
                } else {
                    args[i] = c.getAccessor().invoke(record);
                }
            }
            if (!found) {
                throw value.error("no parameter '" + component + "' here (expected one of " + editable(record) + ")");
            }
            checkRange(component, value);
            Constructor<?> constructor = record.getClass().getDeclaredConstructor(types);
            @SuppressWarnings("unchecked")
            R copy = (R) constructor.newInstance(args);
            return copy;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + record.getClass().getSimpleName(), e);
        }
    }

    /** The same bounds the seed world's loader applies, by the parameter's name. */
    static void checkRange(String component, Yaml value) {
        if (Ranges.BY_NAME.containsKey(component)) {
            Ranges.check(component, value);
        }
    }

    static List<String> editable(Record record) {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            Class<?> t = c.getType();
            if (t == double.class || t == int.class || t == boolean.class || t.isEnum()) {
                names.add(c.getName());
            }
        }
        return names;
    }

    private static Object convert(Yaml value, Class<?> type) {
        if (type == double.class) {
            double d = value.num();
            if (d < 0) {
                throw value.error("must not be negative");
            }
            return d;
        }
        if (type == int.class) {
            return value.integer();
        }
        if (type == long.class) {
            return ScenarioLoader.wholeNumber(value);
        }
        if (type == boolean.class) {
            return value.bool();
        }
        if (type.isEnum()) {
            @SuppressWarnings({"unchecked", "rawtypes"})
            Object e = SeedWorld.choice(value, (Class) type);
            return e;
        }
        throw value.error("this parameter cannot be set by a what-if");
    }
}
