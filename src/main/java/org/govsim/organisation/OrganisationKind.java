package org.govsim.organisation;

import java.util.List;

import org.govsim.organisation.Organisation.OrganisationDescribed;
import org.govsim.organisation.Organisation.OrganisationRevised;
import org.govsim.simulation.ActorKind;
import org.govsim.simulation.Command;
import org.govsim.simulation.DomainEvent;
import org.govsim.simulation.Names;

/** The organisation as the engine and the story see it: the directory of persons, told once, not shown as state. */
public final class OrganisationKind extends ActorKind<Organisation> {

    OrganisationKind() {
        super(Organisation.AGGREGATE, false, Organisation.class, Organisation::new);
    }

    @Override
    public List<Class<? extends DomainEvent>> events() {
        return List.of(OrganisationDescribed.class, OrganisationRevised.class);
    }

    @Override
    public List<Class<? extends Command>> commands() {
        return List.of();
    }

    @Override
    public String tell(DomainEvent event, Names names) {
        if (event instanceof OrganisationDescribed e) {
            return e.name() + ": " + e.kind();
        } else if (event instanceof OrganisationRevised e) {
            return "Loyalties and candidates change (" + e.reason() + ")";
        }
        return null;
    }

    @Override
    public String viewKey() {
        return null;
    }
}
