package org.govsim.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

import org.govsim.timeline.Schema;

/** The web application: Spring Boot wires the data source, the migrations, Jackson and the server from the settings. */
@SpringBootApplication
public class WebApp {

    /** Starts the application and returns once it serves; closing the context stops it gracefully. */
    public static ConfigurableApplicationContext start(ServeSettings settings) {
        SpringApplication app = new SpringApplication(WebApp.class);
        app.addInitializers(context -> context.getBeanFactory().registerSingleton("serveSettings", settings));
        return app.run(arguments(settings));
    }

    /** A value Spring takes as it is: a password may hold "${", which Spring would read as a placeholder. */
    static String literal(String value) {
        return value.replace("${", "\\${");
    }

    /** The settings as Spring properties; given as arguments, they win over stray environment variables. */
    static String[] arguments(ServeSettings s) {
        List<String> args = new ArrayList<>(List.of(
                "--server.address=" + s.bind(),
                "--server.port=" + s.port(),
                "--server.shutdown=graceful",
                "--spring.lifecycle.timeout-per-shutdown-phase=20s",
                "--server.error.whitelabel.enabled=false",
                "--server.tomcat.max-swallow-size=2MB",
                "--spring.main.banner-mode=off",
                "--spring.jmx.enabled=false",
                "--spring.mvc.problemdetails.enabled=true",
                "--spring.datasource.url=" + literal(s.database().url()),
                "--spring.datasource.username=" + literal(s.database().user()),
                "--spring.datasource.password=" + literal(s.database().password()),
                // the store runs each use case as one transaction of its own on a connection it takes from the pool
                "--spring.datasource.hikari.auto-commit=false",
                "--spring.datasource.hikari.pool-name=govsim-web",
                "--spring.datasource.hikari.maximum-pool-size=20",
                "--spring.flyway.locations=" + Schema.locations(s.database()),
                "--spring.flyway.baseline-on-migrate=true",
                "--spring.flyway.baseline-version=0",
                "--spring.flyway.baseline-description=store written by govsim 0.1",
                "--management.endpoints.web.exposure.include=health",
                // no metrics are served: a request need not be measured, nor announced to listeners there are none of
                "--management.observations.enable.http.server.requests=false",
                "--spring.mvc.publish-request-handled-events=false",
                "--management.endpoint.health.show-details=never",
                // the API's documentation is part of what it serves, not a development aid left on
                "--springdoc.api-docs.enabled=true",
                "--springdoc.swagger-ui.enabled=true",
                "--springdoc.api-docs.path=/v3/api-docs",
                "--springdoc.swagger-ui.path=/swagger-ui.html",
                "--springdoc.paths-to-match=/api/v1/**",
                "--logging.level.root=" + s.logLevel()));
        return args.toArray(String[]::new);
    }
}
