package org.govsim.litigation;

import java.util.List;

import org.govsim.simulation.ActorKind;
import org.govsim.simulation.DomainEvent;

/** What the courts' stream records. */
public interface LitigationEvents {

    interface LitigationEvent extends DomainEvent {
        default String aggregate() { return Litigation.AGGREGATE; }

        default ActorKind<?> actorKind() { return Litigation.KIND; }
    }

    /** What a plaintiff asks the court to order: directors off the board, holders' rights to designate them voided. */
    record Relief(List<String> removeDirectors, List<String> voidDesignations) {
        public boolean isEmpty() {
            return removeDirectors.isEmpty() && voidDesignations.isEmpty();
        }
    }

    /** The suits pending when the run starts (often none): the courts' stream begins with it. */
    record LitigationRecorded(List<SuitFiled> pending, String source) implements LitigationEvent {
    }

    record SuitFiled(String suit, String title, String plaintiff, List<String> defendants, String court, String claims,
                     Relief relief) implements LitigationEvent {
    }

    /** The suit is paused and stays pending. */
    record SuitStayed(String suit, String reason) implements LitigationEvent {
    }

    /** Judgment: for the plaintiff, the relief asked is granted. */
    record SuitDecided(String suit, boolean forPlaintiff, Relief relief, String reason) implements LitigationEvent {
    }

    /** The parties settle; the suit ends without a judgment. */
    record SuitSettled(String suit, String terms) implements LitigationEvent {
    }

    /** A step on a suit that is not pending: never filed, or already decided or settled. */
    record SuitStepRefused(String suit, String reason) implements LitigationEvent {
    }
}
