package org.govsim.web;

import java.io.IOException;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

import org.govsim.app.Results;

/**
 * The API's JSON, with the bytes of the answers that never change kept: the state after an event and a page of
 * events come from the service's caches as the same objects each time they are asked for, so each is encoded once
 * (a class reads the same few hundred of them again and again). Kept by the object's identity, not its value: finding
 * one costs no pass over its content, and a result the service no longer keeps soon falls out.
 */
final class EncodedOnce extends MappingJackson2HttpMessageConverter {

    private static final int KEPT = 2048;

    private record Identity(Object result) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity other && other.result == result;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(result);
        }
    }

    private final Map<Identity, byte[]> kept = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Identity, byte[]> eldest) {
            return size() > KEPT;
        }
    };

    EncodedOnce(ObjectMapper mapper) {
        super(mapper);
    }

    @Override
    protected void writeInternal(Object object, Type type, HttpOutputMessage out) throws IOException {
        if (!(object instanceof Results.State || object instanceof Results.EventPage)) {
            super.writeInternal(object, type, out);
            return;
        }
        Identity key = new Identity(object);
        byte[] bytes;
        synchronized (kept) {
            bytes = kept.get(key);
        }
        if (bytes == null) {
            bytes = getObjectMapper().writeValueAsBytes(object);
            synchronized (kept) {
                kept.put(key, bytes);
            }
        }
        out.getHeaders().setContentLength(bytes.length);
        out.getBody().write(bytes);
    }
}
