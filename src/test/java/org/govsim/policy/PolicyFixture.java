package org.govsim.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.govsim.board.BoardEvents.BoardConstituted;
import org.govsim.board.BoardEvents.DirectorProfile;
import org.govsim.board.Bylaws;
import org.govsim.ceo.CeoEvents.CeoOfficeEstablished;
import org.govsim.investor.InvestorEvents.InvestorRegistered;
import org.govsim.investor.InvestorEvents.Leverage;
import org.govsim.organisation.Organisation.Candidate;
import org.govsim.organisation.Organisation.OrganisationDescribed;
import org.govsim.organisation.Organisation.Person;
import org.govsim.simulation.Command;
import org.govsim.simulation.DomainEvent;
import org.govsim.simulation.ModelParameters;
import org.govsim.simulation.Policy;
import org.govsim.simulation.Reactions;
import org.govsim.simulation.Recorded;
import org.govsim.simulation.SimulationEvents.ActionLapsed;
import org.govsim.simulation.SimulationEvents.ActionScheduled;
import org.govsim.simulation.SimulationEvents.SimulationStarted;
import org.govsim.simulation.World;
import org.govsim.workforce.ThresholdBand;
import org.govsim.workforce.WorkforceEvents.WorkforceFormed;

/**
 * Given-when-then for policies: folds a history into a fresh {@link World} the way the engine does (each event wrapped
 * in a {@link Recorded} with the next seq), records the event under test, lets one policy react and returns what it asked.
 *
 * <pre>
 * PolicyFixture.given(PolicyFixture.minimalWorld())
 *         .andGiven(new CeoRemoved("alice", "m1"))
 *         .when(new EmployeesOrganiseLetter(), new CeoAppointed("olivia", true, "m2", false, null))
 *         .expectCommands(new OpenLetter(...));
 * </pre>
 *
 * The minimal world: organisation "Acme" with alice (CEO), bob (president and chair), the independent directors carol,
 * dave, erin and frank, murati (CTO, an insider) and olivia (an outsider); a board of six (alice and bob bear no strain,
 * the others give way at 10, 20, 30, 40); a workforce of 100 (3 organisers with threshold 0); one investor, "backer"
 * (Backer Corp, leverage 2 at alignment 0.5, reacting after 2 hours, escalating 24 hours later).
 */
public final class PolicyFixture {

    /** The default simulated time: the start of the run and of every given event unless another time is passed. */
    public static final Instant T0 = Instant.parse("2023-11-17T12:00:00Z");
    public static final String BOARD = "board";
    public static final String OFFICE = "ceo";
    public static final String WORKFORCE = "workforce";
    public static final String INVESTOR = "backer";
    public static final List<String> LETTER_DEMANDS = List.of("the board resigns", "alice returns");

    private final World world = new World();
    private final List<Recorded> history = new ArrayList<>();
    private Instant now = T0;

    private PolicyFixture() {
    }

    // ---- the default world ----

    /** The seed's calibrated model parameters. */
    public static ModelParameters defaultParameters() {
        return new ModelParameters(1.0, 0.5, 1.0, 1.0, 3.0, 1.0, 2.0, 3.0, 3.5, 72, 0.05, 0.1, 0);
    }

    public static SimulationStarted started() {
        return started(defaultParameters());
    }

    public static SimulationStarted started(ModelParameters parameters) {
        return new SimulationStarted("test", "a policy test", 42, "UTC", T0, T0.plus(Duration.ofDays(7)), parameters, null);
    }

    public static OrganisationDescribed organisation() {
        return organisation(List.of(), List.of());
    }

    public static OrganisationDescribed organisation(List<org.govsim.organisation.Organisation.Loyalist> loyalists,
                                                     List<Candidate> candidates) {
        return new OrganisationDescribed("Acme", "nonprofit", List.of(
                new Person("alice", "Alice Able", "CEO and director", false, "s1"),
                new Person("bob", "Bob Brave", "President and chair", false, "s1"),
                new Person("carol", "Carol Cole", "director", false, "s1"),
                new Person("dave", "Dave Dunn", "independent director", false, "s1"),
                new Person("erin", "Erin East", "independent director", false, "s1"),
                new Person("frank", "Frank Fox", "independent director", false, "s1"),
                new Person("murati", "Mira Murati", "CTO", false, "s1"),
                new Person("olivia", "Olivia Out", "outside executive", true, "s1")),
                loyalists, candidates, "s1");
    }

