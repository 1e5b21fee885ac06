package org.govsim.ceo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.govsim.ceo.CeoEvents.*;
import org.govsim.simulation.ActorKind;
import org.govsim.simulation.Command;
import org.govsim.simulation.Condition;
import org.govsim.simulation.DomainEvent;
import org.govsim.simulation.Names;
import org.govsim.simulation.World;

/** The CEO's office as the engine and the story see it: its messages, its lines in the story, its state, its conditions. */
public final class CeoKind extends ActorKind<CeoOffice> {

    CeoKind() {
        super(CeoOffice.AGGREGATE, false, CeoOffice.class, CeoOffice::new);
    }

    @Override
    public List<Class<? extends DomainEvent>> events() {
        return nested(DomainEvent.class, CeoEvents.class);
    }

    @Override
    public List<Class<? extends Command>> commands() {
        return nested(Command.class, CeoCommands.class);
    }

    @Override
    public String basis(DomainEvent event) {
        return event instanceof CeoChangeRejected ? "bylaws" : null;
    }

    /** A removal, an interim appointment or an officer's appointment carries out a board act; a return is told on its own. */
    @Override
    public String act(DomainEvent event) {
        if (event instanceof CeoRemoved e) {
            return e.authority();
        } else if (event instanceof CeoAppointed e) {
            return e.returning() ? null : e.authority();
        } else if (event instanceof OfficerAppointed e) {
            return e.authority();
        } else if (event instanceof OfficerRemoved e) {
            return e.authority();
        }
        return null;
    }

    @Override
    public String tell(DomainEvent event, Names names) {
        if (event instanceof CeoOfficeEstablished e) {
            return "CEO: " + names.nameOf(e.ceo()) + "; officers: " + e.officers().entrySet().stream()
                    .map(o -> Names.office(o.getKey()) + " " + names.nameOf(o.getValue())).collect(Collectors.joining(", "));
        } else if (event instanceof CeoRemoved e) {
            return names.nameOf(e.person()) + " is removed as CEO";
        } else if (event instanceof CeoAppointed e) {
            return names.nameOf(e.person()) + (e.returning() ? " returns as CEO" : " becomes " + (e.interim() ? "interim " : "")
                    + "CEO") + (e.replaced() == null ? "" : ", replacing " + names.nameOf(e.replaced()));
        } else if (event instanceof CeoChangeRejected e) {
            return "Change of CEO rejected: " + names.withNames(e.reason());
        } else if (event instanceof OfficerAppointed e) {
            return names.nameOf(e.person()) + " is appointed " + Names.office(e.role());
        } else if (event instanceof UltimatumIssued e) {
            return names.nameOf(e.person()) + " threatens to resign as " + Names.office(e.role())
                    + " unless the board decides to " + e.demand() + " by " + names.when(e.deadline());
        } else if (event instanceof LetterRefused e) {
            return names.nameOf(e.person()) + " refuses the holders' letter and stays " + Names.office(e.role()) + ": "
                    + names.withNames(e.reason());
        } else if (event instanceof OfficerRemoved e) {
            return names.nameOf(e.person()) + " is removed as " + Names.office(e.role()) + " and loses its duties";
        } else if (event instanceof OfficerResigned e) {
            return names.nameOf(e.person()) + " " + e.reason() + " (gives up the office of " + Names.office(e.role()) + ")";
        } else if (event instanceof CandidateApproached e) {
            return "The board approaches " + names.nameOf(e.person()) + " to be " + Names.office(e.role());
        } else if (event instanceof CandidateAccepted e) {
            return names.nameOf(e.person()) + " accepts the approach";
        } else if (event instanceof CandidateDeclined e) {
            return names.nameOf(e.person()) + " " + e.reason();
        } else if (event instanceof CommittedElsewhere e) {
            return names.nameOf(e.person()) + " commits to " + names.nameOf(e.employer()) + " for good";
        }
        return null;
    }

    @Override
    public Map<String, Object> view(CeoOffice ceo, World world) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("holder", ceo.holder());
        out.put("holderName", ceo.holder() == null ? null : world.names().nameOf(ceo.holder()));
        out.put("interim", ceo.interim());
        out.put("reinstated", ceo.reinstated());
        out.put("removed", List.copyOf(ceo.removed()));
        out.put("officers", new LinkedHashMap<>(ceo.officers()));
        return out;
    }

    @Override
    public List<Condition> conditions() {
        return List.of(
                new Condition("ceo-removed", false, (none, w) -> CeoOffice.in(w).crisisOpen() && !w.hasEnded() ? null
                        : "skipped: the step presupposes a removed CEO who has not returned"),
                new Condition("ceo-returned", false, (none, w) -> CeoOffice.in(w).returnedAt() != null ? null
                        : "skipped: the step presupposes the CEO's return"),
                new Condition("ceo-is", true, (person, w) -> person.equals(CeoOffice.in(w).holder()) ? null
                        : "skipped: the step presupposes " + w.names().nameOf(person) + " as CEO"),
                new Condition("ceo-is-not", true, (person, w) -> !person.equals(CeoOffice.in(w).holder()) ? null
                        : "skipped: the step presupposes that " + w.names().nameOf(person) + " is no longer CEO"),
                new Condition("available", true, (person, w) -> !CeoOffice.in(w).unavailable().contains(person) ? null
                        : "skipped: " + w.names().nameOf(person) + " has committed elsewhere"));
    }
}
