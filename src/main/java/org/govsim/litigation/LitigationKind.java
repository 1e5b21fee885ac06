package org.govsim.litigation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.govsim.litigation.LitigationEvents.Relief;
import org.govsim.litigation.LitigationEvents.SuitDecided;
import org.govsim.litigation.LitigationEvents.SuitFiled;
import org.govsim.litigation.LitigationEvents.SuitSettled;
import org.govsim.litigation.LitigationEvents.SuitStayed;
import org.govsim.litigation.LitigationEvents.SuitStepRefused;
import org.govsim.simulation.ActorKind;
import org.govsim.simulation.Command;
import org.govsim.simulation.Condition;
import org.govsim.simulation.DomainEvent;
import org.govsim.simulation.Names;
import org.govsim.simulation.World;

/** The courts as the engine and the story see them: one stream of suits, its lines, its state. */
public final class LitigationKind extends ActorKind<Litigation> {

    LitigationKind() {
        super("litigation", false, Litigation.class, Litigation::new);
    }

    @Override
    public List<Class<? extends DomainEvent>> events() {
        return nested(DomainEvent.class, LitigationEvents.class);
    }

    @Override
    public List<Class<? extends Command>> commands() {
        return nested(Command.class, LitigationCommands.class);
    }

    @Override
    public String tell(DomainEvent event, Names names) {
        if (event instanceof LitigationEvents.LitigationRecorded e) {
            return e.pending().isEmpty() ? null : "Pending at the start: " + String.join("; ",
                    e.pending().stream().map(f -> tell(f, names)).toList());
        } else if (event instanceof SuitFiled e) {
            return names.nameOf(e.plaintiff()) + " sues " + names.list(e.defendants()) + " in " + e.court() + " ("
                    + e.title() + "): " + e.claims() + (e.relief().isEmpty() ? "" : "; it asks the court to "
                    + relief(e.relief(), names, false));
        } else if (event instanceof SuitStayed e) {
            return "The court stays " + names.nameOf(e.suit()) + ": " + e.reason() + "; the suit stays pending";
        } else if (event instanceof SuitDecided e) {
            return "Judgment in " + names.nameOf(e.suit()) + (e.forPlaintiff() ? " for the plaintiff" + (e.relief().isEmpty()
                    ? "" : ": the court " + relief(e.relief(), names, true)) : " for the defendants") + " (" + e.reason() + ")";
        } else if (event instanceof SuitSettled e) {
            return "The parties settle " + names.nameOf(e.suit()) + ": " + e.terms();
        } else if (event instanceof SuitStepRefused e) {
            return "No step on " + names.nameOf(e.suit()) + ": " + e.reason();
        }
        return null;
    }

    @Override
    public String basis(DomainEvent event) {
        return event instanceof SuitDecided ? "the court's judgment" : null;
    }

    /** What a suit asks ("remove X from the board"), or what a judgment grants ("removes X from the board"). */
    private static String relief(Relief r, Names names, boolean granted) {
        List<String> parts = new ArrayList<>();
        if (!r.removeDirectors().isEmpty()) {
            parts.add((granted ? "removes " : "remove ") + names.list(r.removeDirectors()) + " from the board");
        }
        if (!r.voidDesignations().isEmpty()) {
            parts.add((granted ? "voids " : "void ") + "the right of " + names.list(r.voidDesignations())
                    + " to designate directors");
        }
        return String.join(" and ", parts);
    }

    @Override
    public Map<String, Object> view(Litigation l, World world) {
        if (l.suits().isEmpty()) {
            return null;
        }
        List<Map<String, Object>> suits = new ArrayList<>();
        for (SuitFiled s : l.suits().values()) {
            suits.add(Map.of("suit", s.suit(), "title", s.title(), "plaintiff", s.plaintiff(), "defendants",
                    s.defendants(), "status", l.status(s.suit()).name().toLowerCase(Locale.ROOT)));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("suits", suits);
        return out;
    }

    @Override
    public List<Condition> conditions() {
        return List.of(new Condition("suit-pending", true, (suit, w) -> {
            Litigation.Status s = Litigation.in(w).status(suit);
            return s == Litigation.Status.PENDING || s == Litigation.Status.STAYED ? null
                    : "skipped: the step presupposes " + w.names().nameOf(suit) + " pending";
        }));
    }
}
