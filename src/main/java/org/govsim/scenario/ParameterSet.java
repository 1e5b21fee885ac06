package org.govsim.scenario;

import java.util.Map;

import org.govsim.simulation.WhatIf;
import org.govsim.simulation.World;

/** A set of parameter settings by path, applied like a what-if; each value remembers where in a file it came from. */
public final class ParameterSet implements WhatIf {

    private final String name;
    private final Map<String, Yaml> settings;

    public ParameterSet(String name, Map<String, Yaml> settings) {
        this.name = name;
        this.settings = settings;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void apply(World world, Edits edits) {
        Settings.apply(world, settings, edits, name);
    }

    /** Applies the settings to a scratch copy of nothing: checks paths, people and values against the world. */
    public void check(World world) {
        Settings.apply(world, settings, new Edits() {
            public void record(org.govsim.simulation.DomainEvent event) {
            }

            public void schedule(java.time.Instant due, org.govsim.simulation.Command command) {
            }

            public void cancel(long actionId, String reason) {
            }

            public void replace(long actionId, org.govsim.simulation.Command command, String reason) {
            }
        }, name);
    }
}
