package org.govsim.baseline;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark baseline: minimal Spring Boot 3.5 + Axon 4.13 + JPA/H2 application.
 *
 * <ul>
 *   <li>{@code start} - start the context, send one command, close, exit 0.</li>
 *   <li>{@code append N [A]} - after start, send N commands (one transaction each) round-robin over
 *       A aggregates (default 4), time that loop, print
 *       {@code baseline-append events=N seconds=S events_per_second=R}, exit 0.</li>
 *   <li>{@code serve} - the same application as a web server (Tomcat, actuator health) until stopped: the start
 *       to beat for {@code govsim serve}.</li>
 * </ul>
 */
@SpringBootApplication
public class BaselineApp {

    /** Default number of aggregates the append loop round-robins over. */
    private static final long DEFAULT_AGGREGATES = 4;

    public static void main(String[] args) {
        // Without these Axon's update checker keeps a non-daemon thread alive and the JVM never exits.
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");

        String mode = args.length > 0 ? args[0] : "";
        if (!mode.equals("start") && !mode.equals("append") && !mode.equals("serve")) {
            System.err.println("usage: baseline-app start | append N [AGGREGATES] | serve");
            System.exit(2);
        }
        long n = 0;
        long aggregates = DEFAULT_AGGREGATES;
        if (mode.equals("append")) {
            if (args.length < 2) {
                System.err.println("usage: baseline-app append N [AGGREGATES]");
                System.exit(2);
            }
            n = Long.parseLong(args[1]);
            if (args.length > 2 && !args[2].startsWith("--")) {
                aggregates = Math.max(1, Long.parseLong(args[2]));
            }
        }

        SpringApplication app = new SpringApplication(BaselineApp.class);
        // start and append are measured as before, without a server; serve is the web application
        app.setWebApplicationType(mode.equals("serve") ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        ConfigurableApplicationContext ctx = app.run(args);
        if (mode.equals("serve")) {
            return;
        }
        CommandGateway gateway = ctx.getBean(CommandGateway.class);
        // Unique ids per run so repeated runs on the same data dir start fresh aggregates.
        String prefix = "counter-" + System.nanoTime() + "-";

        if (mode.equals("start")) {
            gateway.sendAndWait(new IncrementCounter(prefix + 0));
        } else {
            long t0 = System.nanoTime();
            for (long i = 0; i < n; i++) {
                gateway.sendAndWait(new IncrementCounter(prefix + (i % aggregates)));
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            double rate = seconds > 0 ? n / seconds : 0.0;
            System.out.printf(java.util.Locale.ROOT,
                    "baseline-append events=%d seconds=%.3f events_per_second=%.1f%n", n, seconds, rate);
        }
        System.exit(SpringApplication.exit(ctx));
    }
}
