package org.govsim.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.CountDownLatch;

import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.govsim.app.BundledLibrary;
import org.govsim.app.CaseLibrary;
import org.govsim.scenario.InputException;
import org.govsim.timeline.Database;
import org.govsim.timeline.DatabaseHold;
import org.govsim.timeline.StoreException;
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

    @Option(names = "--token", paramLabel = "TOKEN", description = "Admin token that every change must give, 16 to 128 "
            + "letters, digits, '-' or '_' (default: $GOVSIM_ADMIN_TOKEN; beyond this machine, when neither is given, "
            + "a new one, printed once).")
    String token;

    @Option(names = "--warm-up", paramLabel = "SECONDS", defaultValue = "20",
            description = "Once serving, play the cases in memory in the background for this long, so that a class's "
                    + "first choices do not wait for the compiler; nothing is stored (default: 20; 0: no warm-up).")
    int warmUpSeconds;

    @Option(names = "--log-level", paramLabel = "LEVEL", defaultValue = "info",
            description = "Log level: error, warn, info, debug or trace (default: info).")
    String logLevel;

    /**
     * What failed inside the application's start, as the command line reports it: a store the user can fix, a port in
     * use, an address not of this machine are the user's (exit 2), not faults of govsim.
     */
    private RuntimeException asTheUsers(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InputException || t instanceof StoreException) {
                return (RuntimeException) t;
            }
            if (t instanceof PortInUseException) {
                return InputException.request("port", "port " + port + " is in use; choose another (or 0 for a free one)");
            }
            if (t instanceof java.net.BindException) {
                return InputException.request("bind", "cannot listen on " + bind + ": " + t.getMessage());
            }
        }
        return e;
    }

    /** An address of this machine given as an IP address or "localhost"; host names are not looked up. */
    private static InetAddress address(String bind) {
        boolean literal = bind.equals("localhost") || bind.matches("\\d{1,3}(\\.\\d{1,3}){3}")
                || bind.matches("[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*");
        InetAddress address = null;
        if (literal) {
            try {
                address = InetAddress.getByName(bind);
            } catch (UnknownHostException e) {
                // refused below
            }
        }
        if (address == null) {
            throw InputException.request("bind", "'" + bind + "' is not an IP address (such as 127.0.0.1, 0.0.0.0 or ::1) "
                    + "or localhost");
        }
        try {
            if (!address.isAnyLocalAddress() && !address.isLoopbackAddress()
                    && NetworkInterface.getByInetAddress(address) == null) {
                throw InputException.request("bind", bind + " is not an address of this machine");
            }
        } catch (SocketException e) {
            throw InputException.request("bind", "cannot check " + bind + ": " + e.getMessage());
        }
        return address;
    }

    @Override
    public Integer call() {
        if (warmUpSeconds < 0 || warmUpSeconds > 600) {
            throw InputException.request("warm-up", "a warm-up is 0 to 600 seconds; " + warmUpSeconds + " given");
        }
        if (port < 0 || port > 65535) {
            throw InputException.request("port", "a port is 0 to 65535; " + port + " given");
        }
        if (!logLevel.matches("(?i)error|warn|info|debug|trace|off")) {
            throw InputException.request("logLevel", "'" + logLevel + "' is not a log level (error, warn, info, debug, "
                    + "trace, off)");
        }
        InetAddress address = address(bind);
        String adminToken = token != null ? token : System.getenv("GOVSIM_ADMIN_TOKEN");
        if (adminToken != null && !adminToken.matches("[A-Za-z0-9_\\-]{16,128}")) {
            throw InputException.request("token", "an admin token is 16 to 128 letters, digits, '-' or '_'");
        }
        if (!ServeSettings.isLoopback(bind)) {
            if (adminToken == null) {
                byte[] bytes = new byte[24];
                new SecureRandom().nextBytes(bytes);
                adminToken = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                out().println("admin token (shown once; give it as 'Authorization: Bearer TOKEN' to change data): "
                        + adminToken);
            }
        }
        CaseLibrary library = CaseLibrary.read(scenarios != null ? scenarios : BundledLibrary.scenarios());
        if (library.contents().cases().isEmpty()) {
            throw InputException.request("scenarios", "no scenario of a case under " + scenarios + "; give the directory "
                    + "that holds the case files (such as scenarios/)");
        }
        Database database = storeOptions.database();
        DatabaseHold.check(database);
        if (port != 0) {
            // said before the application starts, which takes seconds; the server's own bind is what holds the port
            try (ServerSocket probe = new ServerSocket(port, 1, address)) {
                probe.setReuseAddress(true);
            } catch (IOException e) {
                throw InputException.request("port", "port " + port + " is in use on " + bind
                        + "; choose another (or 0 for a free one)");
            }
        }
        ConfigurableApplicationContext context;
        try {
            context = WebApp.start(new ServeSettings(bind, port, database, library, adminToken,
                    logLevel.toLowerCase(), java.time.Duration.ofSeconds(warmUpSeconds)));
        } catch (RuntimeException e) {
            throw asTheUsers(e);
        }
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
