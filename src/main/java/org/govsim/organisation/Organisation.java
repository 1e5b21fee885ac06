package org.govsim.organisation;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.govsim.simulation.Actor;
import org.govsim.simulation.Command;
import org.govsim.simulation.DomainEvent;
import org.govsim.simulation.Names;
import org.govsim.simulation.World;

/**
 * The organisation as the seed world describes it: its people, who is loyal to whom, and who might be asked to lead.
 * It changes only through the events below; the governance actors live in their own aggregates.
 */
public final class Organisation implements Actor, Names {

    public static final String AGGREGATE = "organisation";
    public static final OrganisationKind KIND = new OrganisationKind();

    /** The organisation of a world (an empty one before the seed describes it). */
    public static Organisation in(World world) {
        return world.actor(KIND);
    }

    /** A person of the world. An outsider has no post in the organisation. {@code source} is the fact's source key. */
    public record Person(String id, String name, String role, boolean outsider, String source) {
    }

    /**
     * Someone who stands by a leader: when that leader is removed they quit after {@code quitAfterHours}, if {@code quits};
     * a loyal interim CEO instead backs the leader's demands when he comes to negotiate.
     * Either a named person holding an office ({@code person}, {@code office}) or a group of {@code count} employees.
     */
    public record Loyalist(String person, String office, int count, String loyalTo, boolean quits, double quitAfterHours,
                           String source) {
        public boolean isGroup() {
            return person == null;
        }
    }

    /** An outsider the board may approach; declines once the share of staff who signed the letter reaches {@code tolerance}. */
    public record Candidate(String person, double tolerance, double answerAfterHours) {
    }

    public record OrganisationDescribed(String name, String kind, List<Person> people, List<Loyalist> loyalists,
                                        List<Candidate> candidates, String source) implements DomainEvent {
        public String aggregate() { return AGGREGATE; }

        public OrganisationKind actorKind() { return KIND; }
    }

    /** A what-if changes who is loyal to whom, or the outsiders' tolerance. */
    public record OrganisationRevised(List<Loyalist> loyalists, List<Candidate> candidates, String reason)
            implements DomainEvent {
        public String aggregate() { return AGGREGATE; }

        public OrganisationKind actorKind() { return KIND; }
    }

    private String name = "";
    private final Map<String, Person> people = new LinkedHashMap<>();
    private List<Loyalist> loyalists = List.of();
    private List<Candidate> candidates = List.of();

    @Override
    public List<DomainEvent> decide(Command command) {
        throw new IllegalArgumentException("The organisation takes no commands: " + command.getClass().getSimpleName());
    }

    @Override
    public void evolve(DomainEvent event, java.time.Instant at) {
        if (event instanceof OrganisationDescribed e) {
            name = e.name();
            e.people().forEach(p -> people.put(p.id(), p));
            loyalists = List.copyOf(e.loyalists());
            candidates = List.copyOf(e.candidates());
        } else if (event instanceof OrganisationRevised e) {
            loyalists = List.copyOf(e.loyalists());
            candidates = List.copyOf(e.candidates());
        }
    }

    public String name() {
        return name;
    }

    public Map<String, Person> people() {
        return people;
    }

    public boolean knows(String personId) {
        return people.containsKey(personId);
    }

    public boolean isInsider(String personId) {
        Person p = people.get(personId);
        return p != null && !p.outsider();
    }

    /** The person's display name, or the id itself for someone the seed does not name. */
    @Override
    public String nameOf(String personId) {
        Person p = people.get(personId);
        return p == null ? personId : p.name();
    }

    /** Every person's id in {@code text} replaced by their name, in one pass, so a name is never replaced again. */
    @Override
    public String withNames(String text) {
        if (people.isEmpty()) {
            return text;
        }
        String ids = people.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        Matcher m = Pattern.compile("\\b(" + ids + ")\\b").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(people.get(m.group(1)).name()));
        }
        return m.appendTail(out).toString();
    }

    public List<Loyalist> loyalists() {
        return loyalists;
    }

    public List<Candidate> candidates() {
        return candidates;
    }

}
