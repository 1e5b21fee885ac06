package org.govsim.scenario;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govsim.simulation.SimulationEvents.DecisionTaken;

/**
 * A decision point of a scenario: who decides (a role), where (the what-if vocabulary's fork point, usually just before
 * a scripted step), the question put to them, and the options, each a what-if at that point. "As history" is the option
 * that changes nothing: the actors then play on from there as the model has them, not as the record says.
 * <p>
 * A role is {@code board}, {@code ceo} (the CEO's office, the removed CEO included), {@code organisers} (the staff's
 * organisers), {@code director:PERSON} or {@code investor:ID}.
 */
public final class DecisionPoint {

    static final Set<String> FIELDS = Set.of("id", "decides", "question", "history", "forkAt", "options");
    static final Set<String> OPTION_FIELDS = Set.of("id", "label", "set", "remove", "override", "add");
    private static final Set<String> ROLES = Set.of("board", "ceo", "organisers");

    /** One option: its id, its words, and the what-if that makes it. */
    public record Option(String id, String label, WhatIfFile whatIf) {
    }

    private final String id;
    private final String decides;
    private final Yaml node;
    private final Map<String, Option> options;

    private DecisionPoint(String id, String decides, Yaml node, Map<String, Option> options) {
        this.id = id;
        this.decides = decides;
        this.node = node;
        this.options = options;
    }

    /** The scenario's decision points, in file order, each checked against the seed world's people and investors. */
    static List<DecisionPoint> read(Yaml scenario, SeedWorld seed) {
        Yaml all = scenario.opt("decisions");
        if (all == null) {
            return List.of();
        }
        List<DecisionPoint> out = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (Yaml d : all.list()) {
            d.only(FIELDS);
            String id = SeedWorld.name(d.get("id"));
            if (!ids.add(id)) {
                throw d.get("id").error("a second decision point '" + id + "'");
            }
            String decides = role(d.get("decides"), seed);
            d.str("question");
            d.get("forkAt");
            Map<String, Option> options = new LinkedHashMap<>();
            for (Yaml o : d.get("options").list()) {
                o.only(OPTION_FIELDS);
                String optionId = SeedWorld.name(o.get("id"));
                if (options.containsKey(optionId)) {
                    throw o.get("id").error("a second option '" + optionId + "' of decision '" + id + "'");
                }
                String label = o.str("label");
                DecisionTaken choice = new DecisionTaken(id, optionId, decides, label);
                options.put(optionId, new Option(optionId, label,
                        WhatIfFile.option(d, o, id + "-" + optionId, choice, text(d, o, id + "-" + optionId))));
            }
            if (options.size() < 2) {
                throw d.get("options").error("a decision needs at least two options");
            }
            out.add(new DecisionPoint(id, decides, d, options));
        }
        return out;
    }

    private static String role(Yaml y, SeedWorld seed) {
        String role = y.str();
        if (ROLES.contains(role)) {
            return role;
        }
        if (role.startsWith("director:") && seed.people.containsKey(role.substring("director:".length()))) {
            return role;
        }
        if (role.startsWith("investor:") && seed.investors.contains(role.substring("investor:".length()))) {
            return role;
        }
        throw y.error("'" + role + "' is not a role: board, ceo, organisers, director:PERSON or investor:ID of the seed "
                + "world");
    }

    /** The option as a what-if file of its own, as its branch stores it: the decision's question and fork point. */
    private static String text(Yaml decision, Yaml option, String name) {
        StringBuilder text = new StringBuilder();
        text.append("# decision '").append(decision.str("id")).append("' (").append(decision.str("decides"))
                .append("), option '").append(option.str("id")).append("'\n");
        text.append("whatif: ").append(name).append('\n');
        text.append("question: ").append(Yaml.quoted(decision.str("question") + " " + option.str("label"))).append('\n');
        if (decision.opt("history") != null) {
            text.append("history: ").append(Yaml.quoted(decision.str("history"))).append('\n');
        }
        text.append("forkAt: ").append(decision.get("forkAt").flow()).append('\n');
        for (Map.Entry<String, Yaml> f : option.fields().entrySet()) {
            if (!f.getKey().equals("id") && !f.getKey().equals("label")) {
                text.append(f.getKey()).append(": ").append(f.getValue().flow()).append('\n');
            }
        }
        return text.toString();
    }

    public String id() {
        return id;
    }

    /** The role that decides. */
    public String decides() {
        return decides;
    }

    public String question() {
        return node.str("question");
    }

    /** What was decided in fact, for after the choice; empty when the scenario does not say. */
    public String history() {
        return node.str("history", "");
    }

    public List<Option> options() {
        return List.copyOf(options.values());
    }

    /** Where the decision is taken, read in the timeline's zone. */
    public WhatIfFile.ForkPoint forkPoint(ZoneId zone) {
        return options.values().iterator().next().whatIf().forkPoint(zone);
    }

    /** An option by its id; an unknown one is an input error naming {@code field} and the options there are. */
    public Option option(String optionId, String field) {
        Option o = options.get(optionId);
        if (o == null) {
            throw InputException.request(field, "decision '" + id + "' has no option '" + optionId + "'; its options are "
                    + String.join(", ", options.keySet()));
        }
        return o;
    }

    /** Where the decision point stands in its file, for errors about it. */
    public InputException error(String message) {
        return node.error(message);
    }
}
