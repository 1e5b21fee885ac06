package org.govsim.cli;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.CountDownLatch;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.govsim.app.BundledLibrary;
import org.govsim.scenario.InputException;
import org.govsim.web.ServeSettings;
import org.govsim.web.WebApp;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the web app: the cases, the timeline player, forks, comparisons and sweeps in a browser, "
                + "and the REST API (/api/v1, documented at /swagger-ui.html).",
                "Listens on 127.0.0.1 unless --bind says otherwise; beyond this machine every change needs the admin "
                        + "token (--token or $GOVSIM_ADMIN_TOKEN; made and printed once when neither is given)."},
        footer = {"%nExample:", "  govsim serve --port 8080", "  govsim serve --db-url jdbc:postgresql://host/db --bind 0.0.0.0"})
final class ServeCommand extends StoreCommand {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port (default: 8080; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: 127.0.0.1, this machine only).")
    String bind;

    @Option(names = "--scenarios", paramLabel = "DIR",
            description = "Library of cases, what-ifs and experiments (default: the ones shipped in govsim).")
    Path scenarios;

    @Option(names = "--token", paramLabel = "TOKEN", description = "Admin token for changes when listening beyond this "
            + "machine (default: $GOVSIM_ADMIN_TOKEN, else a new one, printed once).")
    String token;

    @Option(names = "--log-level", paramLabel = "LEVEL", defaultValue = "info",
            description = "Log level: error, warn, info, debug or trace (default: info).")
    String logLevel;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw InputException.request("port", "a port is 0 to 65535; " + port + " given");
        }
        if (!logLevel.matches("(?i)error|warn|info|debug|trace|off")) {
            throw InputException.request("logLevel", "'" + logLevel + "' is not a log level (error, warn, info, debug, "
                    + "trace, off)");
        }
        if (bind.isBlank() || !bind.matches("[0-9A-Za-z.:\\-\\[\\]]+")) {
            throw InputException.request("bind", "'" + bind + "' is not an address to listen on");
        }
        String adminToken = null;
        if (!ServeSettings.isLoopback(bind)) {
            adminToken = token != null ? token : System.getenv("GOVSIM_ADMIN_TOKEN");
            if (adminToken == null || adminToken.isBlank()) {
                byte[] bytes = new byte[24];
                new SecureRandom().nextBytes(bytes);
                adminToken = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                out().println("admin token (shown once; give it as 'Authorization: Bearer TOKEN' to change data): "
                        + adminToken);
            } else if (adminToken.length() < 16) {
                throw InputException.request("token", "an admin token has at least 16 characters");
            }
        }
        Path library = scenarios != null ? scenarios : BundledLibrary.scenarios();
        ConfigurableApplicationContext context = WebApp.start(new ServeSettings(bind, port, storeOptions.database(),
                library.toAbsolutePath().normalize(), adminToken, logLevel.toLowerCase()));
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        String port = context.getEnvironment().getProperty("local.server.port");
        out().println("govsim serves http://" + (bind.contains(":") ? "[" + bind + "]" : bind) + ":" + port
                + "/ (the API at /api/v1, its documentation at /swagger-ui.html); Ctrl-C stops it");
        out().flush();
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            context.close();
        }
        return Main.OK;
    }
}
