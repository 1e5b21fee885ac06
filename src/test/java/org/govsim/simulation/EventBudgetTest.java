package org.govsim.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.govsim.model.GovernanceModel;
import org.govsim.scenario.ScenarioLoader;
import org.govsim.simulation.SimulationEvents.NoteFact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A model that runs away stops at the event budget with a clear error, instead of eating memory. */
class EventBudgetTest {

    /** Notes a fact in answer to every fact it sees: each note sets off the next, without end. */
    static final class Echo implements Policy {
        public String name() {
            return "echo";
        }

        public void react(Recorded event, World world, Reactions out) {
            if (event.event() instanceof SimulationEvents.FactNoted || event.seq() == 1) {
                out.now(new NoteFact("simulation", "again", false));
            }
        }
    }

    @Test
    @Timeout(60)
    void aRunawayModelStopsAtTheBudgetNamingIt() {
        ScenarioPlan plan = ScenarioLoader.load(Path.of("scenarios/openai-2023-board-crisis.yaml"));
        Model runaway = GovernanceModel.standard().withPolicy(new Echo(), "runaway");
        AtomicLong seen = new AtomicLong();
        assertThatThrownBy(() -> Simulation.begin(plan, runaway, r -> seen.incrementAndGet()).runToEnd())
                .isInstanceOf(EventBudgetExceeded.class)
                .hasMessageContaining("events per run").hasMessageContaining(plan.id());
        assertThat(seen.get()).isEqualTo(Simulation.MAX_EVENTS);
    }
}
