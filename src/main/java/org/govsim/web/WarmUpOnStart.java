package org.govsim.web;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import org.govsim.app.CaseLibrary;
import org.govsim.app.PlayWarmUp;

/**
 * Once the server serves, plays the cases in memory on a thread of its own for as long as the settings say
 * (`govsim serve --warm-up SECONDS`, 20 unless given; 0: not at all). Requests are answered meanwhile; they share the
 * CPU with it.
 */
@Component
class WarmUpOnStart implements ApplicationRunner, org.springframework.beans.factory.DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(WarmUpOnStart.class);

    private final CaseLibrary library;
    private final ServeSettings settings;
    private final CompletableFuture<Integer> done = new CompletableFuture<>();
    private volatile boolean stopping;

    WarmUpOnStart(CaseLibrary library, ServeSettings settings) {
        this.library = library;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (settings.warmUp().isZero() || settings.warmUp().isNegative()) {
            done.complete(0);
            return;
        }
        Thread t = new Thread(() -> {
            try {
                int plays = PlayWarmUp.run(library, settings.warmUp(), () -> stopping);
                LOG.info("warmed up: {} plays of the cases in memory", plays);
                done.complete(plays);
            } catch (RuntimeException e) {
                // a warm-up that fails costs speed, not correctness: the same plays are checked when they are served
                LOG.warn("warm-up stopped: {}", e.toString());
                done.complete(-1);
            }
        }, "govsim-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** A server that stops ends its warm-up after the play under way. */
    @Override
    public void destroy() {
        stopping = true;
    }

    /** How many plays the warm-up made once it has ended (0: none asked for; -1: it failed), waiting up to a minute. */
    int await() throws Exception {
        return done.get(1, TimeUnit.MINUTES);
    }
}
