package org.govsim.financing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.govsim.financing.FinancingEvents.FundingAdded;
import org.govsim.financing.FinancingEvents.FundingLost;
import org.govsim.financing.FinancingEvents.FundingRegistered;
import org.govsim.financing.FinancingEvents.Source;
import org.govsim.simulation.ActorKind;
import org.govsim.simulation.Command;
import org.govsim.simulation.DomainEvent;
import org.govsim.simulation.Names;
import org.govsim.simulation.World;

/** The company's financing as the engine and the story see it: one stream, its lines, its state. */
public final class FinancingKind extends ActorKind<Financing> {

    FinancingKind() {
        super("financing", false, Financing.class, Financing::new);
    }

    @Override
    public List<Class<? extends DomainEvent>> events() {
        return nested(DomainEvent.class, FinancingEvents.class);
    }

    @Override
    public List<Class<? extends Command>> commands() {
        return nested(Command.class, FinancingCommands.class);
    }

    @Override
    public String tell(DomainEvent event, Names names) {
        if (event instanceof FundingRegistered e) {
            return "Sources of cash: " + String.join("; ", e.sources().stream().map(s -> describe(s, names)).toList());
        } else if (event instanceof FundingAdded e) {
            return "A new source of cash: " + describe(e.source(), names) + " (" + e.reason() + ")";
        } else if (event instanceof FinancingEvents.FundingRefused e) {
            return "No change to " + names.nameOf(e.source()) + ": " + e.reason();
        } else if (event instanceof FundingLost e) {
            return capitalised(names.nameOf(e.source())) + " is lost" + (e.with().isEmpty() ? "" : ", and with it "
                    + names.list(e.with())) + ": " + e.reason();
        }
        return null;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String describe(Source s, Names names) {
        return s.name() + ", " + usd(s.usd()) + (s.provider() == null ? "" : ", from " + names.nameOf(s.provider()))
                + (s.requires() == null ? "" : ", if " + names.nameOf(s.requires()) + " goes ahead");
    }

    static String usd(double usd) {
        return usd >= 1e9 ? String.format(Locale.ROOT, "$%.1fB", usd / 1e9) : String.format(Locale.ROOT, "$%.0fM", usd / 1e6);
    }

    @Override
    public List<org.govsim.simulation.Condition> conditions() {
        return List.of(new org.govsim.simulation.Condition("funding-lost", true, (source, w) ->
                Financing.in(w).knows(source) && Financing.in(w).available().stream().noneMatch(s -> s.id().equals(source))
                        ? null : "skipped: the step presupposes that " + w.names().nameOf(source) + " is lost"));
    }

    @Override
    public Map<String, Object> view(Financing f, World world) {
        // a case that keeps no account of its cash shows none; one whose every source is lost shows that
        if (!world.actors().containsKey(Financing.AGGREGATE)) {
            return null;
        }
        List<Map<String, Object>> sources = new ArrayList<>();
        f.available().forEach(s -> sources.add(Map.of("id", s.id(), "name", s.name(), "usd", s.usd())));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("available", sources);
        return out;
    }
}
