package org.govsim.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The commands a policy issues in response to one event, each with the time it falls due. */
public final class Reactions {

    public record Reaction(Instant due, Command command, String source) {
    }

    private final Instant now;
    private final List<Reaction> reactions = new ArrayList<>();

    public Reactions(Instant now) {
        this.now = now;
    }

    public Instant now() {
        return now;
    }

    public void now(Command command) {
        at(now, command);
    }

    public void after(double hours, Command command) {
        at(now.plus(Duration.ofSeconds(Math.round(hours * 3600))), command);
    }

    public void at(Instant due, Command command) {
        reactions.add(new Reaction(due.isBefore(now) ? now : due, command, "model"));
    }

    public List<Reaction> list() {
        return reactions;
    }

    public void clear() {
        reactions.clear();
    }
}