    public static BoardConstituted board() {
        return board(new Bylaws(0, Bylaws.WrittenConsent.MAJORITY, false, Bylaws.Electorate.BOARD, Bylaws.Electorate.BOARD,
                "assumption"));
    }

    public static BoardConstituted board(Bylaws bylaws) {
        return new BoardConstituted(BOARD, bylaws, List.of(
                new DirectorProfile("alice", 1_000_000, 0),
                new DirectorProfile("bob", 1_000_000, 0),
                new DirectorProfile("carol", 10, 1.0),
                new DirectorProfile("dave", 20, 1.0),
                new DirectorProfile("erin", 30, 1.0),
                new DirectorProfile("frank", 40, 1.0)), "bob");
    }

    public static CeoOfficeEstablished ceoOffice() {
        return new CeoOfficeEstablished(OFFICE, "alice", Map.of("president", "bob", "cto", "murati"));
    }

    public static WorkforceFormed workforce() {
        return new WorkforceFormed(WORKFORCE, 100, List.of(new ThresholdBand(0.03, 0.0, 0.0),
                new ThresholdBand(0.80, 0.0, 0.3), new ThresholdBand(0.17, 0.3, 1.5)), 0.5, 0.1, 0, 7, 10, 0.9,
                LETTER_DEMANDS, 42, "assumption");
    }

    public static InvestorRegistered investor() {
        return investor(INVESTOR, "Backer Corp", 0.5);
    }

    public static InvestorRegistered investor(String id, String name, double alignment) {
        return new InvestorRegistered(id, name, 1.0e10, 0.49, 0, new Leverage(1.0, 0.5, 0.5), alignment, 2, 24, "assumption");
    }

    /**
     * The smallest world every policy can read: SimulationStarted, then the organisation, board, CEO's office, workforce
     * and one investor. Each override replaces the default event of its class (an InvestorRegistered replaces the
     * investor of the same id); anything else is added after the seed.
     */
    public static List<DomainEvent> minimalWorld(DomainEvent... overrides) {
        List<DomainEvent> events = new ArrayList<>(List.of(started(), organisation(), board(), ceoOffice(), workforce(),
                investor()));
        for (DomainEvent o : overrides) {
            int at = -1;
            for (int i = 0; i < events.size() && at < 0; i++) {
                DomainEvent e = events.get(i);
                if (e.getClass() == o.getClass() && (!(o instanceof InvestorRegistered r)
                        || ((InvestorRegistered) e).investor().equals(r.investor()))) {
                    at = i;
                }
            }
            if (at >= 0) {
                events.set(at, o);
            } else {
                events.add(o);
            }
        }
        return events;
    }

    // ---- given ----

    /** Folds the history into a fresh world, every event at {@link #T0}. */
    public static PolicyFixture given(List<? extends DomainEvent> history) {
        return given(history, T0);
    }

    /**
     * Folds the history into a fresh world, every event at {@code time}. A world starts with SimulationStarted (it
     * carries the model's parameters): when the history does not, one with {@link #defaultParameters()} comes first.
     */
    public static PolicyFixture given(List<? extends DomainEvent> history, Instant time) {
        PolicyFixture f = new PolicyFixture();
        f.now = time;
        if (history.isEmpty() || !(history.get(0) instanceof SimulationStarted)) {
            f.record(started());
        }
        history.forEach(f::record);
        return f;
    }

    /** The minimal world, with overrides (see {@link #minimalWorld}). */
    public static PolicyFixture givenMinimalWorld(DomainEvent... overrides) {
        return given(minimalWorld(overrides));
    }

