package org.govsim.timeline;

import java.util.Optional;

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

    /** Refuses, as bad input in the request field {@code field}, to resume {@code timeline} (its first event in {@code start}). */
    public static void check(Model current, World start, String timeline, String field) {
        reason(current, start, timeline).ifPresent(why -> {
            throw InputException.request(field, why);
        });
    }

    /** Why {@code current} may not play {@code timeline} on, if it may not. */
    public static Optional<String> reason(Model current, World start, String timeline) {
        Model.Stamp recorded = start.started() == null ? null : start.started().model();
        return GovernanceModel.incompatibility(current, recorded).map(why -> "cannot play timeline '" + timeline + "' on: "
                + why);
    }
}
