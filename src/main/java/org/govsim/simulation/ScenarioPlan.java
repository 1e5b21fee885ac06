package org.govsim.simulation;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A scenario ready to run: the seed world as its first events, the model's parameters, and the scripted actions
 * (what the model takes as given), and what the sources report of its history. Built by the scenario loader; knows nothing of files.
 */
public record ScenarioPlan(String id, String title, long seed, ZoneId zone, Instant start, Instant horizon,
                           ModelParameters parameters, List<SeedFact> seedWorld, List<ScriptStep> script,
                           Reports reports) {

    public ScenarioPlan {
        reports = reports == null ? Reports.NONE : reports;
    }

    public ScenarioPlan(String id, String title, long seed, ZoneId zone, Instant start, Instant horizon,
                        ModelParameters parameters, List<SeedFact> seedWorld, List<ScriptStep> script) {
        this(id, title, seed, zone, start, horizon, parameters, seedWorld, script, Reports.NONE);
    }

    /** The same scenario drawn with another seed: the run's own seed and the staff's threshold draws. */
    public ScenarioPlan withSeed(long newSeed) {
        List<SeedFact> facts = new java.util.ArrayList<>(seedWorld.size());
        for (SeedFact f : seedWorld) {
            if (f.event() instanceof Seeded s) {
                f = new SeedFact(s.withSeed(newSeed), f.source());
            }
            facts.add(f);
        }
        return new ScenarioPlan(id, title, newSeed, zone, start, horizon, parameters, facts, script, reports);
    }

    /** A seed fact that draws from the run's seed (the staff's thresholds), so another seed redraws it. */
    public interface Seeded extends DomainEvent {
        DomainEvent withSeed(long seed);
    }

    /** One fact of the initial world, as an event, with its source key. */
    public record SeedFact(DomainEvent event, String source) {
    }

    /**
     * One scripted action: when, what, and the source key of the historical fact behind it.
     * An epilogue step is recorded after the horizon and sets nothing in motion.
     */
    public record ScriptStep(Instant at, Command command, String source, boolean epilogue) {
    }
}
