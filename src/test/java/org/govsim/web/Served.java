package org.govsim.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.context.ConfigurableApplicationContext;

import org.govsim.timeline.Database;

/**
 * govsim serve running in this JVM on a free port of 127.0.0.1, over a database of its own (a fresh H2 directory
 * unless one is given) and the project's scenarios; with a client for its API. Closing it stops the server.
 */
public final class Served implements AutoCloseable {

    public static final Path SCENARIOS = Path.of("scenarios").toAbsolutePath();

    private final ConfigurableApplicationContext context;
    private final String base;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Served(ConfigurableApplicationContext context) {
        this.context = context;
        this.base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    /** On a new H2 directory, deleted when the server is closed. */
    public static Served start() {
        Path dir;
        try {
            dir = Files.createTempDirectory("govsim-served");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Served served = start(Database.h2(dir), null);
        served.ownDirectory = dir;
        return served;
    }

    private Path ownDirectory;

    /** On {@code database}; {@code adminToken} as if listening beyond this machine (null: loopback, no token). */
    public static Served start(Database database, String adminToken) {
        return start(database, adminToken, java.time.Duration.ZERO);
    }

    /**
     * The same, warming up for {@code warmUp} as {@code govsim serve} does; tests leave it out, which only spends CPU
     * (the warm-up's own test and the load benchmarks take it).
     */
    public static Served start(Database database, String adminToken, java.time.Duration warmUp) {
        return new Served(WebApp.start(new ServeSettings("127.0.0.1", 0, database,
                org.govsim.app.CaseLibrary.read(SCENARIOS), adminToken, "warn", warmUp)));
    }

    /** How many plays the server's warm-up made, once it has ended. */
    public int awaitWarmUp() throws Exception {
        return context.getBean(WarmUpOnStart.class).await();
    }

    /** The server's root URL, without a trailing slash. */
    public String base() {
        return base;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public HttpResponse<String> send(String method, String path, String contentType, String body) {
        return send(method, path, contentType, body, java.util.Map.of());
    }

    /** The same with headers of its own (an owner's key, a token). */
    public HttpResponse<String> send(String method, String path, String contentType, String body,
                                     java.util.Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        headers.forEach(b::header);
        return send(b);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
        if (ownDirectory != null) {
            try (java.util.stream.Stream<Path> all = Files.walk(ownDirectory)) {
                all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