    /** More history at the current time. */
    public PolicyFixture andGiven(DomainEvent... events) {
        Arrays.stream(events).forEach(this::record);
        return this;
    }

    /** More history at {@code time}; later events and the event under test default to this time. */
    public PolicyFixture andGivenAt(Instant time, DomainEvent... events) {
        now = time;
        return andGiven(events);
    }

    /** An action already on the agenda (as the engine records a policy's reaction), due at {@code due}. */
    public PolicyFixture andScheduled(Instant due, Command command) {
        return andGiven(new ActionScheduled(world.nextActionId(), due, command, "policy:test", "model", world.seq()));
    }

    /** An action that lapsed is recorded as its own outcome, as the engine does, so it leaves the agenda. */
    private Recorded record(DomainEvent event) {
        return record(event, "test");
    }

    private Recorded record(DomainEvent event, String cause) {
        long action = event instanceof ActionLapsed lapsed ? lapsed.actionId() : 0;
        Recorded r = new Recorded(world.seq() + 1, now, cause, "test", action, event);
        world.apply(r);
        history.add(r);
        return r;
    }

    public World world() {
        return world;
    }

    /** Everything recorded so far, in order: a history a simulation can resume from. */
    public List<Recorded> history() {
        return List.copyOf(history);
    }

    public Instant now() {
        return now;
    }

    // ---- when ----

    /** Records the event at the current time (the world changes first, as in the engine) and lets the policy react. */
    public Outcome when(Policy policy, DomainEvent event) {
        return when(policy, event, now);
    }

    /** Records the event at {@code time} and lets the policy react. */
    public Outcome when(Policy policy, DomainEvent event, Instant time) {
        return when(policy, event, time, "test");
    }

    /** The same, the event recorded as {@code cause} produced it ("policy:pressure-mounts"). */
    public Outcome when(Policy policy, DomainEvent event, Instant time, String cause) {
        now = time;
        Recorded r = record(event, cause);
        Reactions out = new Reactions(r.time());
        policy.react(r, world, out);
        return new Outcome(r, world, List.copyOf(out.list()));
    }

    // ---- then ----

    /** What the policy asked for in response to one event. */
    public static final class Outcome {
        private final Recorded event;
        private final World world;
        private final List<Reactions.Reaction> reactions;

        Outcome(Recorded event, World world, List<Reactions.Reaction> reactions) {
            this.event = event;
            this.world = world;
            this.reactions = reactions;
        }

        /** The event reacted to, as recorded (its seq and time). */
        public Recorded event() {
            return event;
        }

        public World world() {
            return world;
        }

        public List<Reactions.Reaction> reactions() {
            return reactions;
        }

        public List<Command> commands() {
            return reactions.stream().map(Reactions.Reaction::command).toList();
        }

        public List<Instant> dueTimes() {
            return reactions.stream().map(Reactions.Reaction::due).toList();
        }

        /** Exactly these commands, in this order (records compare by value). */
        public Outcome expectCommands(Command... expected) {
            assertThat(commands()).as("commands issued in reaction to %s", event.type()).containsExactly(expected);
            return this;
        }

        public Outcome expectNoCommands() {
            assertThat(commands()).as("commands issued in reaction to %s", event.type()).isEmpty();
            return this;
        }

        /** The due time of each command, in order. */
        public Outcome expectDue(Instant... expected) {
            assertThat(dueTimes()).as("due times").containsExactly(expected);
            return this;
        }

        /** Every command falls due {@code hours} after the event. */
        public Outcome expectAllDueAfterHours(double hours) {
            Instant due = event.time().plusSeconds(Math.round(hours * 3600));
            assertThat(dueTimes()).as("due times").isNotEmpty().allSatisfy(t -> assertThat(t).isEqualTo(due));
            return this;
        }

        public Outcome expectAllDueNow() {
            return expectAllDueAfterHours(0);
        }
    }

    /** {@link #T0} plus some hours. */
    public static Instant hoursAfterStart(double hours) {
        return T0.plusSeconds(Math.round(hours * 3600));
    }
}
