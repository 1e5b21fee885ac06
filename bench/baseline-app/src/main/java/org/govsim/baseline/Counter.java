package org.govsim.baseline;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** Minimal event-sourced aggregate, stored in Axon's JPA event store. */
@Aggregate
public class Counter {

    @AggregateIdentifier
    private String counterId;
    private long value;

    protected Counter() {
        // required by Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(IncrementCounter command) {
        apply(new CounterIncremented(command.counterId(), value + 1));
    }

    @EventSourcingHandler
    public void on(CounterIncremented event) {
        this.counterId = event.counterId();
        this.value = event.value();
    }
}
