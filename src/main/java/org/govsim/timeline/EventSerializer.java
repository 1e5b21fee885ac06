package org.govsim.timeline;

import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

/** Axon's Jackson serializer, naming event types as the model's {@link Codec} does instead of by Java class name. */
final class EventSerializer extends JacksonSerializer {

    private final Codec codec;

    private EventSerializer(Builder builder, Codec codec) {
        super(builder);
        this.codec = codec;
    }

    /** Axon registers its own modules on the mapper it is given: it gets a copy, not the codec's shared one. */
    static EventSerializer of(Codec codec) {
        return new EventSerializer(JacksonSerializer.builder().objectMapper(codec.objectMapper().copy()), codec);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        String name = type == null ? null : codec.typeName(type);
        return name == null ? super.typeForClass(type) : new SimpleSerializedType(name, Codec.revisionOf(type));
    }

    @Override
    public Class classForType(SerializedType type) {
        Class<?> known = codec.eventType(type.getName());
        return known != null ? known : super.classForType(type);
    }
}
