package org.govsim.baseline;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Command: increment the counter with the given id. */
public record IncrementCounter(@TargetAggregateIdentifier String counterId) {
}
