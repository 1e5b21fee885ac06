package org.govsim.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The scenarios, what-ifs, experiments and seed worlds shipped inside govsim's jar (under {@code library/}), copied
 * once per process into a temporary directory that goes when the process ends: the readers take files, and a
 * scenario names its seed world by a relative path, which the copy keeps. So the jar alone replays and serves the
 * shipped cases from any directory.
 */
public final class BundledLibrary {

    private static final String PREFIX = "library/";
    private static Path copied;

    private BundledLibrary() {
    }

    /** The directory of the shipped scenarios (its sibling {@code seeds} holds the seed worlds). */
    public static synchronized Path scenarios() {
        if (copied == null) {
            copied = copy();
        }
        return copied.resolve("scenarios");
    }

    private static Path copy() {
        try {
            Path dir = Files.createTempDirectory("govsim-library");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir), "govsim-library-cleanup"));
            Resource[] files = new PathMatchingResourcePatternResolver(BundledLibrary.class.getClassLoader())
                    .getResources("classpath*:" + PREFIX + "**/*.yaml");
            if (files.length == 0) {
                throw new IllegalStateException("govsim's jar holds no shipped scenarios under " + PREFIX);
            }
            for (Resource r : files) {
                String url = r.getURL().toString();
                String relative = url.substring(url.lastIndexOf(PREFIX) + PREFIX.length());
                Path target = dir.resolve(relative).normalize();
                if (!target.startsWith(dir)) {
                    throw new IllegalStateException("a shipped file outside the library: " + url);
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = r.getInputStream()) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the shipped scenarios out of govsim's jar", e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory left behind is the system's to clean
        }
    }
}
