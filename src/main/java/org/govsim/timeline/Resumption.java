package org.govsim.timeline;

import org.govsim.model.GovernanceModel;
import org.govsim.scenario.InputException;
import org.govsim.simulation.Model;
import org.govsim.simulation.World;

/**
 * Whether this code may play a stored timeline on: only with the policies that produced it, in the same order, since
 * another set would make the branch a mix of two models. A timeline records its model in its first event; one written
 * before models were recorded is of the first version.
 */
public final class Resumption {
    private Resumption() {
    }

    /** Refuses, as bad input naming {@code field}, to resume {@code timeline} whose first event is in {@code start}. */
    public static void check(Model current, World start, String timeline, String field) {
        Model.Stamp recorded = start.started() == null ? null : start.started().model();
        GovernanceModel.incompatibility(current, recorded).ifPresent(why -> {
            throw InputException.request(field, "cannot play timeline '" + timeline + "' on: " + why);
        });
    }
}
