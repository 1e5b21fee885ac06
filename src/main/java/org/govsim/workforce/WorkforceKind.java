package org.govsim.workforce;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsim.simulation.ActorKind;
import org.govsim.simulation.Command;
import org.govsim.simulation.DomainEvent;
import org.govsim.simulation.Names;
import org.govsim.simulation.World;
import org.govsim.workforce.WorkforceEvents.*;

/** The staff as the engine and the story see them: their messages, their lines in the story, their state. */
public final class WorkforceKind extends ActorKind<Workforce> {

    WorkforceKind() {
        super(Workforce.AGGREGATE, false, Workforce.class, Workforce::new);
    }

    @Override
    public List<Class<? extends DomainEvent>> events() {
        return nested(DomainEvent.class, WorkforceEvents.class);
    }

    @Override
    public List<Class<? extends Command>> commands() {
        return nested(Command.class, WorkforceCommands.class);
    }

    @Override
    public boolean echoes(DomainEvent event) {
        return event instanceof OutsideOfferExtended;
    }

    @Override
    public Tally tally(DomainEvent event) {
        if (event instanceof LetterSigned e) {
            return new Tally("letter", e.signatures(), e.employed(),
                    String.format("%d of %d staff have signed the letter", e.signatures(), e.employed()));
        }
        // resignations for one reason, hour after hour (signers leaving for an outside offer), are one running count
        return event instanceof EmployeesResigned e ? new Tally("resigned: " + e.reason(), e.count(), 0,
                "%d employees have resigned so far: " + e.reason().replace("%", "%%"), true) : null;
    }

    @Override
    public String tell(DomainEvent event, Names names) {
        if (event instanceof WorkforceFormed e) {
            return e.headcount() + " employees, " + e.executives() + " of them executives";
        } else if (event instanceof LetterOpened e) {
            return "Employees open a letter to the board (" + e.trigger() + "). Demands: " + String.join("; ", e.demands());
        } else if (event instanceof LetterClosed e) {
            return "The employees close their letter: " + e.reason() + ", as they demanded";
        } else if (event instanceof LetterSigned e) {
            return String.format("%d more sign the letter: %d of %d staff have signed", e.added(), e.signatures(),
                    e.employed());
        } else if (event instanceof EmployeesResigned e) {
            return e.count() + (e.count() == 1 ? " employee resigns: " : " employees resign: ") + e.reason();
        } else if (event instanceof ResignationsWithdrawn e) {
            return e.count() + " employees who had resigned come back: " + e.reason();
        } else if (event instanceof OutsideOfferExtended e) {
            return "Every employee now has somewhere to go: " + e.employer() + " offers jobs to all who follow";
        } else if (event instanceof ReasonsWeighed e) {
            return String.format(java.util.Locale.ROOT, "The staff weigh the board's reasons: an employee now needs %.0f"
                    + " points more of colleagues to have signed before signing", 100 * e.thresholdShift());
        } else if (event instanceof ExecutivesBriefed e) {
            return "The board briefs " + e.executives() + " executives on the removal";
        } else if (event instanceof WorkforceProfileChanged e) {
            return "The staff's thresholds and reactions change (" + e.reason() + ")";
        }
        return null;
    }

    @Override
    public Map<String, Object> view(Workforce staff, World world) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("headcount", staff.headcount());
        out.put("employed", staff.employed());
        out.put("letterOpen", staff.letterOpen());
        out.put("letterSignatures", staff.signed());
        out.put("resigned", staff.resigned());
        out.put("outsideOffer", staff.offerEmployer());
        return out;
    }
}
