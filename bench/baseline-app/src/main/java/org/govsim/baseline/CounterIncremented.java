package org.govsim.baseline;

/** Event: the counter with the given id was incremented to {@code value}. */
public record CounterIncremented(String counterId, long value) {
}
