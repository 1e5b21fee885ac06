package org.govsim.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

import org.govsim.scenario.InputException;

/**
 * A request's YAML or JSON body handed to the readers: a what-if to fork is read from memory; a body for a reader that
 * takes files (the validator) is written under a name the server chooses in a directory of its own, read, and deleted.
 * No value of the request becomes a path.
 */
final class Bodies {

    static final String BODY_FILE = Bodies.class.getName() + ".file";
    /** The largest body taken; the guard refuses larger ones before they are read. */
    static final int MAX_BYTES = 1 << 20;

    private Bodies() {
    }

    /**
     * Runs {@code reader} on the body as it is, in memory, under the name "body"; errors in it name "body" and its line.
     * Forks take this way: a file made and deleted for each would wait on the disk behind the store's syncs.
     */
    static <T> T read(String body, HttpServletRequest request, BiFunction<Path, byte[], T> reader) {
        Path source = Path.of("body");
        request.setAttribute(BODY_FILE, source);
        return reader.apply(source, (body == null ? "" : body).getBytes(StandardCharsets.UTF_8));
    }

    /** Request bodies leave out what they do not give (the stored events' mapper requires every field). */
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = org.govsim.timeline.Codec.mapper().copy()
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    /** A JSON body as a record; a field of the wrong type, or a body that is not JSON, is bad input naming it. */
    static <T> T json(String body, Class<T> type) {
        try {
            T value = JSON.readValue(body == null ? "" : body, type);
            if (value == null) {
                throw InputException.request("body", "the body is empty");
            }
            return value;
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            String field = String.join(".", e.getPath().stream().map(r -> r.getFieldName() == null
                    ? String.valueOf(r.getIndex()) : r.getFieldName()).toList());
            throw InputException.request(field.isEmpty() ? "body" : field, e.getOriginalMessage());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw InputException.request("body", "not JSON: " + e.getOriginalMessage());
        }
    }

    /** Runs {@code reader} on the body as a file; errors in it name "body" and its line. */
    static <T> T asFile(String body, HttpServletRequest request, Function<Path, T> reader) {
        Path dir;
        try {
            dir = Files.createTempDirectory("govsim-body");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Path file = dir.resolve("body.yaml");
            Files.writeString(file, body == null ? "" : body, StandardCharsets.UTF_8);
            request.setAttribute(BODY_FILE, file);
            return reader.apply(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // the system's temporary directory is cleaned by the system
            }
        }
    }
}
