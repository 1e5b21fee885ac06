package org.govsim.simulation;

/**
 * A run that produced more events than {@link Simulation#MAX_EVENTS}: its parameters drive the model into a loop or a
 * storm of ticks. The run stops here instead of exhausting memory; the input that set it up is what to change.
 */
public final class EventBudgetExceeded extends RuntimeException {

    public EventBudgetExceeded(long events, String scenario) {
        super("the run of '" + scenario + "' stopped after " + events + " events, the most one run may produce "
                + "(events per run); look for ticks that are too short or a horizon that is too far");
    }
}
