package org.govsim.financing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsim.financing.FinancingCommands.AddFunding;
import org.govsim.financing.FinancingCommands.LoseFunding;
import org.govsim.financing.FinancingEvents.FundingAdded;
import org.govsim.financing.FinancingEvents.FundingLost;
import org.govsim.financing.FinancingEvents.FundingRegistered;
import org.govsim.financing.FinancingEvents.Source;
import org.govsim.simulation.Actor;
import org.govsim.simulation.Command;
import org.govsim.simulation.DomainEvent;
import org.govsim.simulation.Names;
import org.govsim.simulation.World;

/** The sources of cash still available, and who provides them. */
public final class Financing implements Actor, Names {

    public static final String AGGREGATE = "financing";
    public static final FinancingKind KIND = new FinancingKind();

    public static Financing in(World world) {
        return world.actor(KIND);
    }

    private final Map<String, Source> available = new LinkedHashMap<>();
    private final Map<String, Source> known = new LinkedHashMap<>();

    @Override
    public List<DomainEvent> decide(Command command) {
        if (command instanceof AddFunding c) {
            return known.containsKey(c.source().id())
                    ? List.of(new FinancingEvents.FundingRefused(c.source().id(), "a source '" + c.source().id()
                    + "' is known already")) : List.of(new FundingAdded(c.source(), c.reason()));
        } else if (command instanceof LoseFunding c) {
            if (!available.containsKey(c.source())) {
                return List.of(new FinancingEvents.FundingRefused(c.source(), known.containsKey(c.source())
                        ? "it is lost already" : "no such source"));
            }
            return List.of(new FundingLost(c.source(), dependents(c.source()), c.reason()));
        }
        throw new IllegalArgumentException("Financing does not handle " + command.getClass().getSimpleName());
    }

    /** The available sources that depend on {@code source}, directly or through another. */
    private List<String> dependents(String source) {
        List<String> out = new ArrayList<>();
        List<String> lost = new ArrayList<>(List.of(source));
        for (int i = 0; i < lost.size(); i++) {
            for (Source s : available.values()) {
                if (lost.get(i).equals(s.requires()) && !lost.contains(s.id())) {
                    lost.add(s.id());
                    out.add(s.id());
                }
            }
        }
        return out;
    }

    @Override
    public void evolve(DomainEvent event, Instant at) {
        if (event instanceof FundingRegistered e) {
            e.sources().forEach(s -> {
                available.put(s.id(), s);
                known.put(s.id(), s);
            });
        } else if (event instanceof FundingAdded e) {
            available.put(e.source().id(), e.source());
            known.put(e.source().id(), e.source());
        } else if (event instanceof FundingLost e) {
            available.remove(e.source());
            e.with().forEach(available::remove);
        }
    }

    public Collection<Source> available() { return available.values(); }

    /** The ids of every source the company has counted on, lost ones included. */
    public java.util.Set<String> known() { return java.util.Collections.unmodifiableSet(known.keySet()); }

    /** The share of the cash still available that these providers give, 0 when none is available. */
    public double shareProvidedBy(Collection<String> providers) {
        double all = available.values().stream().mapToDouble(Source::usd).sum();
        double theirs = providedBy(providers).stream().mapToDouble(Source::usd).sum();
        return all == 0 ? 0 : theirs / all;
    }

    /** The available sources these providers give. */
    public List<Source> providedBy(Collection<String> providers) {
        // a market's source (an offering) has no provider, and no signer provides it
        return available.values().stream().filter(s -> s.provider() != null && providers.contains(s.provider())).toList();
    }

    @Override
    public boolean knows(String id) {
        return known.containsKey(id);
    }

    @Override
    public String nameOf(String id) {
        Source s = known.get(id);
        return s == null ? id : s.name();
    }

    /** Left as it is: source ids are plain words ("ipo") that free text uses in their own sense. */
    @Override
    public String withNames(String text) {
        return text;
    }
}
