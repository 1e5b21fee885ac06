package org.govsim.ceo;

import java.util.Map;

import org.govsim.simulation.DomainEvent;

/** What happened to the chief executive's office and the other officers. */
public interface CeoEvents {

    interface CeoEvent extends DomainEvent {
        default String aggregate() { return CeoOffice.AGGREGATE; }

        default org.govsim.simulation.ActorKind<?> actorKind() { return CeoOffice.KIND; }
    }

    record CeoOfficeEstablished(String office, String ceo, Map<String, String> officers) implements CeoEvent {
    }

    record CeoRemoved(String person, String authority) implements CeoEvent {
    }

    /** {@code returning} marks the reinstatement of a CEO removed earlier in the run. */
    record CeoAppointed(String person, boolean interim, String authority, boolean returning, String replaced)
            implements CeoEvent {
    }

    record CeoChangeRejected(String person, String reason) implements CeoEvent {
    }

    record OfficerAppointed(String person, String role, String authority) implements CeoEvent {
    }

    record OfficerResigned(String person, String role, String reason) implements CeoEvent {
    }

    /** An officer will resign {@code role} unless the board carries {@code motion} ({@code demand}) by the deadline. */
    record UltimatumIssued(String person, String role, String motion, String demand, java.time.Instant deadline)
            implements CeoEvent {
    }

    /** An officer refuses holders' letter demanding they resign {@code role}, and stays. */
    record LetterRefused(String person, String role, String letter, String reason) implements CeoEvent {
    }

    /** An officer loses a role and its duties by an act of the board; a seat on the board is another matter. */
    record OfficerRemoved(String person, String role, String authority) implements CeoEvent {
    }

    record CandidateApproached(String person, String role) implements CeoEvent {
    }

    record ApproachConsidered(String person, String role) implements CeoEvent {
    }

    record CandidateAccepted(String person, String role) implements CeoEvent {
    }

    record CandidateDeclined(String person, String role, String reason) implements CeoEvent {
    }

    record CommittedElsewhere(String person, String employer) implements CeoEvent {
    }
}
