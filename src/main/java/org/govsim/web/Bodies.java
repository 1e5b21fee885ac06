package org.govsim.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A request's YAML or JSON body handed to the readers, which take files: written under a name the server chooses in a
 * directory of its own, read, and deleted. No value of the request becomes a path.
 */
final class Bodies {

    static final String BODY_FILE = Bodies.class.getName() + ".file";
    /** The largest body taken; the guard refuses larger ones before they are read. */
    static final int MAX_BYTES = 1 << 20;

    private Bodies() {
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
